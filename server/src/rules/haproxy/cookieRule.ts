import { haproxyTarget } from '../../engine/versions';
import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../../model/haproxy';
import { bindsWithSsl, effectiveMode, parseCookie, proxiesInheriting, proxiesRoutingTo, type CookieDirective } from '../../model/haproxyQueries';
import { appendArgument } from '../edits';
import type { Fix, HaproxyRule, RuleContext, RuleMeta, Severity } from '../types';

/**
 * The persistence cookie HAProxy inserts, where the cookie-no-* rules apply: `insert` mode (in
 * rewrite and prefix modes the application's cookie carries its own attributes), in a proxy or
 * defaults section that works in HTTP mode (elsewhere HAProxy ignores the cookie). A defaults
 * section counts when it is HTTP itself or an HTTP proxy inherits the cookie from it.
 */
function insertedCookie(config: HaproxyConfig, d: HaproxyDirective): CookieDirective | null {
  const section = d.section;
  if (!section || !['backend', 'listen', 'defaults'].includes(section.kind)) return null;
  const cookie = parseCookie(d);
  if (!cookie || cookie.mode !== 'insert') return null;
  if (effectiveMode(section) === 'http') return cookie;
  if (section.kind !== 'defaults') return null;
  return proxiesInheriting(config, section, 'cookie').some((p) => effectiveMode(p) === 'http') ? cookie : null;
}

/**
 * The one action that adds every missing hardening option of a cookie line: each cookie-no-*
 * fix carries it, and the code actions merge the fixes of the line's findings into one edit.
 * It names the target, since whether `attr` is among the options depends on it.
 */
function hardenTitle(context: RuleContext<HaproxyConfig>): string {
  return `Harden this cookie: add every missing option (target: ${haproxyTarget(context.settings).label})`;
}

/** What a cookie-no-* rule says of one cookie line. */
export interface CookieVerdict {
  readonly message: string;
  readonly severity?: Severity;
  /** The arguments the fix appends. */
  readonly append: string;
  readonly title: string;
  /**
   * Whether the fix is safe to apply unread (default true): then it is the preferred fix and part of
   * "Harden this cookie". Not so where it could switch affinity off, such as `secure` on a cookie
   * that may only ever travel over plain HTTP.
   */
  readonly safe?: boolean;
}

/** The cookie-no-* shape: judge one attribute of an inserted cookie, fix by appending arguments. */
export function cookieRule(
  meta: Omit<RuleMeta, 'dialect'>,
  judge: (cookie: CookieDirective, context: RuleContext<HaproxyConfig>) => CookieVerdict | null,
): HaproxyRule {
  return {
    meta: { ...meta, dialect: 'haproxy' },
    visits: { keywords: ['cookie'] },
    check(d, context) {
      const cookie = insertedCookie(context.config, d);
      if (!cookie) return;
      const verdict = judge(cookie, context);
      if (!verdict) return;
      const safe = verdict.safe ?? true;
      const fix: Fix = { title: verdict.title, edits: [appendArgument(d, verdict.append)], preferred: safe, ...(safe ? { combinedTitle: hardenTitle(context) } : {}) };
      context.report({ message: verdict.message, span: d.span, severity: verdict.severity, fixes: [fix] });
    },
  };
}

/** Whether clients reach this cookie's proxy over TLS: a routing frontend or listen binds with `ssl`. */
export function servedOverTls(config: HaproxyConfig, section: HaproxySection): boolean {
  if (section.kind === 'defaults') return config.sections.some((s) => (s.kind === 'frontend' || s.kind === 'listen') && bindsWithSsl(s));
  return proxiesRoutingTo(config, section).some(bindsWithSsl);
}

/**
 * Whether the inserted cookie carries a Set-Cookie flag (`secure`, `httponly`), as an option or
 * as a bare `attr` (`attr Secure`), which HAProxy appends to the cookie the same way.
 */
export function cookieHasFlag(cookie: CookieDirective, flag: 'secure' | 'httponly'): boolean {
  return cookie.flags.has(flag) || cookie.attrs.some((a) => a.value.trim().toLowerCase() === flag);
}
