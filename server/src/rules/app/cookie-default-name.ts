import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { expressSessions, isString, optionsOpen, optionQuote, sessionOption, setSessionOption } from './sessionOptions';

/** express-session's cookie under its default name, `connect.sid`. */
export const appCookieDefaultName: KindRule<AppModel> = {
  meta: {
    id: 'app/cookie-default-name',
    dialect: 'app',
    severity: 'hint',
    summary: 'express-session cookie under its default name `connect.sid`: tells every visitor which framework answers',
    fixable: true,
  },
  checkModel(context) {
    for (const setup of expressSessions(context.config)) {
      const name = sessionOption(setup, 'name') ?? sessionOption(setup, 'key');
      if (name ? !isString(name.value, 'connect.sid') : optionsOpen(setup)) continue;
      const q = optionQuote(setup);
      const edits = setSessionOption(context.source, setup, 'name', `${q}sid${q}`);
      context.report({
        message: `The session cookie is named \`connect.sid\`${name ? '' : ' (no `name` option)'}, express-session's default: it tells anyone which stack answers (Express's security best practices: "Don't use the default session cookie name"), and two apps on one host name share it. Set \`name\`.`,
        span: name ? name.span : setup.callee,
        // Renaming ends every session issued under the old name once: offered, not applied by --fix.
        fixes: edits ? [{ title: `Name the session cookie: name: ${q}sid${q}`, edits, preferred: false }] : [],
      });
    }
  },
};
