import type { NginxConfig, NginxDirective, NginxProtocol } from '../../model/nginx';
import { inherited, logFormatDirectives, passesTo, upstreamJudgedAt } from '../../model/nginxQueries';
import type { NginxRule, TextEdit } from '../types';

const UPSTREAM_ADDR = /\$(upstream_addr\b|\{upstream_addr\})/;

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

/** The format the upstream's traffic is logged with: named by the access_log in effect where it is proxied to, else the file's first. */
function formatInUse(config: NginxConfig, upstream: NginxDirective, formats: readonly NginxDirective[]): NginxDirective {
  for (const pass of passesTo(config, upstream)) {
    for (const log of inherited(config, pass, 'access_log').directives) {
      const name = log.args[1]?.value;
      const format = name && !name.includes('=') ? formats.find((f) => f.args[0].value === name) : undefined;
      if (format) return format;
    }
  }
  return formats[0];
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
    // A file without any log_format logs in a format defined elsewhere (an include) or in the
    // built-in one; only a file that defines its formats can be judged and fixed.
    const formats = logFormats(config, d.protocol);
    if (!formats.all.length || formats.recordUpstream) return;
    const format = formatInUse(config, upstream, formats.all);
    const name = format.args[0].value;
    context.report({
      message: `Upstream '${upstream.args[0]?.value}' pins clients, but no log_format of this file records $upstream_addr: which server each client is pinned to, and servers that pinning overloads, stay invisible in the access log.`,
      span: d.span,
      fixes: [{ title: `Add $upstream_addr to log_format '${name}'`, edits: [addUpstreamAddr(format)], preferred: false }],
    });
  },
};
