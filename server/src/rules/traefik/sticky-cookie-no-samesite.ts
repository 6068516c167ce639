import { capital, cookieOf, optionFix, stickyCookieRule, written } from './cookieRule';
import { hasCookieOption } from './version';

const VALUES = new Set(['none', 'lax', 'strict']);

export const traefikStickyCookieNoSamesite = stickyCookieRule(
  {
    id: 'traefik/sticky-cookie-no-samesite',
    severity: 'warning',
    summary: 'Traefik sticky cookie without sameSite: no SameSite attribute is sent, cross-site requests carry the cookie',
    fixable: true,
    options: ['sameSite'],
  },
  (cookie, target) => {
    const option = cookie.option('sameSite');
    const value = (option?.value ?? '').trim();
    if (VALUES.has(value.toLowerCase())) return null;
    if (!hasCookieOption(target, 'sameSite')) {
      return { message: `${capital(cookieOf(cookie))} is sent without a SameSite attribute, and ${target.label} cannot set one: sameSite came in Traefik 2.2. Upgrade Traefik to control it.` };
    }
    // Traefik sends no SameSite attribute for an empty or unknown value (convertSameSite).
    const what = option ? `sets ${option.written} to ${value === '' ? 'nothing' : `'${value}', which Traefik does not know (none, lax or strict)`}` : `has no ${cookie.spell('sameSite')}`;
    return {
      message: `${capital(cookieOf(cookie))} ${what}: Traefik then sends no SameSite attribute and browsers apply their own default, which differs between them. Set ${written(cookie, 'sameSite', 'lax')} (or strict).`,
      span: option?.valueSpan,
      fixes: [optionFix(cookie, 'sameSite', 'lax')],
    };
  },
);
