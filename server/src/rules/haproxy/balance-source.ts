import { haproxyHasCookieAttr, haproxyTarget, type HaproxyTarget } from '../../engine/versions';
import { fullKeyword, type HaproxyConfig, type HaproxyDirective, type HaproxySection } from '../../model/haproxy';
import { effectiveCookie, effectiveMode, parseStickRule, proxiesInheriting, serverLines, stickRules, stickRulesUsing, stickTableSectionFor, type StickRule } from '../../model/haproxyQueries';
import type { SourceText } from '../../text/sourceText';
import { SHARED_STORE_GUIDE } from '../docs';
import { appendArgument, deleteLine, insertLineAfter, replace, replaceWithComment, SHARED_STORE_COMMENT } from '../edits';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { HaproxyRule, TextEdit } from '../types';

const SOURCE_ADDRESS = /^src(,|$)/;

/** A stick rule keyed on the client address: `src`, or `src` through converters (`src,ipmask(24)`). */
function onSourceAddress(rule: StickRule): boolean {
  return SOURCE_ADDRESS.test(rule.pattern?.value ?? '');
}

/**
 * IP affinity written as a directive: `balance source`, `balance hash src`, `stick on src`, or
 * `stick match src` on a table that a `stick store-request src` fills (the two-line form of
 * `stick on src`). `companions` are the store rules of the same section, which go with the fix.
 */
function ipAffinity(config: HaproxyConfig, d: HaproxyDirective): { what: string; companions: HaproxyDirective[] } | null {
  if (d.prefix !== null) return null;
  const a = d.args.map((x) => x.value);
  if (d.keyword === 'balance' && a[0] === 'source') return { what: "'balance source'", companions: [] };
  if (d.keyword === 'balance' && a[0] === 'hash' && SOURCE_ADDRESS.test(a[1] ?? '')) return { what: `'balance hash ${a[1]}'`, companions: [] };
  const rule = parseStickRule(d);
  if (!rule || !onSourceAddress(rule)) return null;
  if (rule.keyword === 'stick on') return { what: `'stick on ${a[1]}'`, companions: [] };
  if (rule.keyword !== 'stick match') return null;
  // A `stick on src` of the section already says it (and is flagged itself).
  if (stickRules(d.section!).some((r) => r.keyword === 'stick on' && onSourceAddress(r))) return null;
  const table = stickTableSectionFor(config, rule);
  const stores = table ? stickRulesUsing(config, table).filter((r) => r.keyword === 'stick store-request' && onSourceAddress(r)) : [];
  if (stores.length === 0) return null;
  const store = stores.find((r) => r.directive.section === d.section) ?? stores[0];
  const elsewhere = store.directive.section === d.section ? '' : ` (stored by '${store.directive.section!.name}')`;
  return {
    what: `'stick match ${a[1]}' with 'stick store-request ${store.pattern!.value}'${elsewhere}`,
    companions: stores.filter((r) => r.directive.section === d.section).map((r) => r.directive),
  };
}

export function hardenedCookieLine(target: HaproxyTarget): string {
  const attr = haproxyHasCookieAttr(target) ? ' attr "SameSite=Lax"' : '';
  return `cookie SERVERID insert indirect nocache httponly secure${attr} maxidle 30m maxlife 8h`;
}

/** Gives every server of the proxies a cookie value, so that cookie persistence covers them all. */
export function serverCookieEdits(proxies: readonly HaproxySection[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const proxy of proxies) {
    for (const server of serverLines(proxy)) {
      if (server.cookieValue === null) edits.push(appendArgument(server.directive, `cookie ${server.name}`));
    }
  }
  return edits;
}

/** The proxies whose balancing this directive decides: itself, or those inheriting it from defaults. */
function affectedProxies(config: HaproxyConfig, d: HaproxyDirective): HaproxySection[] {
  const section = d.section!;
  if (section.kind !== 'defaults') return [section];
  return proxiesInheriting(config, section, fullKeyword(d)).filter((p) => effectiveMode(p) === 'http');
}

/** TCP proxies that inherit this defaults line: for them IP affinity is legitimate and must stay. */
function tcpInheritors(config: HaproxyConfig, d: HaproxyDirective): HaproxySection[] {
  const section = d.section!;
  if (section.kind !== 'defaults') return [];
  return proxiesInheriting(config, section, fullKeyword(d)).filter((p) => effectiveMode(p) !== 'http');
}

/** Puts lines right below a proxy's header, indented like its first line. */
function insertBelowHeader(source: SourceText, proxy: HaproxySection, lines: readonly string[]): TextEdit {
  const first = proxy.directives[0];
  const indent = first ? source.indentAt(first.span.start) : source.indentUnit();
  return insertLineAfter(source, proxy.headerSpan.end, indent, lines.join(`${source.eol}${indent}`));
}

/**
 * Defaults shared by HTTP and TCP proxies: the HTTP ones get their own balancing (and cookie)
 * below their headers, and the defaults line stays as the TCP ones need it.
 */
function perProxyEdits(source: SourceText, config: HaproxyConfig, d: HaproxyDirective, lines: (proxy: HaproxySection) => string[], withServerCookies: boolean): TextEdit[] {
  const proxies = affectedProxies(config, d);
  const edits = proxies.map((p) => insertBelowHeader(source, p, lines(p)));
  if (withServerCookies) edits.push(...serverCookieEdits(proxies));
  return edits;
}

function cookieFixEdits(source: SourceText, config: HaproxyConfig, d: HaproxyDirective, target: HaproxyTarget, companions: readonly HaproxyDirective[]): TextEdit[] {
  const section = d.section!;
  if (d.keyword === 'balance' && tcpInheritors(config, d).length > 0) {
    return perProxyEdits(source, config, d, (p) => (effectiveCookie(p) ? ['balance roundrobin'] : ['balance roundrobin', hardenedCookieLine(target)]), true);
  }
  const hasCookie = effectiveCookie(section) !== null;
  const edits: TextEdit[] = [];
  if (d.keyword === 'balance') {
    edits.push(replace(d.span, 'balance roundrobin'));
    if (!hasCookie) edits.push(insertLineAfter(source, d.span.end, source.indentAt(d.span.start), hardenedCookieLine(target)));
  } else if (hasCookie) {
    edits.push(deleteLine(source, d.span));
  } else {
    edits.push(replace(d.span, hardenedCookieLine(target)));
  }
  edits.push(...companions.map((c) => deleteLine(source, c.span)));
  edits.push(...serverCookieEdits(affectedProxies(config, d)));
  return edits;
}

export const balanceSource: HaproxyRule = {
  meta: {
    id: 'haproxy/balance-source',
    dialect: 'haproxy',
    severity: 'warning',
    summary: 'IP-based affinity (balance source, stick on src, stick match + store-request src) in HTTP mode breaks for mobile clients and NATed users',
    fixable: true,
    guides: [SHARED_STORE_GUIDE],
  },
  visits: { keywords: ['balance', 'stick on', 'stick match'] },
  check(d, context) {
    const section = d.section;
    if (!section || !['backend', 'listen', 'defaults'].includes(section.kind)) return;
    const { config, source } = context;
    const affinity = ipAffinity(config, d);
    if (!affinity) return;
    const { what, companions } = affinity;
    const inheritors = section.kind === 'defaults' ? affectedProxies(config, d) : [];
    const tcp = tcpInheritors(config, d);
    // A defaults line matters through the HTTP proxies that inherit it; with none inheriting it
    // at all (a defaults-only file), through its own mode.
    const http = section.kind === 'defaults' ? inheritors.length > 0 || (tcp.length === 0 && effectiveMode(section) === 'http') : effectiveMode(section) === 'http';
    if (!http) return;
    const target = haproxyTarget(context.settings);
    const traffic = context.settings.traffic;
    const mixed = d.keyword === 'balance' && tcp.length > 0;
    const sharedStore = mixed
      ? perProxyEdits(source, config, d, () => [SHARED_STORE_COMMENT, 'balance leastconn'], false)
      : d.keyword === 'balance'
        ? replaceWithComment(source, d.span, SHARED_STORE_COMMENT, 'balance leastconn')
        : [replace(d.span, SHARED_STORE_COMMENT), ...companions.map((c) => deleteLine(source, c.span))];
    const inherited = inheritors.length ? ` (inherited by ${inheritors.map((p) => `'${p.name}'`).join(', ')})` : '';
    const where = mixed ? ' in the HTTP proxies that inherit it (the TCP ones keep it)' : '';
    context.report({
      message: ipAffinityMessage(traffic, `${what}${inherited}`),
      span: d.span,
      severity: IP_AFFINITY_SEVERITY[traffic],
      fixes: [
        {
          title: `Use cookie persistence: balance roundrobin with a hardened SERVERID cookie${where} (target: ${target.label})`,
          edits: cookieFixEdits(source, config, d, target, companions),
          preferred: true,
        },
        {
          title:
            d.keyword === 'balance'
              ? `Remove affinity: sessions live in a shared store (balance leastconn${where})`
              : `Remove affinity: sessions live in a shared store (drop ${companions.length ? 'stick match src and stick store-request src' : `${fullKeyword(d)} src`})`,
          edits: sharedStore,
          preferred: false,
        },
      ],
    });
  },
};
