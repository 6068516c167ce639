import { APP_KIND } from '../../../../server/src/app/kind';
import { appInProcessStore } from '../../../../server/src/rules/app/in-process-store';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'shop', dependencies: deps });

kindRuleTester(APP_KIND, appInProcessStore, {
  valid: [
    {
      name: 'connect-redis store',
      code: "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\napp.use(session({ store: new RedisStore({ client }), secret: s }));\n",
    },
    { name: 'connect-mongo store', code: "const session = require('express-session');\nconst MongoStore = require('connect-mongo');\napp.use(session({ store: MongoStore.create({ mongoUrl }), secret: s }));\n" },
    { name: 'a store from a local module is not judged', code: "const session = require('express-session');\nconst store = require('./store');\napp.use(session({ store, secret: s }));\n" },
    { name: 'a store chosen at run time is not judged', code: "const session = require('express-session');\napp.use(session({ store: redis ? makeRedisStore() : undefined, secret: s }));\n" },
    { name: 'options from a parameter are not judged', code: "const session = require('express-session');\nmodule.exports = (opts) => session(opts);\n" },
    { name: 'spread options may bring a store', code: "const session = require('express-session');\napp.use(session({ ...base, secret: s }));\n" },
    { name: 'a store assigned to the options later', code: "const session = require('express-session');\nconst sess = { secret: s };\nif (redis) sess.store = redisStore;\napp.use(session(sess));\n" },
    { name: 'koa-session keeps sessions in the cookie by default', code: "const session = require('koa-session');\napp.use(session({ key: 'k' }, app));\n" },
    { name: '@fastify/session with a store', code: "import fastifySession from '@fastify/session';\napp.register(fastifySession, { secret, store: new RedisStore({ client }) });\n", file: 'app.ts' },
    { name: 'plain JavaScript', code: "const express = require('express');\nexpress().listen(3000);\n" },
  ],
  invalid: [
    {
      name: 'express-session without a store (CommonJS), no connect-redis installed yet',
      code: "const session = require('express-session');\n\napp.use(session({\n  secret: process.env.SECRET,\n  resave: false,\n}));\n",
      errors: [{ line: 3, column: 9, endColumn: 16, message: /^express-session without a `store` keeps sessions in its MemoryStore/ }],
      output: null,
      suggestions: [
        {
          title: /^Keep sessions in Redis \(connect-redis 8 or later, not yet in package.json, node-redis not yet in package.json\)$/,
          output:
            "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\napp.use(session({\n  secret: process.env.SECRET,\n  resave: false,\n  store: new RedisStore({ client: redisClient }),\n}));\n",
        },
      ],
    },
    {
      name: 'ESM TypeScript with connect-redis 7 and redis 4 in package-lock.json',
      file: 'src/app.ts',
      files: {
        'package.json': pkg({ 'connect-redis': '^7.0.0', redis: '^4.0.0' }),
        'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/connect-redis': { version: '7.1.1' }, 'node_modules/redis': { version: '4.7.0' } } }),
      },
      code: "import session from 'express-session';\nconst options = { secret: s, resave: false };\napp.use(session(options));\n",
      errors: [{ line: 3, message: /MemoryStore/ }],
      output: null,
      suggestions: [
        {
          title: /connect-redis 7, node-redis 4/,
          output:
            "import session from 'express-session';\nimport RedisStore from 'connect-redis';\nimport { createClient } from 'redis';\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\nconst options = { secret: s, resave: false, store: new RedisStore({ client: redisClient }) };\napp.use(session(options));\n",
        },
      ],
    },
    {
      name: 'new session.MemoryStore(), connect-redis 6 with redis 4: factory and legacyMode, no semicolons',
      files: { 'package.json': pkg({ 'connect-redis': '^6.1.3', redis: '^4.6.0' }) },
      code: "const session = require('express-session')\napp.use(session({ store: new session.MemoryStore(), secret: s }))\n",
      errors: [{ line: 2, column: 26, endColumn: 51, message: /^`MemoryStore` is express-session's in-memory store/ }],
      output: null,
      suggestions: [
        {
          title: /connect-redis 6, node-redis 4/,
          output:
            "const session = require('express-session')\nconst RedisStore = require('connect-redis')(session)\nconst { createClient } = require('redis')\nconst redisClient = createClient({ legacyMode: true, url: process.env.REDIS_URL })\nredisClient.connect().catch(console.error)\napp.use(session({ store: new RedisStore({ client: redisClient }), secret: s }))\n",
        },
      ],
    },
    {
      name: 'memorystore, with a connected node-redis client already in the file',
      files: { 'package.json': pkg({ 'connect-redis': '^9.0.0', redis: '^5.0.0' }) },
      code: "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nconst { createClient } = require('redis');\nconst client = createClient();\nclient.connect();\napp.use(session({ store: new MemoryStore({ checkPeriod: 86400000 }), secret: s }));\n",
      errors: [{ line: 6, message: /^memorystore keeps sessions in this process's memory/ }],
      output: null,
      suggestions: [
        {
          title: /connect-redis 9, node-redis 5/,
          output:
            "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\nconst MemoryStore = require('memorystore')(session);\nconst { createClient } = require('redis');\nconst client = createClient();\nclient.connect();\napp.use(session({ store: new RedisStore({ client: client }), secret: s }));\n",
        },
      ],
    },
    {
      name: 'NestJS main.ts (namespace import), several set-ups',
      file: 'src/main.ts',
      code: "import * as session from 'express-session';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(session({ secret: 'my-secret', resave: false, saveUninitialized: false }));\n}\n",
      errors: [{ line: 4, column: 11, message: /MemoryStore/ }],
      output: null,
      suggestions: [
        {
          title: /Keep sessions in Redis/,
          output:
            "import * as session from 'express-session';\nimport { RedisStore } from 'connect-redis';\nimport { createClient } from 'redis';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  const redisClient = createClient({ url: process.env.REDIS_URL });\n  redisClient.connect().catch(console.error);\n  app.use(session({ secret: 'my-secret', resave: false, saveUninitialized: false, store: new RedisStore({ client: redisClient }) }));\n}\n",
        },
      ],
    },
    {
      name: '@fastify/session without a store',
      file: 'app.ts',
      code: "import fastifySession from '@fastify/session';\napp.register(fastifySession, { secret: s });\n",
      errors: [{ line: 2, column: 1, endColumn: 13, message: /^@fastify\/session without a `store` keeps sessions in an in-memory Map/ }],
      output: null,
    },
    {
      name: "@fastify/session's own MemoryStore given explicitly",
      file: 'app.cjs',
      code: "const fastifySession = require('@fastify/session');\napp.register(fastifySession, { secret: s, store: new fastifySession.MemoryStore() });\n",
      errors: [{ line: 2, column: 50, message: /^@fastify\/session's own `Store` \(also exported as `MemoryStore`\) keeps sessions in a Map/ }],
      output: null,
      suggestions: [
        {
          title: /Keep sessions in Redis/,
          output:
            "const fastifySession = require('@fastify/session');\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\napp.register(fastifySession, { secret: s, store: new RedisStore({ client: redisClient }) });\n",
        },
      ],
    },
    {
      name: 'connect-redis 11 cannot be required from CommonJS: no fix',
      files: { 'package.json': pkg({ 'connect-redis': '11.0.0' }) },
      code: "const session = require('express-session');\napp.use(session({ secret: s }));\n",
      errors: [{ line: 2, message: /MemoryStore/ }],
      output: null,
    },
    {
      name: 'silenced with an ignore comment on one of two set-ups',
      code: "const session = require('express-session');\n// affinity-lint ignore=app/in-process-store\napp.use(session({ secret: a }));\napp.use(session({ secret: b }));\n",
      errors: [{ line: 4, message: /MemoryStore/ }],
      output: null,
    },
  ],
}, { defaultFile: 'app.js' });
