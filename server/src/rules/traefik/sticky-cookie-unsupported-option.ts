import type { ManifestModel } from '../../manifest/model';
import { COOKIE_OPTIONS, traefikAffinity, type CookieOption, type StickyCookie } from '../../manifest/traefik/sticky';
import type { Fix, KindRule } from '../types';
import { capital, cookieOf } from './cookieRule';
import { COOKIE_OPTION_SINCE, hasCookieOption, traefikTarget, type TraefikTarget } from './version';

/** What Traefik does with a cookie option it cannot read, by form. */
function consequence(cookie: StickyCookie): string {
  switch (cookie.form) {
    case 'label':
      return "Traefik's docker provider fails to decode the labels and skips the whole container (no router, no service)";
    case 'annotation':
      return 'Traefik fails to read the Service annotations and leaves out the routes to this Service';
    default:
      return cookie.exactNames
        ? 'the API server rejects the object under strict field validation (the kubectl default) or drops the field'
        : 'the file provider fails to decode the file and loads none of its configuration';
  }
}

function removeFix(option: CookieOption, why: string): Fix[] {
  const edit = option.remove();
  return edit ? [{ title: `Remove ${option.written} (${why})`, edits: [edit], preferred: false }] : [];
}

function judge(cookie: StickyCookie, option: CookieOption, target: TraefikTarget): { message: string; fixes: Fix[] } | null {
  if (option.name === null) {
    const near = COOKIE_OPTIONS.find((o) => o.toLowerCase() === option.written.toLowerCase());
    if (near && cookie.exactNames) {
      const rename = option.rename(near);
      return {
        message: `${capital(cookieOf(cookie))} has '${option.written}', which the CRD does not have: its fields are case-sensitive (${near}), so ${consequence(cookie)}. Write ${near}.`,
        fixes: rename ? [{ title: `Rename ${option.written} to ${near}`, edits: [rename], preferred: true }] : [],
      };
    }
    return {
      message: `${capital(cookieOf(cookie))} has '${option.written}', which is not a sticky cookie option (${COOKIE_OPTIONS.join(', ')}): ${consequence(cookie)}.`,
      fixes: removeFix(option, 'not a Traefik option'),
    };
  }
  if (hasCookieOption(target, option.name)) return null;
  const since = COOKIE_OPTION_SINCE[option.name]!;
  return {
    message: `${capital(cookieOf(cookie))} sets ${option.written}, which came in Traefik ${since}; ${target.label} does not have it, so ${consequence(cookie)}. Remove it, or upgrade Traefik and set platforms.traefik.`,
    fixes: removeFix(option, `not in ${target.label.replace(/ \(.*$/, '')}`),
  };
}

/**
 * Sticky cookie options that the targeted Traefik release does not have (`maxAge` before 3.0,
 * `path` before 3.3, `domain` before 3.4) and keys that are no option at all.
 */
export const traefikStickyCookieUnsupportedOption: KindRule<ManifestModel> = {
  meta: {
    id: 'traefik/sticky-cookie-unsupported-option',
    dialect: 'traefik',
    severity: 'error',
    summary: 'Traefik sticky cookie option the targeted release does not have (sameSite 2.2, maxAge 3.0, path 3.3, domain 3.4) or no option at all',
    fixable: true,
  },
  checkModel(context) {
    for (const cookie of traefikAffinity(context.config).cookies) {
      const target = traefikTarget(context.config, context.settings, cookie);
      for (const option of cookie.options) {
        if (option.written.includes('{{')) continue;
        const verdict = judge(cookie, option, target);
        if (verdict) context.report({ message: verdict.message, span: option.keySpan, fixes: verdict.fixes });
      }
    }
  },
};
