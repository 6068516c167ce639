import { APP_KIND } from '../../../../server/src/app/kind';
import { appCookieNoMaxAge } from '../../../../server/src/rules/app/cookie-no-max-age';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\nconst app = require('express')();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appCookieNoMaxAge, {
  valid: [
    { name: 'maxAge as arithmetic', code: use('{ secret: process.env.S, cookie: { maxAge: 8 * 60 * 60 * 1000 } }') },
    { name: 'expires', code: use('{ secret: process.env.S, cookie: { expires: new Date(Date.now() + 3600000) } }') },
    { name: 'maxAge from the environment', code: use('{ secret: process.env.S, cookie: { maxAge: Number(process.env.SESSION_MS) } }') },
    { name: 'maxAge set by an assignment', code: `${HEAD}const o = { secret: process.env.S, cookie: {} };\no.cookie.maxAge = 60000;\napp.use(session(o));\n` },
    { name: 'a cookie object that spreads another', code: use('{ secret: process.env.S, cookie: { ...base } }') },
  ],
  invalid: [
    {
      name: 'no maxAge: offered, not applied (a lifetime is the app’s choice)',
      code: use('{ secret: process.env.S, cookie: { secure: true } }'),
      errors: [{ line: 4, column: 42, severity: 'info', message: /^The session cookie has no `maxAge` \(nor `expires`\): .* Set `cookie\.maxAge` in milliseconds\.$/ }],
      output: null,
      suggestions: [{ title: /8 hours/, output: use('{ secret: process.env.S, cookie: { secure: true, maxAge: 8 * 60 * 60 * 1000 } }') }],
    },
    {
      name: 'maxAge: null, with a connect-redis store: its default day named',
      code: use('{ store: new RedisStore({ client }), secret: process.env.S, cookie: { maxAge: null } }'),
      errors: [{ line: 4, message: /`maxAge: null`.*connect-redis keeps it for its default ttl, one day/ }],
      output: null,
      suggestions: [{ title: /8 hours/, output: use('{ store: new RedisStore({ client }), secret: process.env.S, cookie: { maxAge: 8 * 60 * 60 * 1000 } }') }],
    },
    {
      name: 'no cookie option',
      code: use('{ secret: process.env.S }'),
      errors: [{ line: 4, column: 9, message: /no `cookie` option/ }],
      output: null,
    },
  ],
}, { defaultFile: 'app.js' });
