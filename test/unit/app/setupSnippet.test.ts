// The express-session-redis completion for each connect-redis major, module style and Redis client:
// the exact forms it writes, and that what it writes lints clean with our own app rules for the
// versions it targets (nothing above a hint).
import * as assert from 'assert';
import { APP_KIND } from '../../../server/src/app/kind';
import { normalizeSettings } from '../../../server/src/engine/settings';
import type { KindCompletion } from '../../../server/src/kinds/fileKind';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { SourceText } from '../../../server/src/text/sourceText';

function filesOf(files: Record<string, string>): { read(f: string): Promise<string | null> } {
  const byPath = new Map(Object.entries(files).map(([rel, text]) => [`/project/${rel}`, text]));
  return { read: (f: string) => Promise.resolve(byPath.get(f) ?? null) };
}

function pkg(deps: Record<string, string>, type?: string): string {
  return JSON.stringify({ name: 'shop', ...(type ? { type } : {}), dependencies: { express: '5.1.0', 'express-session': '1.19.0', ...deps } });
}

/** The items at `‸` in `/project/<file>`. */
async function completions(marked: string, file: string, files: Record<string, string>): Promise<{ items: readonly KindCompletion[]; text: string; offset: number }> {
  const offset = marked.indexOf('‸');
  const text = marked.replace('‸', '');
  const input = { file: `/project/${file}`, text, source: new SourceText(text), settings: normalizeSettings({}).settings, files: filesOf(files) };
  const read = await APP_KIND.read(input);
  return { items: (await APP_KIND.completion?.(read.model, input, offset)) ?? [], text, offset };
}

/** The text once the item is applied. */
function apply(text: string, offset: number, item: KindCompletion): string {
  const span = item.span ?? { start: offset, end: offset };
  return text.slice(0, span.start) + (item.insertText ?? item.label) + text.slice(span.end);
}

const CJS_HEAD = "const express = require('express');\nconst app = express();\n\n";
const ESM_HEAD = "import express from 'express';\nconst app = express();\n\n";

interface Case {
  readonly name: string;
  readonly file: string;
  readonly deps: Record<string, string>;
  readonly type?: string;
  /** The lines the set-up starts with, up to the client's creation (the part versions change). */
  readonly head: readonly string[];
  readonly detail: string;
}

const CASES: Case[] = [
  {
    name: 'connect-redis 6, node-redis 4, CommonJS: the factory and legacyMode',
    file: 'app.js',
    deps: { 'connect-redis': '6.1.3', redis: '4.7.0' },
    head: ["const session = require('express-session');", "const RedisStore = require('connect-redis')(session);", "const { createClient } = require('redis');", '', "const redisClient = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', legacyMode: true });"],
    detail: 'CommonJS, connect-redis 6.1.3, redis 4.7.0 (legacyMode)',
  },
  {
    name: 'connect-redis 6, node-redis 4, ESM (.mjs): the factory through a default import',
    file: 'app.mjs',
    deps: { 'connect-redis': '6.1.3', redis: '4.7.0' },
    head: ["import session from 'express-session';", "import connectRedis from 'connect-redis';", 'const RedisStore = connectRedis(session);', "import { createClient } from 'redis';", '', "const redisClient = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', legacyMode: true });"],
    detail: 'ESM, connect-redis 6.1.3, redis 4.7.0 (legacyMode)',
  },
  {
    name: 'connect-redis 7, CommonJS: .default',
    file: 'app.js',
    deps: { 'connect-redis': '^7.1.1', redis: '^4.6.0' },
    head: ["const session = require('express-session');", "const RedisStore = require('connect-redis').default;", "const { createClient } = require('redis');", '', "const redisClient = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });"],
    detail: 'CommonJS, connect-redis ^7.1.1, redis ^4.6.0',
  },
  {
    name: 'connect-redis 7, ESM by package.json type: the default import',
    file: 'server.js',
    type: 'module',
    deps: { 'connect-redis': '7.1.1', redis: '4.7.0' },
    head: ["import session from 'express-session';", "import RedisStore from 'connect-redis';", "import { createClient } from 'redis';", ''],
    detail: 'ESM, connect-redis 7.1.1, redis 4.7.0',
  },
  {
    name: 'connect-redis 8 with ioredis only, CommonJS: named, new Redis()',
    file: 'app.cjs',
    deps: { 'connect-redis': '8.1.0', ioredis: '5.4.1' },
    head: ["const session = require('express-session');", "const { RedisStore } = require('connect-redis');", "const Redis = require('ioredis');", '', "const redisClient = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');"],
    detail: 'CommonJS, connect-redis 8.1.0, ioredis 5.4.1',
  },
  {
    name: 'connect-redis 9 with ioredis only: node-redis (9 takes no ioredis)',
    file: 'app.js',
    deps: { 'connect-redis': '9.0.0', ioredis: '5.4.1', redis: '5.8.0' },
    head: ["const session = require('express-session');", "const { RedisStore } = require('connect-redis');", "const { createClient } = require('redis');", ''],
    detail: 'CommonJS, connect-redis 9.0.0, redis 5.8.0',
  },
  {
    name: 'connect-redis 10, TypeScript: named import',
    file: 'main.ts',
    deps: { 'connect-redis': '10.0.0', redis: '5.8.0' },
    head: ["import session from 'express-session';", "import { RedisStore } from 'connect-redis';", "import { createClient } from 'redis';", ''],
    detail: 'ESM, connect-redis 10.0.0, redis 5.8.0',
  },
  {
    name: 'connect-redis 11, ESM: named import',
    file: 'app.mjs',
    deps: { 'connect-redis': '11.0.0', redis: '5.8.0' },
    head: ["import session from 'express-session';", "import { RedisStore } from 'connect-redis';", "import { createClient } from 'redis';", ''],
    detail: 'ESM, connect-redis 11.0.0, redis 5.8.0',
  },
  {
    name: 'connect-redis not installed, CommonJS: the current form (named)',
    file: 'app.js',
    deps: {},
    head: ["const session = require('express-session');", "const { RedisStore } = require('connect-redis');", "const { createClient } = require('redis');", ''],
    detail: 'CommonJS, connect-redis 8-10 (not installed: the current form), redis',
  },
];

describe('app kind: the express-session-redis set-up for the installed versions', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const esm = /\.m[jt]s$|\.ts$/.test(c.file) || c.type === 'module';
      const files = { 'package.json': pkg(c.deps, c.type) };
      const { items, text, offset } = await completions(`${esm ? ESM_HEAD : CJS_HEAD}‸`, c.file, files);
      assert.deepStrictEqual(items.map((i) => [i.label, i.detail]), [['express-session-redis', c.detail]]);
      const written = apply(text, offset, items[0]);
      const setup = written.slice((esm ? ESM_HEAD : CJS_HEAD).length).split('\n');
      assert.deepStrictEqual(setup.slice(0, c.head.length), c.head);
      const result = await lintKind(APP_KIND, `/project/${c.file}`, written, normalizeSettings({}).settings, filesOf(files));
      assert.deepStrictEqual(result.ruleErrors, []);
      assert.deepStrictEqual(result.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }

  it('connect-redis 11 in a CommonJS file: says it is ESM only and writes no require', async () => {
    const { items } = await completions(`${CJS_HEAD}‸`, 'app.js', { 'package.json': pkg({ 'connect-redis': '11.0.0', redis: '5.8.0' }) });
    assert.deepStrictEqual(
      items.map((i) => [i.label, i.detail, i.insertText]),
      [
        [
          'express-session-redis',
          'connect-redis 11.0.0 is ESM only: require(\'connect-redis\') fails (ERR_PACKAGE_PATH_NOT_EXPORTED). Use an .mjs file or "type": "module", or connect-redis 10.',
          '// connect-redis 11.0.0 is ESM only: require(\'connect-redis\') fails (ERR_PACKAGE_PATH_NOT_EXPORTED). Use an .mjs file or "type": "module", or connect-redis 10.\n',
        ],
      ],
    );
  });

  it('keeps the modules the file already imports and its name for express-session, and indents every line', async () => {
    const head = "const express = require('express');\nconst expressSession = require('express-session');\nconst app = express();\nfunction start() {\n  ";
    const { items, text, offset } = await completions(`${head}‸\n}\n`, 'app.js', { 'package.json': pkg({ 'connect-redis': '10.0.0', redis: '5.8.0' }) });
    const lines = apply(text, offset, items[0]).split('\n');
    assert.deepStrictEqual(lines.slice(4, 7), ["  const { RedisStore } = require('connect-redis');", "  const { createClient } = require('redis');", '']);
    assert.ok(lines.includes('    expressSession({'), 'the session call uses the file\'s name');
  });
});

describe('app kind: when the express-session-redis item is offered', () => {
  const withSession = { 'package.json': pkg({ 'connect-redis': '10.0.0' }) };
  const without = { 'package.json': JSON.stringify({ dependencies: { express: '5.1.0' } }) };
  const cases: [string, string, Record<string, string>, string[]][] = [
    ['a statement start, express-session in package.json', `${CJS_HEAD}‸`, withSession, ['express-session-redis']],
    ['typing the prefix, no package.json', `${CJS_HEAD}exp‸`, {}, ['express-session-redis']],
    ['typing the prefix, package.json without express-session', `${CJS_HEAD}express-se‸`, without, ['express-session-redis']],
    ['an empty statement start, package.json without express-session', `${CJS_HEAD}‸`, without, []],
    ['another word at a statement start', `${CJS_HEAD}cons‸`, withSession, []],
    ['inside a call', `${CJS_HEAD}app.get(‸`, withSession, []],
    ['inside an object literal', `${CJS_HEAD}const o = {\n  ‸`, withSession, []],
    ['inside a string', `${CJS_HEAD}const s = 'exp‸`, withSession, []],
    ['inside a function body', `${CJS_HEAD}function start() {\n  exp‸`, withSession, ['express-session-redis']],
    ['after an expression on the same line', `${CJS_HEAD}app.listen(3000); exp‸`, withSession, ['express-session-redis']],
  ];
  for (const [name, marked, files, want] of cases) {
    it(name, async () => assert.deepStrictEqual((await completions(marked, 'app.js', files)).items.map((i) => i.label), want));
  }
});
