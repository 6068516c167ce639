import { APP_KIND } from '../../../../server/src/app/kind';
import { appConnectRedisApi } from '../../../../server/src/rules/app/connect-redis-api';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const versions = (connectRedis: string, redis = '^4.6.0', extra: Record<string, string> = {}): Record<string, string> => ({
  'package.json': JSON.stringify({ dependencies: { 'express-session': '^1.18.0', 'connect-redis': connectRedis, redis, ...extra } }),
});

/** The guide's example: the connect-redis 3-6 factory with a node-redis 4 client. */
const GUIDE = [
  "const session = require('express-session');",
  "const RedisStore = require('connect-redis')(session);",
  "const { createClient } = require('redis');",
  "const redisClient = createClient({ url: 'redis://redis:6379' });",
  'redisClient.connect().catch(console.error);',
  "app.use(session({ store: new RedisStore({ client: redisClient }), secret: s }));",
  '',
].join('\n');

kindRuleTester(APP_KIND, appConnectRedisApi, {
  valid: [
    { name: 'factory on 6 with a legacy-mode node-redis 4 client', files: versions('^6.1.3'), code: GUIDE.replace("{ url: 'redis://redis:6379' }", "{ legacyMode: true, url: 'redis://redis:6379' }") },
    { name: 'factory on 5 with node-redis 3', files: versions('^5.2.0', '^3.1.2'), code: GUIDE },
    { name: '.default on 7', files: versions('7.1.1'), code: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis').default") },
    { name: 'default import on 7', file: 'app.mjs', files: versions('^7.0.0'), code: "import RedisStore from 'connect-redis';\nexport const store = new RedisStore({ client });\n" },
    { name: 'named require on 8 with ioredis', files: versions('^8.0.1', '^4.6.0', { ioredis: '^5.4.0' }), code: "const { RedisStore } = require('connect-redis');\nconst Redis = require('ioredis');\nconst client = new Redis();\nmodule.exports = new RedisStore({ client });\n" },
    { name: 'named import on 11', file: 'app.mjs', files: versions('^11.0.0', '^5.0.0'), code: "import { RedisStore } from 'connect-redis';\nexport const store = new RedisStore({ client });\n" },
    { name: 'node-redis 5 on connect-redis 9', files: versions('^9.0.0', '^5.0.0'), code: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis')").replace('const RedisStore =', 'const { RedisStore } =') },
    { name: 'named require on 10', files: versions('10.0.0', '5.12.1'), code: "const { RedisStore } = require('connect-redis');\nmodule.exports = new RedisStore({ client });\n" },
    { name: 'no version known: the form is not judged', code: GUIDE },
    { name: 'the namespace of a plain require (cr.RedisStore) is not the class', files: versions('^9.0.0'), code: "const cr = require('connect-redis');\nmodule.exports = new cr.RedisStore({ client });\n" },
  ],
  invalid: [
    {
      name: "the guide's factory on connect-redis 7",
      files: versions('^7.1.1'),
      code: GUIDE,
      errors: [{ line: 2, column: 20, endColumn: 53, message: /^The connect-redis 3-6 factory call does not fit connect-redis \^7\.1\.1 \(package\.json\): the module is an object there, not a function, so the call throws "require\(\.\.\.\) is not a function"\. Write `const RedisStore = require\('connect-redis'\)\.default`\.$/ }],
      output: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis').default"),
    },
    {
      name: "the guide's factory on connect-redis 9 (from the lockfile)",
      files: {
        ...versions('^9.0.0', '^5.0.0'),
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      connect-redis:\n        specifier: ^9.0.0\n        version: 9.0.0(express-session@1.18.1)\n",
      },
      code: GUIDE,
      errors: [{ line: 2, message: /connect-redis 9\.0\.0 \(pnpm-lock\.yaml\): the module is an object there, not a function/ }],
      output: GUIDE.replace("const RedisStore = require('connect-redis')(session);", "const { RedisStore } = require('connect-redis');"),
    },
    {
      name: 'an imported factory on 8: import and call become one named import',
      file: 'app.ts',
      files: versions('^8.0.0'),
      code: "import session from 'express-session';\nimport connectRedis from 'connect-redis';\nconst RedisStore = connectRedis(session);\nexport const store = new RedisStore({ client });\n",
      errors: [{ line: 3, column: 20, message: /^The connect-redis 3-6 factory call does not fit connect-redis \^8\.0\.0/ }],
      output: "import session from 'express-session';\nimport { RedisStore } from 'connect-redis';\nexport const store = new RedisStore({ client });\n",
    },
    {
      name: 'an imported factory on 7 calls the class without new',
      file: 'app.mjs',
      files: versions('^7.1.1'),
      code: "import session from 'express-session';\nimport connectRedis from 'connect-redis';\nconst RedisStore = connectRedis(session);\nexport const store = new RedisStore({ client });\n",
      errors: [{ line: 3, message: /Class constructor RedisStore cannot be invoked without 'new'/ }],
      output: "import session from 'express-session';\nimport RedisStore from 'connect-redis';\nexport const store = new RedisStore({ client });\n",
    },
    {
      name: 'the module itself used as the class on 6',
      files: versions('^6.1.3', '^3.1.2'),
      code: "const session = require('express-session');\nconst RedisStore = require('connect-redis');\napp.use(session({ store: new RedisStore({ client }) }));\n",
      errors: [{ line: 2, message: /`new` on the 3-6 factory throws "Class extends value undefined is not a constructor or null"/ }],
      output: "const session = require('express-session');\nconst RedisStore = require('connect-redis')(session);\napp.use(session({ store: new RedisStore({ client }) }));\n",
    },
    {
      name: '.default on 8 (tj/connect-redis#418)',
      files: versions('8.0.1'),
      code: "const RedisStore = require(\"connect-redis\").default;\nmodule.exports = new RedisStore({ client });\n",
      errors: [{ line: 1, column: 1, message: /^`require\('connect-redis'\)\.default` \(the connect-redis 7 form\) does not fit connect-redis 8\.0\.1 \(package\.json\): `\.default` is undefined there, so `new RedisStore\(\.\.\.\)` throws "RedisStore is not a constructor"/ }],
      output: "const { RedisStore } = require(\"connect-redis\");\nmodule.exports = new RedisStore({ client });\n",
    },
    {
      name: 'a renamed default import on 9 keeps its name',
      file: 'store.ts',
      files: versions('^9.0.0', '^5.0.0'),
      code: "import Store from 'connect-redis'\nexport default new Store({ client })\n",
      errors: [{ line: 1, message: /^A default import of connect-redis \(the connect-redis 7 form\) does not fit connect-redis \^9\.0\.0 \(package\.json\): there is no default export since connect-redis 8/ }],
      output: "import { RedisStore as Store } from 'connect-redis'\nexport default new Store({ client })\n",
    },
    {
      name: 'a named import on 7',
      file: 'store.mjs',
      files: versions('~7.1.0'),
      code: "import { RedisStore } from 'connect-redis';\nexport default new RedisStore({ client });\n",
      errors: [{ line: 1, message: /there is no `RedisStore` export, so `new RedisStore\(\.\.\.\)` throws "RedisStore is not a constructor"/ }],
      output: "import RedisStore from 'connect-redis';\nexport default new RedisStore({ client });\n",
    },
    {
      name: 'a named require on 6 becomes the factory of the session in use',
      files: versions('^6.0.0', '^3.1.2'),
      code: "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\napp.use(session({ store: new RedisStore({ client }) }));\n",
      errors: [{ line: 2, message: /The named export `\{ RedisStore \}` \(the connect-redis 8\+ form\) does not fit connect-redis \^6\.0\.0 \(package\.json\): there is no `RedisStore` export/ }],
      output: "const session = require('express-session');\nconst RedisStore = require('connect-redis')(session);\napp.use(session({ store: new RedisStore({ client }) }));\n",
    },
    {
      name: 'a require on 11 (ESM only): no rewrite can keep require',
      files: versions('^11.0.0', '^5.0.0'),
      code: "const { RedisStore } = require('connect-redis');\nmodule.exports = new RedisStore({ client });\n",
      errors: [{ line: 1, message: /ERR_PACKAGE_PATH_NOT_EXPORTED: connect-redis 11 is ESM only\. Write `import \{ RedisStore \} from 'connect-redis'` \(an ES module\) or keep connect-redis 10\.$/ }],
      output: null,
    },
    {
      name: 'the module itself used as the class, version unknown: the fix is offered, not applied',
      code: "const RedisStore = require('connect-redis');\nmodule.exports = new RedisStore({ client });\n",
      errors: [{ line: 1, message: /used as the class itself does not fit connect-redis \(not in package\.json; every version\)/ }],
      output: null,
      suggestions: [{ title: /connect-redis 8 to 10/, output: "const { RedisStore } = require('connect-redis');\nmodule.exports = new RedisStore({ client });\n" }],
    },
    {
      name: 'node-redis 4 without legacyMode on connect-redis 6',
      files: versions('^6.1.3'),
      code: GUIDE,
      errors: [{ line: 4, column: 21, message: /has only in legacy mode: without `legacyMode: true` session reads never call back/ }],
      output: null,
      suggestions: [{ title: /Add `legacyMode: true`/, output: GUIDE.replace("{ url: 'redis://redis:6379' }", "{ url: 'redis://redis:6379', legacyMode: true }") }],
    },
    {
      name: 'node-redis 4 created without options on connect-redis 6',
      files: versions('^6.1.3'),
      code: GUIDE.replace("createClient({ url: 'redis://redis:6379' })", 'createClient()'),
      errors: [{ line: 4, message: /legacy mode/ }],
      output: null,
      suggestions: [{ title: /Create the client with/, output: GUIDE.replace("createClient({ url: 'redis://redis:6379' })", 'createClient({ legacyMode: true })') }],
    },
    {
      name: 'legacyMode on connect-redis 7',
      files: versions('^7.1.1'),
      code: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis').default").replace("{ url: 'redis://redis:6379' }", "{\n  url: 'redis://redis:6379',\n  legacyMode: true,\n}"),
      errors: [{ line: 6, column: 3, endColumn: 19, message: /^`legacyMode: true` gives node-redis's old callback API/ }],
      output: null,
      suggestions: [{ title: /Remove `legacyMode: true`/, output: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis').default").replace("{ url: 'redis://redis:6379' }", "{\n  url: 'redis://redis:6379',\n}") }],
    },
    {
      name: 'node-redis 4 on connect-redis 9: sessions without a TTL (a warning)',
      files: versions('^9.0.0', '^4.7.0'),
      code: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis')").replace('const RedisStore =', 'const { RedisStore } ='),
      errors: [{ line: 4, column: 21, severity: 'warning', message: /an option redis \^4\.7\.0 \(package\.json\) ignores: sessions are written without a TTL and never expire in Redis/ }],
      output: null,
    },
    {
      name: 'node-redis 3 on connect-redis 7',
      files: versions('^7.1.1', '^3.1.2'),
      code: GUIDE.replace("require('connect-redis')(session)", "require('connect-redis').default"),
      errors: [{ line: 4, message: /has only the callback API/ }],
      output: null,
    },
    {
      name: 'legacyMode on its own CRLF line on connect-redis 8: removed with its line',
      file: 'app.mjs',
      files: versions('^8.0.1'),
      code: "import { RedisStore } from 'connect-redis';\r\nimport { createClient } from 'redis';\r\nconst client = createClient({\r\n  legacyMode: true,\r\n  url,\r\n});\r\nawait client.connect();\r\nexport const store = new RedisStore({ client });\r\n",
      errors: [{ line: 4, column: 3, message: /legacyMode/ }],
      output: null,
      suggestions: [{ title: /Remove/, output: "import { RedisStore } from 'connect-redis';\r\nimport { createClient } from 'redis';\r\nconst client = createClient({\r\n  url,\r\n});\r\nawait client.connect();\r\nexport const store = new RedisStore({ client });\r\n" }],
    },
    {
      name: 'ioredis on connect-redis 9',
      file: 'store.ts',
      files: versions('^9.0.0', '^5.0.0', { ioredis: '^5.4.1' }),
      code: "import { RedisStore } from 'connect-redis';\nimport Redis from 'ioredis';\nconst client = new Redis(process.env.REDIS_URL);\nexport const store = new RedisStore({ client });\n",
      errors: [{ line: 3, column: 16, message: /dropped ioredis support/ }],
      output: null,
    },
  ],
}, { defaultFile: 'app.js' });
