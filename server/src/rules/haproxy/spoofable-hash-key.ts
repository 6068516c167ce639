import { haproxyTarget, type HaproxyTarget } from '../../engine/versions';
import { fullKeyword, type HaproxyConfig, type HaproxyDirective, type HaproxySection } from '../../model/haproxy';
import { effectiveCookie, effectiveMode, httpFor, inheritanceChain, proxiesInheriting, proxiesRoutingTo } from '../../model/haproxyQueries';
import type { SourceText } from '../../text/sourceText';
import { deleteLine, insertLineAfter, replace } from '../edits';
import type { Fix, HaproxyRule, TextEdit } from '../types';
import { hardenedCookieLine, serverCookieEdits } from './balance-source';
import { haproxyDefaultBalance } from './targets';

const STICK = new Set(['stick on', 'stick match', 'stick store-request']);

/** Request-header sample fetches: `hdr(X)`, `req.hdr(X,1)`, `req.fhdr(X)`, `hdr_ip(X)`, `req.hdr_val(X)`, `req.hdrs`. */
const HEADER_FETCH = /(?:^|[^\w.])(?:req\.)?f?hdr(?:_ip|_val)?\(\s*([^,)\s]*)|(?:^|[^\w.])req\.hdrs(?:_bin)?\b/i;

/** The request header a balancing or stick key reads, and what to call the key. */
function headerKey(d: HaproxyDirective): { header: string; what: string; layer7Only: boolean } | null {
  if (d.prefix !== null) return null;
  const keyword = fullKeyword(d);
  const args = d.args.map((a) => a.value);
  let expression: string | undefined;
  let layer7Only = false;
  if (keyword === 'balance') {
    if (/^hdr\(/i.test(args[0] ?? '')) {
      expression = args[0];
      layer7Only = true;
    } else if (args[0] === 'hash') {
      expression = args[1];
    }
  } else if (STICK.has(keyword)) {
    expression = args[1];
  }
  if (!expression) return null;
  const m = HEADER_FETCH.exec(expression);
  if (!m) return null;
  const header = m[1] ?? '*';
  if (header.toLowerCase() === 'host') return null;
  return { header, what: `${keyword === 'balance' ? 'balance' : keyword} ${d.args.slice(keyword === 'balance' ? 0 : 1).map((a) => a.raw).join(' ')}`.trim(), layer7Only };
}

/** Whether HAProxy itself overwrites the header (`http-request set-header`) before this proxy reads it. */
function setByHaproxy(config: HaproxyConfig, section: HaproxySection, header: string): boolean {
  const proxies = section.kind === 'defaults' ? [section] : [section, ...proxiesRoutingTo(config, section)];
  return proxies
    .flatMap(inheritanceChain)
    .some((s) =>
      s.directives.some(
        (d) => d.prefix === null && d.keyword === 'http-request' && d.args[0]?.value === 'set-header' && d.args[1]?.value.toLowerCase() === header.toLowerCase(),
      ),
    );
}

function cookieFix(source: SourceText, config: HaproxyConfig, d: HaproxyDirective, target: HaproxyTarget): Fix {
  const section = d.section!;
  const hasCookie = effectiveCookie(section) !== null;
  const heirs = section.kind === 'defaults' ? proxiesInheriting(config, section, fullKeyword(d)).filter((p) => effectiveMode(p) === 'http') : [section];
  const edits: TextEdit[] = [];
  const balance = haproxyDefaultBalance(target);
  if (d.keyword === 'balance') {
    edits.push(replace(d.span, `balance ${balance}`));
    if (!hasCookie) edits.push(insertLineAfter(source, d.span.end, source.indentAt(d.span.start), hardenedCookieLine(target)));
  } else {
    edits.push(hasCookie ? deleteLine(source, d.span) : replace(d.span, hardenedCookieLine(target)));
  }
  edits.push(...serverCookieEdits(heirs));
  return {
    title:
      d.keyword === 'balance'
        ? `Use cookie persistence: balance ${balance} with a hardened SERVERID cookie (target: ${target.label})`
        : `Use cookie persistence: a hardened SERVERID cookie instead of '${fullKeyword(d)}' (target: ${target.label})`,
    edits,
    preferred: false,
  };
}

export const spoofableHashKey: HaproxyRule = {
  meta: {
    id: 'haproxy/spoofable-hash-key',
    dialect: 'haproxy',
    severity: 'warning',
    summary: 'balancing or stick key taken from a request header (X-Forwarded-For...): the client controls it',
    fixable: true,
  },
  visits: { keywords: ['balance', 'stick on', 'stick match', 'stick store-request'] },
  check(d, context) {
    const section = d.section;
    if (!section || !['backend', 'listen', 'defaults'].includes(section.kind)) return;
    if (section.kind === 'defaults' && d.keyword === 'stick') return;
    const key = headerKey(d);
    if (!key) return;
    const { config } = context;
    const http = httpFor(config, section, fullKeyword(d));
    if (key.layer7Only && !http) return;
    if (key.header !== '*' && setByHaproxy(config, section, key.header)) return;
    const header = key.header === '*' ? 'the request headers' : `the request header '${key.header}'`;
    context.report({
      message: `'${key.what}' takes its key from ${header}, which the client writes itself: any client can pin itself to the server of its choice, or send all its requests, and a flood, to one server.`,
      span: d.span,
      fixes: http ? [cookieFix(context.source, config, d, haproxyTarget(context.settings))] : [],
    });
  },
};
