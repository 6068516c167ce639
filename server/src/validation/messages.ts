/**
 * Reading what `nginx -t` and `haproxy -c` print. Both write one message per line to stderr, with a
 * level and, for most configuration errors, the file and line:
 *
 *     nginx: [emerg] unknown directive "sticky" in /etc/nginx/nginx.conf:12
 *     2024/05/01 10:00:00 [emerg] 4711#4711: unknown directive "sticky" in /etc/nginx/nginx.conf:12   (with -e stderr)
 *     [ALERT]    (4711) : config : parsing [/etc/haproxy/haproxy.cfg:7] : unknown keyword 'foo' in 'backend' section
 *     [ALERT]    (4711) : config : [/etc/haproxy/haproxy.cfg:6] : 'server b/s1' : 'cookie' expects <value> as argument.
 *     [WARNING]  (4711) : config : missing timeouts for backend 'b'.
 *        | While not properly invalid, ...                         (continuation of the previous message)
 */

export type ValidatorSeverity = 'error' | 'warning' | 'info';

export interface ValidatorMessage {
  /** The level as the server prints it: emerg, alert, crit, warn, notice (nginx); ALERT, WARNING (HAProxy). */
  readonly level: string;
  readonly severity: ValidatorSeverity;
  /** The message without level, time stamp, process id and location. */
  readonly text: string;
  /** The file the message points at, exactly as printed; null when it names none. */
  readonly file: string | null;
  /** 1-based line in `file`; null when the message names none. */
  readonly line: number | null;
  /** HAProxy: the proxy the message names (`backend 'app'`, `proxy 'app'`), to place it on the section line. */
  readonly proxy: string | null;
}

const NGINX_LEVELS: Record<string, ValidatorSeverity> = {
  emerg: 'error',
  alert: 'error',
  crit: 'error',
  error: 'error',
  warn: 'warning',
  notice: 'info',
  info: 'info',
};

// "nginx: [emerg] msg" or "2024/05/01 10:00:00 [emerg] 1#1: msg"
const NGINX_LINE = /^(?:nginx: |\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )\[(emerg|alert|crit|error|warn|notice|info)\] (?:\d+#\d+: (?:\*\d+ )?)?(.*)$/;
// "... in /path/to/file.conf:12" at the end of the message
const NGINX_AT = /^(.*) in (.+):(\d+)$/;

/** Parses `nginx -t` output (stderr); the summary lines ("syntax is ok", "test failed") are dropped. */
export function parseNginxOutput(output: string): ValidatorMessage[] {
  const messages: ValidatorMessage[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const m = NGINX_LINE.exec(raw.trimEnd());
    if (!m) continue;
    const [, level, rest] = m;
    const at = NGINX_AT.exec(rest);
    messages.push({
      level,
      severity: NGINX_LEVELS[level] ?? 'error',
      text: at ? at[1] : rest,
      file: at ? at[2] : null,
      line: at ? Number(at[3]) : null,
      proxy: null,
    });
  }
  return messages;
}

// "[ALERT]    (4711) : config : rest" (2.x) or "[ALERT] 123/104512 (4711) : rest" (1.x)
const HAPROXY_LINE = /^\[(ALERT|WARNING|NOTICE|EMERG|CRIT|ERR|INFO|DEBUG)\]\s*(?:\d+\/\d+\s*)?(?:\(\d+\)\s*)?:\s*(?:config\s*:\s*)?(.*)$/;
const HAPROXY_AT = /^(?:parsing\s*)?\[([^\]]+?):(\d+)\]\s*:?\s*(.*)$/;
const HAPROXY_AT_ANYWHERE = /\[([^\]\s]+):(\d+)\]/;
const HAPROXY_PROXY = /\b(?:proxy|backend|frontend|listen|defaults)\s+'([^']+)'/i;
/** Summary lines that repeat what the messages before them said. */
const HAPROXY_SUMMARY = /^(?:Error\(s\) found in configuration file|Fatal errors found in configuration|Configuration file has no error but will not start|Some warnings were found|Warnings were found)/i;

const HAPROXY_LEVELS: Record<string, ValidatorSeverity> = {
  ALERT: 'error',
  EMERG: 'error',
  CRIT: 'error',
  ERR: 'error',
  WARNING: 'warning',
};

/** Parses `haproxy -c` output (stdout and stderr together); NOTICE lines and summaries are dropped. */
export function parseHaproxyOutput(output: string): ValidatorMessage[] {
  const messages: ValidatorMessage[] = [];
  let last: { -readonly [K in keyof ValidatorMessage]: ValidatorMessage[K] } | null = null;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const continuation = /^\s+\|\s?(.*)$/.exec(line);
    if (continuation) {
      if (last) last.text += ` ${continuation[1].trim()}`;
      continue;
    }
    const m = HAPROXY_LINE.exec(line);
    if (!m) {
      last = null;
      continue;
    }
    const [, level, rest] = m;
    last = null;
    if (level === 'NOTICE' || level === 'INFO' || level === 'DEBUG' || HAPROXY_SUMMARY.test(rest)) continue;
    let text = rest.trim();
    let file: string | null = null;
    let lineNo: number | null = null;
    const at = HAPROXY_AT.exec(text);
    if (at) {
      file = at[1];
      lineNo = Number(at[2]);
      text = at[3].trim();
    } else {
      const anywhere = HAPROXY_AT_ANYWHERE.exec(text);
      if (anywhere) {
        file = anywhere[1];
        lineNo = Number(anywhere[2]);
      }
    }
    const proxy = HAPROXY_PROXY.exec(text)?.[1] ?? null;
    last = { level, severity: HAPROXY_LEVELS[level] ?? 'info', text, file, line: lineNo, proxy };
    messages.push(last);
  }
  return messages;
}

/** The version `nginx -v` reports (it prints to stderr): `nginx version: nginx/1.22.1`, `openresty/1.21.4.1`. */
export function parseNginxVersion(output: string): { version: string; plus: boolean } | null {
  const m = /nginx version:\s*[A-Za-z_-]+\/(\d+\.\d+(?:\.\d+)?)/.exec(output);
  if (!m) return null;
  return { version: m[1], plus: /nginx-plus|NGINX Plus/i.test(output) };
}

/** The version `haproxy -v` reports: `HAProxy version 2.6.12-1+deb12u4 2023/...`, `HA-Proxy version 1.8.19 ...`. */
export function parseHaproxyVersion(output: string): string | null {
  return /HA-?Proxy version (\d+\.\d+(?:\.\d+)?)/i.exec(output)?.[1] ?? null;
}
