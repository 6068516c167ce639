import { APP_KIND } from '../../../../server/src/app/kind';
import { appCookieHttponlyFalse } from '../../../../server/src/rules/app/cookie-httponly-false';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "import session from 'express-session';\nimport express from 'express';\nconst app = express();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appCookieHttponlyFalse, {
  valid: [
    { name: 'httpOnly left to its default (true)', code: use('{ secret: process.env.S, cookie: { secure: true } }') },
    { name: 'httpOnly: true', code: use('{ secret: process.env.S, cookie: { httpOnly: true } }') },
    { name: 'httpOnly from an expression', code: use('{ secret: process.env.S, cookie: { httpOnly: !debug } }') },
  ],
  invalid: [
    {
      name: 'httpOnly: false',
      code: use('{ secret: process.env.S, cookie: { secure: true, httpOnly: false } }'),
      errors: [{ line: 4, column: 76, message: /^`httpOnly: false` sends the session cookie without HttpOnly/ }],
      output: use('{ secret: process.env.S, cookie: { secure: true, httpOnly: true } }'),
    },
    {
      name: 'httpOnly: false through a const: the option is changed, the const left to its other users',
      code: `${HEAD}const scriptsMayRead = false;\napp.use(session({ secret: process.env.S, cookie: { httpOnly: scriptsMayRead } }));\n`,
      errors: [{ line: 5, column: 62 }],
      output: `${HEAD}const scriptsMayRead = false;\napp.use(session({ secret: process.env.S, cookie: { httpOnly: true } }));\n`,
    },
  ],
}, { defaultFile: 'app.mjs' });
