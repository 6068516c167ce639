import type { AppModel } from '../../app/model';
import type { Fix, KindRule } from '../types';
import { cookieAnchor, cookieOpen, cookieOption, expressSessions, isBoolean, optionQuote, setCookieOption } from './sessionOptions';

/** An express-session cookie without `sameSite` (its default, `false`: no attribute). */
export const appCookieNoSamesite: KindRule<AppModel> = {
  meta: {
    id: 'app/cookie-no-samesite',
    dialect: 'app',
    severity: 'info',
    summary: 'express-session cookie without `sameSite` (or `sameSite: false`): no SameSite attribute, so each browser applies its own default on cross-site requests',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const sameSite = cookieOption(setup, 'sameSite');
      if (sameSite ? !isBoolean(sameSite.value, false) : cookieOpen(setup)) continue;
      const q = optionQuote(setup);
      const fixes: Fix[] = [];
      const lax = setCookieOption(context.source, setup, 'sameSite', `${q}lax${q}`);
      if (lax) fixes.push({ title: "Add SameSite=Lax: sameSite: 'lax'", edits: lax, preferred: true });
      const strict = setCookieOption(context.source, setup, 'sameSite', `${q}strict${q}`);
      if (strict) fixes.push({ title: "Add SameSite=Strict: sameSite: 'strict'", edits: strict, preferred: false });
      const written = sameSite ? '`sameSite: false`' : setup.cookieForm === 'absent' ? 'no `cookie` option, so no `sameSite`' : 'no `sameSite`';
      context.report({
        message: `The session cookie has ${written}: express-session sends no SameSite attribute, so browsers that do not default to Lax attach it to requests other sites trigger (cross-site request forgery). Set \`cookie.sameSite: 'lax'\`.`,
        span: sameSite ? sameSite.span : cookieAnchor(setup),
        fixes,
      });
    }
  },
};
