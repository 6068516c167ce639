import type { NginxConfig, NginxDirective, NginxProtocol } from '../../model/nginx';
import { inherited, logFormatDirectives, passesTo, upstreamJudgedAt } from '../../model/nginxQueries';
import type { SourceText } from '../../text/sourceText';
import { replace } from '../edits';
import type { NginxRule, TextEdit } from '../types';

const UPSTREAM_ADDR = /\$(upstream_addr\b|\{upstream_addr\})/;
/** nginx's predefined http format, used by an `access_log` that names none. */
const BUILT_IN = 'combined';
/** The format the fix defines when the log in use is `combined`: the same fields, then the upstream. */
const COMBINED_UPSTREAM = 'combined_upstream';
const COMBINED_FIELDS = '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';

interface Formats {
  /** The `log_format` directives of one protocol module, in source order. */
  readonly all: NginxDirective[];
  recordUpstream: boolean;
}

/** Computed once per parsed file: a large config has hundreds of upstreams and tens of thousands of directives. */
const formatsByConfig = new WeakMap<NginxConfig, Map<NginxProtocol, Formats>>();

function logFormats(config: NginxConfig, protocol: NginxProtocol): Formats {
  let byProtocol = formatsByConfig.get(config);
  if (!byProtocol) {
    byProtocol = new Map();
    for (const d of logFormatDirectives(config)) {
      const entry = byProtocol.get(d.protocol) ?? { all: [], recordUpstream: false };
      entry.all.push(d);
      entry.recordUpstream ||= d.args.slice(1).some((a) => UPSTREAM_ADDR.test(a.value));
      byProtocol.set(d.protocol, entry);
    }
    formatsByConfig.set(config, byProtocol);
  }
  return byProtocol.get(protocol) ?? { all: [], recordUpstream: false };
}

/**
 * A log that records an upstream's traffic in a format the file shows: one of its `log_format`s,
 * or nginx's built-in `combined` (named, by an `access_log` that names none, or by nginx's
 * default log, `log` null).
 */
type KnownLog =
  | { readonly kind: 'format'; readonly format: NginxDirective }
  | { readonly kind: 'combined'; readonly log: NginxDirective | null };

/** The format of one `access_log`, or null when it is defined in a file this one cannot see. */
function knownLog(log: NginxDirective, formats: readonly NginxDirective[]): KnownLog | null {
  const named = log.args[1] && !log.args[1].value.includes('=') ? log.args[1].value : null;
  const format = named === null ? undefined : formats.find((f) => f.args[0].value === named);
  if (format) return { kind: 'format', format };
  return (named ?? BUILT_IN) === BUILT_IN && log.protocol === 'http' ? { kind: 'combined', log } : null;
}

/**
 * The logs that record the traffic an upstream serves, from the access logs in force where it is
 * proxied to (or, with no pass here, at its own level) as nginx inherits them. A place with a log
 * this file cannot judge is left out: that log may well record the upstream.
 */
function logsInUse(config: NginxConfig, upstream: NginxDirective, formats: readonly NginxDirective[]): KnownLog[] {
  const places = passesTo(config, upstream);
  const out: KnownLog[] = [];
  for (const place of places.length ? places : [upstream]) {
    const logs = inherited(config, place, 'access_log').directives.filter((log) => log.args[0] && log.args[0].value !== 'off');
    if (!logs.length) {
      // nginx's default http log is `combined`; stream logs nothing; a fragment logs as the file
      // that includes it says, and an include on the way may hold an access_log. A file that
      // writes nothing about logging (no format, no log here) is left alone: a minimal config,
      // or one that logs through files it does not include; nothing to extend.
      const unseen = !place.protocolKnown || place.protocol !== 'http' || inherited(config, place, 'include').directives.length > 0;
      if (!unseen && formats.length) out.push({ kind: 'combined', log: null });
      continue;
    }
    const known = logs.map((log) => knownLog(log, formats));
    if (known.every((k) => k !== null)) out.push(...(known as KnownLog[]));
  }
  return out;
}

/** A `log_format` line with the combined fields and the upstream, before the first directive of the upstream's level (http's, or a fragment's top). */
function defineCombinedUpstream(source: SourceText, upstream: NginxDirective, config: NginxConfig): TextEdit {
  const first = (upstream.parent?.children ?? config.directives)[0];
  const indent = source.indentAt(first.span.start);
  return { start: first.span.start, end: first.span.start, newText: `log_format ${COMBINED_UPSTREAM} '${COMBINED_FIELDS} "$upstream_addr"';${source.eol}${indent}` };
}

/** Names the new format in an access_log that logs `combined`, by name or by naming none. */
function useCombinedUpstream(log: NginxDirective): TextEdit {
  const format = log.args[1];
  if (format && format.value === BUILT_IN) return replace(format.span, COMBINED_UPSTREAM);
  return { start: log.args[0].span.end, end: log.args[0].span.end, newText: ` ${COMBINED_UPSTREAM}` };
}

/** Adds `$upstream_addr` at the end of the format's last string: as a JSON member when the format is JSON. */
function addUpstreamAddr(format: NginxDirective): TextEdit {
  const last = format.args[format.args.length - 1];
  const json = format.args.some((a) => a.value === 'escape=json') || last.value.trimEnd().endsWith('}');
  if (json) {
    const at = last.span.start + last.raw.lastIndexOf('}');
    const quote = last.raw.startsWith("'") ? '"' : '\\"';
    return { start: at, end: at, newText: `,${quote}upstream_addr${quote}:${quote}$upstream_addr${quote}` };
  }
  if (last.quoted) return { start: last.span.end - 1, end: last.span.end - 1, newText: ' $upstream_addr' };
  return { start: last.span.end, end: last.span.end, newText: " ' $upstream_addr'" };
}

export const affinityUnmonitored: NginxRule = {
  meta: {
    id: 'nginx/affinity-unmonitored',
    dialect: 'nginx',
    severity: 'hint',
    summary: 'Affinity configured, but no log_format records $upstream_addr',
    fixable: true,
  },
  visits: ['ip_hash', 'hash', 'sticky'],
  check(d, context) {
    const upstream = upstreamJudgedAt(d);
    if (!upstream) return;
    const { config } = context;
    const formats = logFormats(config, d.protocol);
    if (formats.recordUpstream) return;
    const inUse = logsInUse(config, upstream, formats.all);
    const name = upstream.args[0]?.value;
    const invisible = 'which server each client is pinned to, and servers that pinning overloads, stay invisible in the access log.';
    const own = inUse.find((l): l is Extract<KnownLog, { kind: 'format' }> => l.kind === 'format');
    if (own) {
      context.report({
        message: `Upstream '${name}' pins clients, but no log_format of the configuration records $upstream_addr: ${invisible}`,
        span: d.span,
        related: [{ message: `the access log's format '${own.format.args[0].value}', without $upstream_addr`, span: own.format.span }],
        fixes: [{ title: `Add $upstream_addr to log_format '${own.format.args[0].value}'`, edits: [addUpstreamAddr(own.format)], preferred: false }],
      });
      return;
    }
    const combined = inUse.filter((l): l is Extract<KnownLog, { kind: 'combined' }> => l.kind === 'combined');
    if (!combined.length) return;
    const written = [...new Set(combined.map((l) => l.log).filter((l): l is NginxDirective => l !== null))];
    context.report({
      message: `Upstream '${name}' pins clients, but its access log uses nginx's built-in 'combined' format, which does not record $upstream_addr: ${invisible}`,
      span: d.span,
      related: written.map((log) => ({ message: "access log in the 'combined' format", span: log.span })),
      fixes: written.length
        ? [{ title: `Log with '${COMBINED_UPSTREAM}': the combined fields and $upstream_addr`, edits: [defineCombinedUpstream(context.source, upstream, config), ...written.map(useCombinedUpstream)], preferred: false }]
        : [],
    });
  },
};
