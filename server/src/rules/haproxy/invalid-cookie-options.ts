import { haproxyHasCookieAttr, haproxyTarget, type HaproxyTarget } from '../../engine/versions';
import type { Argument } from '../../model/common';
import { fullKeyword, type HaproxyConfig, type HaproxyDirective, type HaproxySection } from '../../model/haproxy';
import { effectiveCookie, effectiveDirective, effectiveMode, parseCookie, proxiesInheriting, serverLines, stickRules, type CookieDirective } from '../../model/haproxyQueries';
import type { SourceText } from '../../text/sourceText';
import type { Span } from '../../text/span';
import { appendArgument, deleteLine, replace } from '../edits';
import type { Fix, HaproxyRule, Report, RuleContext, TextEdit } from '../types';
import { removeArguments, uniqueValue } from './lines';
import { stickRuleInFrontend } from './stickInFrontend';
import { haproxyHasAppsession, haproxyHasRedispatchKeyword } from './targets';

const MODES = ['rewrite', 'insert', 'prefix'] as const;
const COOKIE_TAKES_VALUE = new Set(['domain', 'maxidle', 'maxlife', 'attr']);
const REFUSED = 'HAProxy refuses to start';

/** The option words of a cookie line, with their arguments (values of domain, maxidle... skipped). */
function cookieWords(d: HaproxyDirective): Argument[] {
  const words: Argument[] = [];
  for (let i = 1; i < d.args.length; i++) {
    words.push(d.args[i]);
    if (COOKIE_TAKES_VALUE.has(d.args[i].value)) i++;
  }
  return words;
}

function spanOf(args: readonly Argument[]): Span {
  return { start: args[0].span.start, end: args[args.length - 1].span.end };
}

function removal(title: string, source: SourceText, args: readonly Argument[], preferred = false): Fix {
  return { title, edits: removeArguments(source, args), preferred };
}

/**
 * Where HAProxy ignores the cookie: a frontend, or TCP mode for every proxy that would use it. A
 * `mode tcp` inherited from a defaults section (maybe in another file) is named, and related.
 */
function ignoredCookie(config: HaproxyConfig, source: SourceText, d: HaproxyDirective, cookie: CookieDirective): Pick<Report, 'message' | 'related'> | null {
  const section = d.section!;
  if (section.kind === 'frontend') return { message: `cookie '${cookie.name}' in a frontend is ignored: a frontend has no servers to persist on. Put it in the backend the frontend routes to.` };
  if (effectiveMode(section) === 'http') return null;
  if (section.kind === 'defaults') {
    if (proxiesInheriting(config, section, 'cookie').some((p) => effectiveMode(p) === 'http')) return null;
    return { message: `cookie '${cookie.name}' in a defaults section working in TCP mode, inherited by no HTTP proxy: HAProxy ignores it ("needs 'mode http'"), so there is no persistence.` };
  }
  const mode = effectiveDirective(section, 'mode');
  const inherited = mode !== null && mode.section !== section;
  const why = mode === null ? " (HAProxy's default)" : inherited ? ` (inherited: '${source.text.slice(mode.span.start, mode.span.end)}' at ${source.lineLabel(mode.span.start)})` : '';
  return {
    message: `cookie '${cookie.name}' in a ${section.kind} working in TCP mode${why}: HAProxy ignores it ("needs 'mode http'"), so there is no persistence.`,
    ...(inherited ? { related: [{ message: `'${source.text.slice(mode.span.start, mode.span.end)}' in effect`, span: mode.span }] } : {}),
  };
}

function checkCookie(d: HaproxyDirective, context: RuleContext<HaproxyConfig>, target: HaproxyTarget): void {
  const { source, config } = context;
  const cookie = parseCookie(d);
  if (!cookie) return;
  const words = cookieWords(d);
  const find = (w: string) => words.filter((a) => a.value === w);

  const ignored = ignoredCookie(config, source, d, cookie);
  if (ignored) {
    context.report({ ...ignored, span: d.span, fixes: [{ title: 'Remove the ignored cookie line', edits: [deleteLine(source, d.span)], preferred: false }] });
  }

  const modes = words.filter((a) => (MODES as readonly string[]).includes(a.value));
  if (new Set(modes.map((m) => m.value)).size > 1) {
    context.report({
      message: `cookie '${cookie.name}' combines ${modes.map((m) => `'${m.value}'`).join(' and ')}: only one of rewrite, insert and prefix may be used; ${REFUSED}.`,
      span: spanOf(modes),
      fixes: [...new Set(modes.map((m) => m.value))].map((keep) =>
        removal(`Keep only '${keep}'`, source, modes.filter((m) => m.value !== keep)),
      ),
    });
  }

  const indirect = find('indirect');
  if (find('rewrite').length > 0 && indirect.length > 0) {
    const rewrite = find('rewrite');
    context.report({
      message: `cookie '${cookie.name}': 'rewrite' and 'indirect' are incompatible (the server sets a rewrite cookie, so HAProxy cannot hide it); ${REFUSED}.`,
      span: indirect[0].span,
      fixes: [
        removal("Remove 'indirect' (keep rewrite mode)", source, indirect),
        { title: "Use insert mode instead of rewrite (keep 'indirect')", edits: rewrite.map((r) => replace(r.span, 'insert')), preferred: false },
      ],
    });
  }

  const preserve = find('preserve');
  if (preserve.length > 0 && find('insert').length === 0 && indirect.length === 0) {
    context.report({
      message: `cookie '${cookie.name}': 'preserve' requires 'insert' or 'indirect' (it lets the server set the cookie HAProxy would otherwise insert); ${REFUSED}.`,
      span: preserve[0].span,
      fixes: [removal("Remove 'preserve'", source, preserve)],
    });
  }

  if (!haproxyHasCookieAttr(target)) {
    const attrs = d.args.flatMap((a, i) => (i >= 1 && a.value === 'attr' ? [[a, ...(d.args[i + 1] ? [d.args[i + 1]] : [])]] : []));
    if (attrs.length > 0) {
      context.report({
        message: `cookie option 'attr' exists since HAProxy 2.2 (target: ${target.label}): the target refuses the line.`,
        span: spanOf(attrs.flat()),
        fixes: [{ title: `Remove the attr options (target: ${target.label})`, edits: removeArguments(source, attrs.flat()), preferred: false }],
      });
    }
  }
}

/** `appsession <cookie> len <n> timeout <t> ...`, replaced by a stick-table learning the same cookie. */
function stickTableFix(source: SourceText, d: HaproxyDirective): Fix | null {
  const args = d.args.map((a) => a.value);
  const name = args[0];
  if (!name || d.section?.kind === 'defaults') return null;
  const len = args[args.indexOf('len') + 1] ?? '52';
  const timeout = args.indexOf('timeout') > 0 ? args[args.indexOf('timeout') + 1] ?? '3h' : '3h';
  const indent = source.indentAt(d.span.start);
  const lines = [
    `stick-table type string len ${/^\d+$/.test(len) ? len : '52'} size 1m expire ${timeout}`,
    `stick on req.cook(${name})`,
    `stick store-response res.cook(${name})`,
  ];
  return {
    title: `Replace appsession with a stick-table that learns '${name}' from responses`,
    edits: [replace(d.span, lines.join(`${source.eol}${indent}`))],
    preferred: false,
  };
}

function prefixCookieFix(config: HaproxyConfig, d: HaproxyDirective): Fix | null {
  const name = d.args[0]?.value;
  if (!name) return null;
  const section = d.section!;
  const proxies = section.kind === 'defaults' ? proxiesInheriting(config, section, 'appsession') : [section];
  const edits: TextEdit[] = [replace(d.span, `cookie ${name} prefix nocache`)];
  for (const proxy of proxies) {
    const servers = serverLines(proxy);
    const taken = new Set(servers.map((s) => s.cookieValue).filter((v): v is string => v !== null));
    for (const server of servers) {
      if (server.cookieValue !== null) continue;
      const value = uniqueValue(server.name, taken);
      taken.add(value);
      edits.push(appendArgument(server.directive, `cookie ${value}`));
    }
  }
  return { title: `Replace appsession with prefix-mode cookie persistence on '${name}'`, edits, preferred: false };
}

function checkAppsession(d: HaproxyDirective, context: RuleContext<HaproxyConfig>, target: HaproxyTarget): void {
  if (haproxyHasAppsession(target)) return;
  const section = d.section!;
  const { source, config } = context;
  const cookie = effectiveCookie(section);
  const persisted = (cookie !== null && effectiveMode(section) === 'http') || stickRules(section).length > 0;
  const fixes: Fix[] = [];
  if (persisted) {
    fixes.push({
      title: `Remove 'appsession': ${cookie ? `cookie '${cookie.name}'` : 'stick-table'} persistence is already configured (target: ${target.label})`,
      edits: [deleteLine(source, d.span)],
      preferred: true,
    });
  } else {
    for (const fix of [stickTableFix(source, d), prefixCookieFix(config, d)]) if (fix) fixes.push(fix);
  }
  context.report({
    message: `'appsession' was removed in HAProxy 1.6 (target: ${target.label}): ${REFUSED}. ${persisted ? 'The proxy already persists otherwise; the line can go.' : 'Stick on the application cookie with a stick-table, or use a prefix-mode cookie.'}`,
    span: d.span,
    fixes,
  });
}

function checkInDefaults(d: HaproxyDirective, context: RuleContext<HaproxyConfig>): void {
  context.report({
    message:
      d.keyword === 'stick-table'
        ? `'stick-table' is not allowed in a defaults section: ${REFUSED}. Declare the table in the backend that uses it, or in a dedicated backend named by 'table <name>'.`
        : `'${fullKeyword(d)}' is not allowed in a defaults section: ${REFUSED}. Put the rule in each backend that sticks.`,
    span: d.span,
  });
}

export const invalidCookieOptions: HaproxyRule = {
  meta: {
    id: 'haproxy/invalid-cookie-options',
    dialect: 'haproxy',
    severity: 'error',
    summary: 'persistence settings that haproxy -c rejects or ignores: cookie in TCP mode, stick rules in a frontend, conflicting cookie modes, stick-table in defaults, redispatch, appsession',
    fixable: true,
  },
  visits: { keywords: ['cookie', 'stick-table', 'stick', 'redispatch', 'appsession'] },
  check(d, context) {
    const section: HaproxySection | null = d.section;
    if (!section || d.prefix !== null || !['defaults', 'frontend', 'backend', 'listen'].includes(section.kind)) return;
    const target = haproxyTarget(context.settings);
    if (d.keyword === 'cookie') return checkCookie(d, context, target);
    if (d.keyword === 'appsession') return checkAppsession(d, context, target);
    if (d.keyword === 'stick-table' || d.keyword === 'stick') {
      if (section.kind === 'defaults') checkInDefaults(d, context);
      if (section.kind === 'frontend' && d.keyword === 'stick') {
        const report = stickRuleInFrontend(context.config, context.source, section, d);
        if (report) context.report(report);
      }
      return;
    }
    if (d.keyword === 'redispatch' && !haproxyHasRedispatchKeyword(target)) {
      const report: Report = {
        message: `the 'redispatch' keyword was removed in HAProxy 2.1 (target: ${target.label}): ${REFUSED}; it is now 'option redispatch'.`,
        span: d.span,
        fixes: [{ title: `Replace with 'option redispatch' (target: ${target.label})`, edits: [replace(d.span, 'option redispatch')], preferred: true }],
      };
      context.report(report);
    }
  },
};
