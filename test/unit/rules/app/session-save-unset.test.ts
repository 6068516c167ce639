import { APP_KIND } from '../../../../server/src/app/kind';
import { appSessionSaveUnset } from '../../../../server/src/rules/app/session-save-unset';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\nconst app = require('express')();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appSessionSaveUnset, {
  valid: [
    { name: 'both set', code: use('{ secret: process.env.S, resave: false, saveUninitialized: false }') },
    { name: 'both set to true', code: use('{ secret: process.env.S, resave: true, saveUninitialized: true }') },
    { name: 'options spreading another object', code: use('{ ...base, secret: process.env.S }') },
    { name: 'set by assignments', code: `${HEAD}const o = { secret: process.env.S };\no.resave = false;\no.saveUninitialized = false;\napp.use(session(o));\n` },
  ],
  invalid: [
    {
      name: 'neither, with connect-redis (implements touch): false for both is applied',
      code: `${HEAD}app.use(session({\n  store: new RedisStore({ client }),\n  secret: process.env.S,\n}));\n`,
      errors: [{ line: 4, column: 9, severity: 'info', message: /^No `resave` and `saveUninitialized`: express-session warns at start that both defaults are deprecated.*as connect-redis does\.$/ }],
      output: `${HEAD}app.use(session({\n  store: new RedisStore({ client }),\n  secret: process.env.S,\n  resave: false,\n  saveUninitialized: false,\n}));\n`,
      suggestions: [{ title: /today's behaviour/, output: `${HEAD}app.use(session({\n  store: new RedisStore({ client }),\n  secret: process.env.S,\n  resave: true,\n  saveUninitialized: true,\n}));\n` }],
    },
    {
      name: 'only saveUninitialized missing, default store: offered, not applied',
      code: use('{ secret: process.env.S, resave: false }'),
      errors: [{ line: 4, message: /^No `saveUninitialized`: .*this default is deprecated, and uses true: it stores a session, and sets a cookie, for every visitor\./ }],
      output: null,
      suggestions: [{ title: /saveUninitialized: false/, output: use('{ secret: process.env.S, resave: false, saveUninitialized: false }') }],
    },
  ],
}, { defaultFile: 'app.js' });
