import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { appCookieDefaultName } from './cookie-default-name';
import { appCookieHttponlyFalse } from './cookie-httponly-false';
import { appCookieNoMaxAge } from './cookie-no-max-age';
import { appCookieNoSamesite } from './cookie-no-samesite';
import { appCookieNoSecure } from './cookie-no-secure';
import { appCookieSamesiteNoneInsecure } from './cookie-samesite-none-insecure';
import { appSecureCookieNoTrustProxy } from './secure-cookie-no-trust-proxy';
import { appSessionSaveUnset } from './session-save-unset';
import { appSessionSecret } from './session-secret';

/** express-session's cookie, secret and save options (issue 13, item 2: the cookie and secret rules). */
export const APP_COOKIE_RULES: readonly KindRule<AppModel>[] = [
  appSecureCookieNoTrustProxy,
  appCookieNoSecure,
  appCookieSamesiteNoneInsecure,
  appCookieNoSamesite,
  appCookieHttponlyFalse,
  appCookieNoMaxAge,
  appSessionSecret,
  appSessionSaveUnset,
  appCookieDefaultName,
];
