import { APP_KIND } from '../../../../server/src/app/kind';
import { appCookieNoSamesite } from '../../../../server/src/rules/app/cookie-no-samesite';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const session = require('express-session');\nconst app = require('express')();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appCookieNoSamesite, {
  valid: [
    { name: "sameSite: 'lax'", code: use("{ secret: process.env.S, cookie: { sameSite: 'lax' } }") },
    { name: 'sameSite: true (Strict)', code: use('{ secret: process.env.S, cookie: { sameSite: true } }') },
    { name: "sameSite: 'none' (app/cookie-samesite-none-insecure judges it)", code: use("{ secret: process.env.S, cookie: { sameSite: 'none', secure: true } }") },
    { name: "sameSite: 'auto' (express-session 1.19)", code: use("{ secret: process.env.S, cookie: { sameSite: 'auto' } }") },
    { name: 'sameSite set by an assignment', code: `${HEAD}const opts = { secret: process.env.S, cookie: {} };\nopts.cookie.sameSite = 'strict';\napp.use(session(opts));\n` },
    { name: 'a cookie from elsewhere', code: use('{ secret: process.env.S, cookie: config.cookie }') },
  ],
  invalid: [
    {
      name: "no sameSite: sameSite: 'lax' added",
      code: use('{ secret: process.env.S, cookie: { secure: true, maxAge: 1000 } }'),
      errors: [{ line: 3, column: 42, severity: 'info', message: /^The session cookie has no `sameSite`: express-session sends no SameSite attribute/ }],
      output: use("{ secret: process.env.S, cookie: { secure: true, maxAge: 1000, sameSite: 'lax' } }"),
      suggestions: [{ title: /Strict/, output: use("{ secret: process.env.S, cookie: { secure: true, maxAge: 1000, sameSite: 'strict' } }") }],
    },
    {
      name: 'sameSite: false explicitly',
      code: use('{ secret: process.env.S, cookie: { sameSite: false } }'),
      errors: [{ line: 3, message: /`sameSite: false`/ }],
      output: use("{ secret: process.env.S, cookie: { sameSite: 'lax' } }"),
    },
    {
      name: 'a cookie object one option per line, the last with a comment: the new line goes after the comment',
      code: `${HEAD}app.use(session({\n  secret: process.env.S,\n  cookie: {\n    secure: true,\n    maxAge: 3600000 // one hour\n  }\n}));\n`,
      errors: [{ line: 5 }],
      output: `${HEAD}app.use(session({\n  secret: process.env.S,\n  cookie: {\n    secure: true,\n    maxAge: 3600000, // one hour\n    sameSite: 'lax'\n  }\n}));\n`,
    },
    {
      name: 'no cookie option: cookie added',
      code: use('{ secret: process.env.S }'),
      errors: [{ line: 3, column: 9, message: /no `cookie` option/ }],
      output: use("{ secret: process.env.S, cookie: { sameSite: 'lax' } }"),
    },
  ],
}, { defaultFile: 'app.js' });
