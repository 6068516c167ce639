import type { HaproxyConfig, HaproxyDirective } from '../../model/haproxy';
import { httpFor, parseCookie, type CookieDirective } from '../../model/haproxyQueries';
import { replace } from '../edits';
import type { Fix, HaproxyRule } from '../types';

/** Session cookies of common application stacks, with the stack that sets each. */
const APP_SESSION_COOKIES: ReadonlyMap<string, string> = new Map([
  ['JSESSIONID', 'Java servlet containers'],
  ['PHPSESSID', 'PHP'],
  ['ASP.NET_SessionId', 'ASP.NET'],
  ['connect.sid', 'Express (express-session)'],
  ['session', 'Flask and others'],
  ['sessionid', 'Django'],
  ['laravel_session', 'Laravel'],
]);

const REPLACEMENT = 'SERVERID';

function appCookie(name: string): { canonical: string; stack: string; exact: boolean } | null {
  for (const [canonical, stack] of APP_SESSION_COOKIES) {
    if (canonical === name) return { canonical, stack, exact: true };
    if (canonical.toLowerCase() === name.toLowerCase()) return { canonical, stack, exact: false };
  }
  return null;
}

/**
 * Whether SERVERID is, or is about to be, another persistence cookie's name: one already named so,
 * or an earlier colliding insert cookie whose preferred fix renames it (fix-all must not give two
 * proxies the same cookie in one pass).
 */
function replacementTaken(config: HaproxyConfig, d: HaproxyDirective): boolean {
  for (const s of config.sections) {
    for (const o of s.directives) {
      if (o === d) continue;
      const other = parseCookie(o);
      if (!other) continue;
      if (other.name === REPLACEMENT) return true;
      if (o.span.start < d.span.start && other.mode === 'insert' && appCookie(other.name)) return true;
    }
  }
  return false;
}

function modeArg(cookie: CookieDirective) {
  return cookie.directive.args.find((a, i) => i >= 1 && a.value === cookie.mode)!;
}

export const cookieNameCollision: HaproxyRule = {
  meta: {
    id: 'haproxy/cookie-name-collision',
    dialect: 'haproxy',
    severity: 'error',
    summary: "insert/rewrite persistence cookie named like the application's session cookie: it overwrites the app's session",
    fixable: true,
  },
  visits: { keywords: ['cookie'] },
  check(d, context) {
    const section = d.section;
    if (!section || !['backend', 'listen', 'defaults'].includes(section.kind)) return;
    const cookie = parseCookie(d);
    if (!cookie || (cookie.mode !== 'insert' && cookie.mode !== 'rewrite')) return;
    if (['insert', 'rewrite', 'prefix'].filter((m) => cookie.flags.has(m)).length > 1) return;
    const app = appCookie(cookie.name);
    if (!app || !httpFor(context.config, section, 'cookie')) return;

    const nameArg = d.args[0];
    const mode = modeArg(cookie);
    const taken = replacementTaken(context.config, d);
    const toPrefix: Fix = {
      title: `Switch to prefix mode: HAProxy prefixes the application's own '${cookie.name}' with the server id and strips it again on requests`,
      edits: [replace(mode.span, 'prefix')],
      preferred: cookie.mode === 'rewrite',
    };
    const rename: Fix = {
      title: taken
        ? `Rename the persistence cookie to ${REPLACEMENT}${cookie.mode === 'rewrite' ? ' and insert it' : ''} (another proxy already uses ${REPLACEMENT}: make sure they never serve the same site)`
        : `Rename the persistence cookie to ${REPLACEMENT}${cookie.mode === 'rewrite' ? ' and insert it' : ''}`,
      edits: cookie.mode === 'rewrite' ? [replace(nameArg.span, REPLACEMENT), replace(mode.span, 'insert')] : [replace(nameArg.span, REPLACEMENT)],
      preferred: cookie.mode === 'insert' && !taken,
    };
    const effect =
      cookie.mode === 'insert'
        ? `HAProxy's Set-Cookie replaces the application's session id with a server id${cookie.flags.has('indirect') ? ' and, with indirect, strips the cookie from requests' : ''}, so users lose their session`
        : "in rewrite mode HAProxy replaces the application's session id with a server id, so users lose their session";
    context.report({
      message: app.exact
        ? `persistence cookie '${cookie.name}' (${cookie.mode} mode) has the name of the session cookie of ${app.stack}: ${effect}.`
        : `persistence cookie '${cookie.name}' (${cookie.mode} mode) differs only in case from '${app.canonical}', the session cookie of ${app.stack}: browsers keep the two apart, but applications that read cookie names case-insensitively see one cookie, and readers of the config confuse them.`,
      span: d.span,
      severity: app.exact ? 'error' : 'warning',
      fixes: cookie.mode === 'rewrite' ? [toPrefix, rename] : [rename, toPrefix],
    });
  },
};
