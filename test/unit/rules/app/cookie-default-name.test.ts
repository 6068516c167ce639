import { APP_KIND } from '../../../../server/src/app/kind';
import { appCookieDefaultName } from '../../../../server/src/rules/app/cookie-default-name';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const session = require('express-session');\nconst app = require('express')();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appCookieDefaultName, {
  valid: [
    { name: 'a name', code: use("{ secret: process.env.S, name: 'sid' }") },
    { name: 'the legacy key option', code: use("{ secret: process.env.S, key: 'shop.sid' }") },
    { name: 'a name from the environment', code: use('{ secret: process.env.S, name: process.env.COOKIE_NAME }') },
    { name: 'options spreading another object', code: use('{ ...base, secret: process.env.S }') },
  ],
  invalid: [
    {
      name: 'no name: offered, not applied (renaming ends every session once)',
      code: use('{ secret: process.env.S }'),
      errors: [{ line: 3, column: 9, severity: 'hint', message: /^The session cookie is named `connect\.sid` \(no `name` option\), express-session's default/ }],
      output: null,
      suggestions: [{ title: /name: 'sid'/, output: use("{ secret: process.env.S, name: 'sid' }") }],
    },
    {
      name: 'connect.sid written out',
      code: use('{ secret: process.env.S, name: "connect.sid" }'),
      errors: [{ line: 3, column: 48 }],
      output: null,
      suggestions: [{ title: /name: "sid"/, output: use('{ secret: process.env.S, name: "sid" }') }],
    },
  ],
}, { defaultFile: 'app.js' });
