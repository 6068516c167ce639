import type { ManifestModel } from '../../manifest/model';
import type { Fix, KindRule, RuleContext, RuleMeta, Severity } from '../types';
import { nicStickyCookies, type NicStickyCookie } from './stickyCookies';

export interface StickyVerdict {
  readonly message: string;
  readonly severity?: Severity;
  /** The `sticky cookie` word the fix sets (`secure`, `samesite=lax`), with the fix's title and whether it is safe unread. */
  readonly word?: string;
  readonly preferred?: boolean;
}

/** How a fix names the edit in each form: `secure: true` in a VirtualServer, ` secure` in the annotation. */
function wordAsWritten(cookie: NicStickyCookie, word: string): string {
  if (cookie.origin === 'annotation') return `'${word}'`;
  const eq = word.indexOf('=');
  if (eq < 0) return `${word === 'httponly' ? 'httpOnly' : word}: true`;
  return `${word.slice(0, eq)}: ${word.slice(eq + 1)}`;
}

/**
 * The shape of the nginx-ingress sticky-cookie-* rules: each judges one attribute of a sticky cookie
 * (VirtualServer `sessionCookie` or a sticky-cookie-services entry) as the nginx rule of the same
 * name judges `sticky cookie`, and fixes it in the form it is written in.
 */
export function nicStickyCookieRule(
  meta: Omit<RuleMeta, 'dialect'>,
  judge: (cookie: NicStickyCookie, context: RuleContext<ManifestModel>) => StickyVerdict | null,
): KindRule<ManifestModel> {
  return {
    meta: { ...meta, dialect: 'nginx-ingress' },
    checkModel(context) {
      for (const cookie of nicStickyCookies(context.config)) {
        const verdict = judge(cookie, context);
        if (!verdict) continue;
        const edit = verdict.word ? cookie.set(verdict.word, context.source) : null;
        const fixes: Fix[] = edit && verdict.word ? [{ title: `Set ${wordAsWritten(cookie, verdict.word)} on the ${cookie.label}`, edits: [edit], preferred: verdict.preferred ?? true }] : [];
        context.report({ message: verdict.message, span: cookie.span, severity: verdict.severity, fixes });
      }
    },
  };
}

/** How a message names an attribute in the cookie's own form: `secure: true` or the `secure` parameter. */
export function attribute(cookie: NicStickyCookie, field: string, word: string): string {
  return cookie.origin === 'virtualserver' ? `'${field}'` : `'${word}'`;
}
