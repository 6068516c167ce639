import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { cookieOption, expressSessions, isBoolean, replaceValue } from './sessionOptions';

/** `httpOnly: false` on an express-session cookie (its default is true, so only an explicit false is flagged). */
export const appCookieHttponlyFalse: KindRule<AppModel> = {
  meta: {
    id: 'app/cookie-httponly-false',
    dialect: 'app',
    severity: 'warning',
    summary: 'express-session cookie with `httpOnly: false`: scripts in the page can read the session id',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const httpOnly = cookieOption(setup, 'httpOnly');
      if (!httpOnly || !isBoolean(httpOnly.value, false)) continue;
      context.report({
        message: '`httpOnly: false` sends the session cookie without HttpOnly: any script in the page, an injected one too, can read the session id from document.cookie and replay it. Remove it (express-session sets HttpOnly by default) or set `httpOnly: true`.',
        span: httpOnly.span,
        fixes: httpOnly.property ? [{ title: 'Hide the session cookie from scripts: httpOnly: true', edits: replaceValue(httpOnly.property, 'true'), preferred: true }] : [],
      });
    }
  },
};
