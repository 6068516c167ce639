import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { cookieAnchor, cookieOpen, cookieOption, expressSessions, setCookieOption } from './sessionOptions';

/** Eight hours, the lifetime the shared-store guide uses: a working day. */
const EIGHT_HOURS = '8 * 60 * 60 * 1000';

/** An express-session cookie with neither `maxAge` nor `expires` (or `maxAge: null`): a browser-session cookie. */
export const appCookieNoMaxAge: KindRule<AppModel> = {
  meta: {
    id: 'app/cookie-no-max-age',
    dialect: 'app',
    severity: 'info',
    summary: 'express-session cookie with neither `maxAge` nor `expires`: a browser-session cookie with no lifetime the server decides',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const maxAge = cookieOption(setup, 'maxAge');
      const expires = cookieOption(setup, 'expires');
      const unset = (o: typeof maxAge): boolean => o !== null && (o.value.kind === 'null' || o.value.kind === 'undefined');
      if ((maxAge && !unset(maxAge)) || (expires && !unset(expires))) continue;
      if (!maxAge && !expires && cookieOpen(setup)) continue;
      const edits = setCookieOption(context.source, setup, 'maxAge', EIGHT_HOURS);
      const written = maxAge ? `\`maxAge: ${maxAge.value.kind}\`` : setup.cookieForm === 'absent' ? 'no `cookie` option, so no `maxAge`' : 'no `maxAge` (nor `expires`)';
      context.report({
        message: `The session cookie has ${written}: express-session sends it without Expires, a browser-session cookie that lives as long as the browser (longer with session restore), and the server sets no lifetime for the session${setup.store.kind === 'connect-redis' ? " (connect-redis keeps it for its default ttl, one day)" : ''}. Set \`cookie.maxAge\` in milliseconds.`,
        span: maxAge ? maxAge.span : cookieAnchor(setup),
        // A lifetime is the application's decision (it logs users out): offered, not applied by --fix.
        fixes: edits ? [{ title: `End sessions after 8 hours: maxAge: ${EIGHT_HOURS}`, edits, preferred: false }] : [],
      });
    }
  },
};
