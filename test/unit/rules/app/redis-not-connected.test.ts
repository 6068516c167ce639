import { APP_KIND } from '../../../../server/src/app/kind';
import { appRedisNotConnected } from '../../../../server/src/rules/app/redis-not-connected';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const redis = (range: string): Record<string, string> => ({ 'package.json': JSON.stringify({ dependencies: { redis: range, 'connect-redis': '^9.0.0' } }) });
const HEAD = "const { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\n";

kindRuleTester(APP_KIND, appRedisNotConnected, {
  valid: [
    { name: 'connected through its variable', files: redis('^4.6.0'), code: `${HEAD}const client = createClient();\nclient.connect().catch(console.error);\n` },
    { name: 'connected in a chain, awaited', file: 'a.mjs', files: redis('^5.0.0'), code: "import { createClient } from 'redis';\nimport { RedisStore } from 'connect-redis';\nconst client = await createClient().on('error', console.error).connect();\n" },
    { name: 'connected in Promise.all', files: redis('^4.6.0'), code: `${HEAD}const pub = createClient();\nasync function start() { await Promise.all([pub.connect()]); }\n` },
    { name: 'node-redis 3 connects on creation', files: redis('^3.1.2'), code: `${HEAD}const client = createClient();\n` },
    { name: 'exported: another file may connect it', files: redis('^4.6.0'), code: `${HEAD}const client = createClient();\nmodule.exports = { client };\n` },
    { name: 'returned from a factory function', files: redis('^4.6.0'), code: `${HEAD}function make() { const c = createClient(); return c; }\n` },
    { name: 'ioredis connects on creation', code: "const Redis = require('ioredis');\nconst { RedisStore } = require('connect-redis');\nconst client = new Redis();\n" },
    { name: 'an unnamed client handed elsewhere: who connects it is unknown', files: redis('^4.6.0'), code: `${HEAD}module.exports = { client: createClient() };\nregister(createClient());\n` },
    { name: 'a file that mentions no session library', code: "const { createClient } = require('redis');\nconst client = createClient();\n" },
  ],
  invalid: [
    {
      name: 'never connected (redis 4 in package.json)',
      files: redis('^4.6.0'),
      code: `${HEAD}const redisClient = createClient({ url: process.env.REDIS_URL });\nmodule.exports = new RedisStore({ client: redisClient });\n`,
      errors: [{ line: 3, column: 21, message: /^`redisClient` is a redis \^4\.6\.0 \(package\.json\) client that this file never connects: .*"ClientClosedError: The client is closed"/ }],
      output: `${HEAD}const redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\nmodule.exports = new RedisStore({ client: redisClient });\n`,
    },
    {
      name: 'version unknown: taken as current; indentation and the missing semicolons kept',
      file: 'a.mjs',
      code: "import { createClient } from 'redis'\nimport { RedisStore } from 'connect-redis'\nexport function store() {\n  const client = createClient()\n  return new RedisStore({ client })\n}\n",
      errors: [{ line: 4, message: /not in package\.json: taken as the current 5\.x/ }],
      output: "import { createClient } from 'redis'\nimport { RedisStore } from 'connect-redis'\nexport function store() {\n  const client = createClient()\n  client.connect().catch(console.error)\n  return new RedisStore({ client })\n}\n",
    },
    {
      name: 'CRLF line ends kept; a TypeScript import-equals require',
      file: 'store.cts',
      files: redis('^4.6.0'),
      code: "import redis = require('redis');\r\nimport connectRedis = require('connect-redis');\r\nconst client = redis.createClient();\r\nexport = new connectRedis.RedisStore({ client });\r\n",
      errors: [{ line: 3, column: 16 }],
      output: "import redis = require('redis');\r\nimport connectRedis = require('connect-redis');\r\nconst client = redis.createClient();\r\nclient.connect().catch(console.error);\r\nexport = new connectRedis.RedisStore({ client });\r\n",
    },
    {
      name: 'a client created inline in the store options: no fix',
      files: redis('^5.0.0'),
      code: `${HEAD}module.exports = new RedisStore({ client: createClient() });\n`,
      errors: [{ line: 3, message: /^This client is a redis/ }],
      output: null,
    },
    {
      name: 'a client connected under another name is still flagged',
      files: redis('^4.6.0'),
      code: `${HEAD}const a = createClient();\nconst b = createClient();\nb.connect();\n`,
      errors: [{ line: 3, message: /^`a` is/ }],
      output: `${HEAD}const a = createClient();\na.connect().catch(console.error);\nconst b = createClient();\nb.connect();\n`,
    },
  ],
}, { defaultFile: 'app.js' });
