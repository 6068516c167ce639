import { APP_KIND } from '../../../../server/src/app/kind';
import { appCookieNoSecure } from '../../../../server/src/rules/app/cookie-no-secure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const express = require('express');\nconst session = require('express-session');\n\nconst app = express();\napp.set('trust proxy', 1);\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appCookieNoSecure, {
  valid: [
    { name: 'secure: true', code: use('{ secret: process.env.S, cookie: { secure: true } }') },
    { name: "secure: 'auto'", code: use("{ secret: process.env.S, cookie: { secure: 'auto' } }") },
    { name: 'secure from an expression', code: use("{ secret: process.env.S, cookie: { secure: process.env.NODE_ENV === 'production' } }") },
    { name: 'secure set by an assignment', code: `${HEAD}const sess = { secret: process.env.S, cookie: {} };\nsess.cookie.secure = true;\napp.use(session(sess));\n` },
    { name: 'a cookie object that spreads another', code: use('{ secret: process.env.S, cookie: { ...cookieDefaults, maxAge: 1000 } }') },
    { name: 'options from another module', code: `${HEAD}const { sessionOptions } = require('./config');\napp.use(session(sessionOptions));\n` },
    { name: 'a cookie function (express-session 1.19) that sets secure', code: use('{ secret: process.env.S, cookie: (req) => ({ secure: true, maxAge: 1000 }) }') },
  ],
  invalid: [
    {
      name: 'a cookie object without secure: secure: true added at its end',
      code: use('{ secret: process.env.S, cookie: { httpOnly: true, maxAge: 3600000 } }'),
      errors: [{ line: 6, column: 42, message: /^The session cookie has no `secure`: .* Set `cookie\.secure: true`/ }],
      output: use('{ secret: process.env.S, cookie: { httpOnly: true, maxAge: 3600000, secure: true } }'),
      suggestions: [{ title: /'auto'/, output: use("{ secret: process.env.S, cookie: { httpOnly: true, maxAge: 3600000, secure: 'auto' } }") }],
    },
    {
      name: 'secure: false explicitly',
      code: use('{ secret: process.env.S, cookie: { secure: false } }'),
      errors: [{ line: 6, message: /^The session cookie has `secure: false`/ }],
      output: use('{ secret: process.env.S, cookie: { secure: true } }'),
    },
    {
      name: 'no cookie option at all: a cookie object is added, on a line of its own',
      code: `${HEAD}app.use(session({\n  secret: process.env.S,\n  resave: false,\n}));\n`,
      errors: [{ line: 6, message: /no `cookie` option/ }],
      output: `${HEAD}app.use(session({\n  secret: process.env.S,\n  resave: false,\n  cookie: { secure: true },\n}));\n`,
    },
    {
      name: 'CRLF line ends: the new line ends in CRLF too',
      code: `${HEAD}app.use(session({\r\n  secret: process.env.S,\r\n  cookie: {\r\n    maxAge: 3600000,\r\n  },\r\n}));\r\n`,
      errors: [{ line: 8 }],
      output: `${HEAD}app.use(session({\r\n  secret: process.env.S,\r\n  cookie: {\r\n    maxAge: 3600000,\r\n    secure: true,\r\n  },\r\n}));\r\n`,
    },
    {
      name: 'a cookie const of the same file, ESM, double quotes',
      file: 'app.mjs',
      code: 'import session from "express-session";\nconst cookie = { httpOnly: true };\nexport const middleware = session({ secret: process.env.S, cookie });\n',
      errors: [{ line: 3 }],
      output: 'import session from "express-session";\nconst cookie = { httpOnly: true, secure: true };\nexport const middleware = session({ secret: process.env.S, cookie });\n',
    },
  ],
}, { defaultFile: 'app.js' });
