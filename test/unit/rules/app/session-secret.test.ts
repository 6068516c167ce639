import { APP_KIND } from '../../../../server/src/app/kind';
import { appSessionSecret } from '../../../../server/src/rules/app/session-secret';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const session = require('express-session');\nconst app = require('express')();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;
const FAIL_FAST = "process.env.SESSION_SECRET ?? (() => { throw new Error('SESSION_SECRET is not set'); })()";

kindRuleTester(APP_KIND, appSessionSecret, {
  valid: [
    { name: 'from the environment', code: use('{ secret: process.env.SESSION_SECRET }') },
    { name: 'from the environment, failing fast (the fix’s form)', code: use(`{ secret: ${FAIL_FAST} }`) },
    { name: 'an array of secrets from the environment (rotation)', code: use("{ secret: [process.env.SECRET_NEW, process.env.SECRET_OLD] }") },
    { name: 'from a function of the config module', code: use("{ secret: config.get('session.secret') }") },
    { name: 'a template with substitutions', code: use('{ secret: `${process.env.PREFIX}${process.env.SECRET}` }') },
  ],
  invalid: [
    {
      name: "the README's 'keyboard cat': the fix reads the environment, offered only",
      code: use("{ secret: 'keyboard cat', resave: false }"),
      errors: [{ line: 3, column: 27, message: /^`secret` is 'keyboard cat', a sample secret published in documentation: anyone who can read the code can sign session cookies/ }],
      output: null,
      suggestions: [{ title: /SESSION_SECRET and stop at start/, output: use(`{ secret: ${FAIL_FAST}, resave: false }`) }],
    },
    {
      name: 'a short literal: its length, never its text',
      code: use('{ secret: "hunter2" }'),
      errors: [{ line: 3, message: /^`secret` is a literal of 7 characters \(express-session signs with HMAC-SHA256 and asks for at least 32 bytes of entropy\)/ }],
      output: null,
      suggestions: [{ title: /SESSION_SECRET/, output: use(`{ secret: ${FAIL_FAST.replace(/'/g, '"')} }`) }],
    },
    {
      name: 'a long literal is still a literal',
      code: use("{ secret: 'b7c1e0d9a4f24c6e8d3b5a7f9e1c2d4b6a8f0e2d' }"),
      errors: [{ line: 3, message: /^`secret` is a literal in the source/ }],
      output: null,
    },
    {
      name: 'a literal fallback of process.env: the variable it names is kept',
      code: use("{ secret: process.env.APP_SECRET || 'my-secret' }"),
      errors: [{ line: 3, column: 53, message: /^When APP_SECRET is unset, `secret` falls back to 'my-secret'/ }],
      output: null,
      suggestions: [{ title: /APP_SECRET/, output: use("{ secret: process.env.APP_SECRET ?? (() => { throw new Error('APP_SECRET is not set'); })() }") }],
    },
    {
      name: 'a const of the same file: the literal in the declaration is the one to change',
      code: `${HEAD}const SECRET = 'change-me-to-a-strong-secret';\napp.use(session({ secret: SECRET }));\n`,
      errors: [{ line: 3, column: 16 }],
      output: null,
      suggestions: [{ title: /SESSION_SECRET/, output: `${HEAD}const SECRET = ${FAIL_FAST};\napp.use(session({ secret: SECRET }));\n` }],
    },
    {
      name: 'literals in an array of secrets: flagged, no fix (rotation needs both)',
      code: use("{ secret: ['s3Cur3', process.env.OLD_SECRET] }"),
      errors: [{ line: 3, message: /'s3Cur3'/ }],
      output: null,
    },
  ],
}, { defaultFile: 'app.js' });
