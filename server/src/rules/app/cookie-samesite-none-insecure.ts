import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { cookieOption, expressSessions, isBoolean, isString, setCookieOption } from './sessionOptions';

/** `sameSite: 'none'` on an express-session cookie that is not `secure`. */
export const appCookieSamesiteNoneInsecure: KindRule<AppModel> = {
  meta: {
    id: 'app/cookie-samesite-none-insecure',
    dialect: 'app',
    severity: 'warning',
    summary: "express-session cookie with `sameSite: 'none'` but without `secure: true` (or `'auto'`): browsers reject a SameSite=None cookie that is not Secure",
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const sameSite = cookieOption(setup, 'sameSite');
      if (!sameSite || !isString(sameSite.value, 'none')) continue;
      const secure = cookieOption(setup, 'secure');
      // Only a missing `secure` or a literal `false` is known to send SameSite=None without Secure.
      if (secure && !isBoolean(secure.value, false)) continue;
      const on = setCookieOption(context.source, setup, 'secure', 'true');
      context.report({
        message: `\`sameSite: 'none'\` ${secure ? 'with `secure: false`' : 'without `secure`'}: browsers that follow RFC 6265bis (Chrome and Edge since version 80, Firefox) reject a SameSite=None cookie without Secure, so no session is kept for them. Set \`cookie.secure: true\`.`,
        span: sameSite.span,
        fixes: on ? [{ title: 'Send the session cookie over HTTPS only: secure: true', edits: on, preferred: true }] : [],
      });
    }
  },
};
