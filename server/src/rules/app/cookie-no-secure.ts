import type { AppModel } from '../../app/model';
import type { Fix, KindRule } from '../types';
import { cookieAnchor, cookieOpen, cookieOption, expressSessions, isBoolean, optionQuote, setCookieOption } from './sessionOptions';

/** An express-session cookie without `secure` (its default) or with `secure: false`. */
export const appCookieNoSecure: KindRule<AppModel> = {
  meta: {
    id: 'app/cookie-no-secure',
    dialect: 'app',
    severity: 'warning',
    summary: 'express-session cookie without `secure` (or `secure: false`): the session id also travels over plain HTTP',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const secure = cookieOption(setup, 'secure');
      if (secure ? !isBoolean(secure.value, false) : cookieOpen(setup)) continue;
      const q = optionQuote(setup);
      const fixes: Fix[] = [];
      const on = setCookieOption(context.source, setup, 'secure', 'true');
      if (on) fixes.push({ title: 'Send the session cookie over HTTPS only: secure: true', edits: on, preferred: true });
      const auto = setCookieOption(context.source, setup, 'secure', `${q}auto${q}`);
      if (auto) fixes.push({ title: "Secure when the request is: secure: 'auto'", edits: auto, preferred: false });
      const written = secure ? '`secure: false`' : setup.cookieForm === 'absent' ? 'no `cookie` option, so no `secure`' : 'no `secure`';
      context.report({
        message: `The session cookie has ${written}: express-session sends it without the Secure attribute, so browsers also send it over plain HTTP, where anyone on the path can read the session id and take over the session. Set \`cookie.secure: true\` (with \`trust proxy\` behind a load balancer that ends TLS).`,
        span: secure ? secure.span : cookieAnchor(setup),
        fixes,
      });
    }
  },
};
