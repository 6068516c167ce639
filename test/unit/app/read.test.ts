import * as assert from 'assert';
import { readApp, APP_KIND } from '../../../server/src/app/kind';
import type { AppModel, AppValue } from '../../../server/src/app/model';
import { normalizeSettings } from '../../../server/src/engine/settings';
import type { KindFiles } from '../../../server/src/kinds/fileKind';
import { kindOfLanguage, kindOfName } from '../../../server/src/kinds/registry';
import { SourceText } from '../../../server/src/text/sourceText';

/** Reads `code` as `/project/<file>` with `files` beside it (paths relative to /project). */
async function read(code: string, file = 'app.js', files: Record<string, string> = {}): Promise<AppModel | null> {
  const byPath = new Map(Object.entries(files).map(([rel, text]) => [`/project/${rel}`, text]));
  const kindFiles: KindFiles = { read: (p) => Promise.resolve(byPath.get(p) ?? null) };
  const input = { file: `/project/${file}`, text: code, source: new SourceText(code), settings: normalizeSettings({}).settings, files: kindFiles };
  return (await readApp(input)).model;
}

const textOf = (code: string, s: { start: number; end: number } | null | undefined): string | null => (s ? code.slice(s.start, s.end) : null);

function show(code: string, v: AppValue | null): string {
  if (!v) return 'none';
  switch (v.kind) {
    case 'string':
      return `string ${JSON.stringify(v.value)}`;
    case 'number':
    case 'boolean':
      return `${v.kind} ${String(v.value)}`;
    case 'env':
      return `env ${v.name}`;
    case 'identifier':
      return `identifier ${v.name} -> ${show(code, v.resolved)}`;
    case 'logical':
      return `(${show(code, v.left)} ${v.operator} ${show(code, v.right)})`;
    case 'function':
      return `function returning ${v.returns.map((r) => show(code, r)).join(' | ')}`;
    case 'object':
      return `{${v.properties.map((p) => p.key).join(',')}${v.spread ? ',...' : ''}}`;
    default:
      return `${v.kind} ${textOf(code, v.span)}`;
  }
}

/** What a case checks of a model: one line per session set-up, connect-redis binding, client, trust-proxy setting. */
function summary(code: string, m: AppModel | null): string[] {
  if (!m) return ['no model'];
  return [
    `style ${m.moduleStyle}`,
    ...m.sessions.map(
      (s) =>
        `session ${s.library} at ${JSON.stringify(textOf(code, s.callee))}` +
        ` options ${s.options ? show(code, s.options) + (s.options.via ? ` via ${s.options.via.name}` : '') : 'none'}` +
        ` cookie ${s.cookieForm}${s.cookie ? ' ' + s.cookie.properties.map((p) => `${p.key}=${show(code, p.value)}`).join(';') : ''}` +
        ` store ${s.store.kind}${s.store.module ? ' ' + s.store.module : ''}` +
        (s.appName ? ` app ${s.appName}` : '') +
        (s.assignments.length ? ` assigned ${s.assignments.map((a) => a.path.join('.')).join(',')}` : ''),
    ),
    ...m.connectRedis.map(
      (b) =>
        `connect-redis ${b.form} via ${b.via} as ${b.localName}` +
        (b.factoryCall ? ` factory ${JSON.stringify(textOf(code, b.factoryCall))}` : '') +
        ` new ${b.constructions.length}${b.constructions.map((c) => (c.redisClient ? ` client ${c.redisClient.name}` : '')).join('')}`,
    ),
    ...m.redisClients.map(
      (c) => `client ${c.library} ${c.name ?? '-'}${c.legacyMode ? ` legacyMode ${show(code, c.legacyMode.value)}` : ''}${c.connected ? ' connected' : ''}${c.exported ? ' exported' : ''}`,
    ),
    ...m.apps.map((a) => `app ${a.framework} ${a.name ?? '-'}`),
    ...m.trustProxy.map((t) => `trust ${t.form} ${t.value ? show(code, t.value) : ''}`.trim()),
  ];
}

interface Case {
  readonly name: string;
  readonly code: string;
  readonly file?: string;
  readonly want: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'plain JavaScript that mentions no session library: no model',
    code: "const express = require('express');\nconst app = express();\napp.listen(3000);\n",
    want: ['no model'],
  },
  {
    name: 'a mention in a comment only: no model',
    code: "// we used express-session once\nconst x = 1;\n",
    want: ['no model'],
  },
  {
    name: 'CommonJS express-session, inline options, default store, trust proxy',
    code: [
      "const express = require('express');",
      "const session = require('express-session');",
      'const app = express();',
      "app.set('trust proxy', 1);",
      "app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true, cookie: { secure: true, maxAge: 1000 * 60 * 60 } }));",
    ].join('\n'),
    want: [
      'style commonjs',
      'session express-session at "session" options {secret,resave,saveUninitialized,cookie} cookie object secure=boolean true;maxAge=number 3600000 store default app app',
      'app express app',
      'trust set number 1',
    ],
  },
  {
    name: 'ESM renamed import, options in a const, MemoryStore, later assignment',
    file: 'server.mjs',
    code: [
      "import expressSession, { MemoryStore } from 'express-session';",
      'const sess = { secret: process.env.SECRET || "dev", store: new MemoryStore(), cookie: {} };',
      "if (prod) { sess.cookie.secure = true; }",
      'app.use(expressSession(sess));',
    ].join('\n'),
    want: [
      'style esm',
      'session express-session at "expressSession" options {secret,store,cookie} via sess cookie object  store memory-store express-session app app assigned cookie.secure',
    ],
  },
  {
    name: 'MemoryStore through the default export, secret from the environment with a fallback',
    code: "import session from 'express-session';\napp.use(session({ secret: process.env.S ?? 'keyboard cat', store: new session.MemoryStore() }));\n",
    want: ['style esm', 'session express-session at "session" options {secret,store} cookie absent store memory-store express-session app app'],
  },
  {
    name: 'cookie as a function (express-session 1.19)',
    code: "const session = require('express-session');\napp.use(session({ cookie: (req) => ({ secure: req.secure, sameSite: 'lax' }) }));\n",
    want: ['style commonjs', 'session express-session at "session" options {cookie} cookie function secure=expression req.secure;sameSite=string "lax" store default app app'],
  },
  {
    name: 'NestJS main.ts: namespace import, app from NestFactory',
    file: 'src/main.ts',
    code: [
      "import { NestFactory } from '@nestjs/core';",
      "import * as session from 'express-session';",
      'async function bootstrap() {',
      '  const app = await NestFactory.create(AppModule);',
      "  app.use(session({ secret: 'my-secret', resave: false, saveUninitialized: false }));",
      '  await app.listen(3000);',
      '}',
    ].join('\n'),
    want: ['style esm', 'session express-session at "session" options {secret,resave,saveUninitialized} cookie absent store default app app', 'app nestjs app'],
  },
  {
    name: 'connect-redis v3-v6 factory with a node-redis v4 client in legacy mode',
    code: [
      "const session = require('express-session');",
      "let RedisStore = require('connect-redis')(session);",
      "const { createClient } = require('redis');",
      'let redisClient = createClient({ legacyMode: true });',
      'redisClient.connect().catch(console.error);',
      "app.use(session({ store: new RedisStore({ client: redisClient }), secret: 'keyboard cat' }));",
    ].join('\n'),
    want: [
      'style commonjs',
      'session express-session at "session" options {store,secret} cookie absent store connect-redis connect-redis app app',
      `connect-redis factory via require as RedisStore factory "require('connect-redis')(session)" new 1 client redisClient`,
      'client redis redisClient legacyMode boolean true connected',
    ],
  },
  {
    name: 'connect-redis factory through an import, v7 .default, v8 named, a plain require',
    file: 'stores.ts',
    code: [
      "import connectRedis from 'connect-redis';",
      "import session from 'express-session';",
      'const A = connectRedis(session);',
      "const B = require('connect-redis').default;",
      "const { RedisStore: C } = require('connect-redis');",
      "const D = require('connect-redis');",
      'export const stores = [new A({}), new B({}), new C({}), new D({})];',
    ].join('\n'),
    want: [
      'style mixed',
      'connect-redis factory via import as A factory "connectRedis(session)" new 1',
      'connect-redis require-default via require as B new 1',
      'connect-redis named via require as C new 1',
      'connect-redis require-plain via require as D new 1',
    ],
  },
  {
    name: 'v7 default import with an ioredis client and a node-redis client connected through await',
    file: 'redis.ts',
    code: [
      "import RedisStore from 'connect-redis';",
      "import Redis from 'ioredis';",
      "import { createClient } from 'redis';",
      'const io = new Redis();',
      'const nr = await createClient({ url }).connect();',
      'export const store = new RedisStore({ client: io });',
      'export const other = new RedisStore({ client: nr });',
    ].join('\n'),
    want: ['style esm', 'connect-redis import-default via import as RedisStore new 2 client io client nr', 'client ioredis io', 'client redis nr connected'],
  },
  {
    name: 'a node-redis client never connected, another exported',
    code: "const redis = require('redis');\nconst RedisStore = require('connect-redis').default;\nconst c = redis.createClient();\nconst d = redis.createClient();\nmodule.exports = { d };\nnew RedisStore({ client: c });\n",
    want: ['style commonjs', 'connect-redis require-default via require as RedisStore new 1 client c', 'client redis c', 'client redis d exported'],
  },
  {
    name: '@fastify/session registered, Fastify trustProxy',
    file: 'app.ts',
    code: "import Fastify from 'fastify';\nimport fastifySession from '@fastify/session';\nconst app = Fastify({ trustProxy: true });\napp.register(fastifySession, { secret: 'a'.repeat(32), cookie: { secure: 'auto' } });\n",
    want: [
      'style esm',
      `session @fastify/session at "app.register" options {secret,cookie} cookie object secure=string "auto" store default app app`,
      'app fastify app',
      'trust fastify-option boolean true',
    ],
  },
  {
    name: 'koa-session with options before the app, app.proxy',
    code: "const Koa = require('koa');\nconst session = require('koa-session');\nconst app = new Koa();\napp.proxy = true;\nconst CONFIG = { key: 'koa.sess', maxAge: 86400000 };\napp.use(session(CONFIG, app));\n",
    want: ['style commonjs', 'session koa-session at "session" options {key,maxAge} via CONFIG cookie absent store default app app', 'app koa app', 'trust koa-proxy boolean true'],
  },
  {
    name: 'memorystore and a store from a local module',
    code: "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nconst shared = require('./store');\napp.use(session({ store: new MemoryStore({ checkPeriod: 86400000 }) }));\napp.use(session({ store: shared }));\n",
    want: ['style commonjs', 'session express-session at "session" options {store} cookie absent store memorystore memorystore app app', 'session express-session at "session" options {store} cookie absent store unknown ./store app app'],
  },
  {
    name: 'a parameter hides a same-named const of another function',
    code: "const session = require('express-session');\nfunction a() { const opts = { store: undefined }; return opts; }\nfunction b(opts) { return session(opts); }\n",
    want: ['style commonjs', 'session express-session at "session" options none cookie absent store unknown'],
  },
  {
    name: 'TSX file with JSX beside the set-up',
    file: 'server.tsx',
    code: "import session from 'express-session';\nconst page = <div>hi</div>;\napp.use(session({ secret: `${process.env.S}` }));\n",
    want: ['style esm', 'session express-session at "session" options {secret} cookie absent store default app app'],
  },
];

describe('app kind: reading JS/TS session code', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const model = await read(c.code, c.file);
      assert.deepStrictEqual(summary(c.code, model), c.want);
    });
  }

  it('claims JS/TS names, not declaration files or other text', () => {
    const names = ['a.js', 'a.mjs', 'a.cjs', 'a.ts', 'a.mts', 'a.cts', 'a.jsx', 'a.tsx', 'a.d.ts', 'a.json', 'a.yaml'];
    assert.deepStrictEqual(
      names.filter((n) => APP_KIND.claimsName(n)),
      ['a.js', 'a.mjs', 'a.cjs', 'a.ts', 'a.mts', 'a.cts', 'a.jsx', 'a.tsx'],
    );
  });

  it('is the kind the registry gives JS/TS names and editor languages', () => {
    assert.deepStrictEqual(['server.ts', 'app.mjs', 'page.jsx', 'k8s.yaml'].map((n) => kindOfName(n)?.id ?? null), ['app', 'app', 'app', 'manifest']);
    assert.deepStrictEqual(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'json'].map((l) => kindOfLanguage(l)?.id ?? null), ['app', 'app', 'app', 'app', null]);
  });

  it('keeps exact spans: the secret value and the cookie key', async () => {
    const code = "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', cookie: { secure: true } }));\n";
    const m = await read(code);
    const options = m!.sessions[0].options!;
    assert.strictEqual(textOf(code, options.properties[0].value.span), "'keyboard cat'");
    assert.strictEqual(textOf(code, m!.sessions[0].cookie!.properties[0].keySpan), 'secure');
    assert.strictEqual(textOf(code, m!.sessions[0].statement), 'app.use(session({ secret: \'keyboard cat\', cookie: { secure: true } }));');
  });
});

describe('app kind: versions from package.json and lockfiles', () => {
  const code = "const session = require('express-session');\nconst RedisStore = require('connect-redis').default;\napp.use(session({ store: new RedisStore({ client }) }));\n";
  const pkg = JSON.stringify({ type: 'module', dependencies: { 'connect-redis': '^7.1.0', 'express-session': '~1.18.0', redis: 'latest' } });
  const cases: { name: string; file: string; files: Record<string, string>; want: string[] }[] = [
    { name: 'no package.json', file: 'app.js', files: {}, want: [] },
    {
      name: 'package.json ranges only',
      file: 'app.js',
      files: { 'package.json': pkg },
      want: ['connect-redis ^7.1.0 - 7 package.json', 'express-session ~1.18.0 - 1 package.json', 'redis latest - ? package.json'],
    },
    {
      name: 'npm lockfile v3 above a workspace package.json',
      file: 'packages/api/src/app.js',
      files: {
        'packages/api/package.json': pkg,
        'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/connect-redis': { version: '7.1.1' }, 'packages/api/node_modules/redis': { version: '4.7.0' }, 'node_modules/redis': { version: '5.1.0' } } }),
      },
      want: ['connect-redis ^7.1.0 7.1.1 7 package-lock.json', 'express-session ~1.18.0 - 1 package.json', 'redis latest 4.7.0 4 package-lock.json'],
    },
    {
      name: 'npm lockfile v1',
      file: 'app.js',
      files: { 'package.json': pkg, 'package-lock.json': JSON.stringify({ lockfileVersion: 1, dependencies: { redis: { version: '3.1.2' } } }) },
      want: ['connect-redis ^7.1.0 - 7 package.json', 'express-session ~1.18.0 - 1 package.json', 'redis latest 3.1.2 3 package-lock.json'],
    },
    {
      name: 'yarn classic',
      file: 'app.js',
      files: {
        'package.json': pkg,
        'yarn.lock': '# yarn lockfile v1\n\n\n"connect-redis@^6.0.0":\n  version "6.1.3"\n\nconnect-redis@^7.1.0:\n  version "7.1.1"\n  resolved "https://registry.yarnpkg.com/x"\n\nredis@latest:\n  version "4.6.8"\n',
      },
      want: ['connect-redis ^7.1.0 7.1.1 7 yarn.lock', 'express-session ~1.18.0 - 1 package.json', 'redis latest 4.6.8 4 yarn.lock'],
    },
    {
      name: 'yarn berry',
      file: 'app.js',
      files: { 'package.json': pkg, 'yarn.lock': '__metadata:\n  version: 8\n\n"connect-redis@npm:^7.1.0":\n  version: 7.0.0\n  resolution: "connect-redis@npm:7.0.0"\n' },
      want: ['connect-redis ^7.1.0 7.0.0 7 yarn.lock', 'express-session ~1.18.0 - 1 package.json', 'redis latest - ? package.json'],
    },
    {
      name: 'pnpm v9 importers',
      file: 'app.js',
      files: {
        'package.json': pkg,
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      connect-redis:\n        specifier: ^7.1.0\n        version: 7.1.1(express-session@1.18.1)\n      redis:\n        specifier: latest\n        version: 5.8.2\n",
      },
      want: ['connect-redis ^7.1.0 7.1.1 7 pnpm-lock.yaml', 'express-session ~1.18.0 - 1 package.json', 'redis latest 5.8.2 5 pnpm-lock.yaml'],
    },
    {
      name: 'pnpm v5 top-level dependencies',
      file: 'app.js',
      files: { 'package.json': pkg, 'pnpm-lock.yaml': 'lockfileVersion: 5.4\ndependencies:\n  redis: 4.6.5\n' },
      want: ['connect-redis ^7.1.0 - 7 package.json', 'express-session ~1.18.0 - 1 package.json', 'redis latest 4.6.5 4 pnpm-lock.yaml'],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const m = await read(code, c.file, c.files);
      const lines = [...m!.versions.packages.values()]
        .map((p) => `${p.name} ${p.range ?? '-'} ${p.installed ?? '-'} ${p.major ?? '?'} ${p.from}`)
        .sort();
      assert.deepStrictEqual(lines, c.want);
    });
  }

  it('reads package.json type', async () => {
    const m = await read(code, 'app.js', { 'package.json': pkg });
    assert.strictEqual(m!.versions.moduleType, 'module');
  });
});
