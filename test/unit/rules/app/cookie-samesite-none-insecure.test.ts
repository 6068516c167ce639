import { APP_KIND } from '../../../../server/src/app/kind';
import { appCookieSamesiteNoneInsecure } from '../../../../server/src/rules/app/cookie-samesite-none-insecure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const session = require('express-session');\nconst app = require('express')();\napp.set('trust proxy', 1);\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appCookieSamesiteNoneInsecure, {
  valid: [
    { name: "sameSite: 'none' with secure: true", code: use("{ secret: process.env.S, cookie: { sameSite: 'none', secure: true } }") },
    { name: "sameSite: 'none' with secure: 'auto'", code: use("{ secret: process.env.S, cookie: { sameSite: 'none', secure: 'auto' } }") },
    { name: 'sameSite: none with secure from an expression', code: use("{ secret: process.env.S, cookie: { sameSite: 'none', secure: isProduction } }") },
    { name: "sameSite: 'lax' without secure (app/cookie-no-secure says so)", code: use("{ secret: process.env.S, cookie: { sameSite: 'lax' } }") },
  ],
  invalid: [
    {
      name: "sameSite: 'none' without secure",
      code: use("{ secret: process.env.S, cookie: { sameSite: 'none' } }"),
      errors: [{ line: 4, column: 62, message: /^`sameSite: 'none'` without `secure`: browsers that follow RFC 6265bis .* reject/ }],
      output: use("{ secret: process.env.S, cookie: { sameSite: 'none', secure: true } }"),
    },
    {
      name: "sameSite: 'None' with secure: false",
      code: use("{ secret: process.env.S, cookie: { secure: false, sameSite: 'None' } }"),
      errors: [{ line: 4, message: /with `secure: false`/ }],
      output: use("{ secret: process.env.S, cookie: { secure: true, sameSite: 'None' } }"),
    },
  ],
}, { defaultFile: 'app.js' });
