// Hover on session options (the default for the installed version, the trap, the README) and
// completion of option keys and values inside session({...}) and cookie: {...}, also half typed.
import * as assert from 'assert';
import { APP_KIND } from '../../../server/src/app/kind';
import { OPTION_FACTS } from '../../../server/src/app/knowledge/sessionOptions';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { SourceText } from '../../../server/src/text/sourceText';

function inputOf(marked: string, file: string, versions: Record<string, string>): { input: Parameters<NonNullable<typeof APP_KIND.hover>>[1]; offset: number } {
  const offset = marked.indexOf('‸');
  assert.ok(offset >= 0, 'the case marks the cursor with ‸');
  const text = marked.replace('‸', '');
  const pkg = JSON.stringify({ dependencies: versions });
  const files = { read: (f: string) => Promise.resolve(f === '/project/package.json' ? pkg : null) };
  return { input: { file: `/project/${file}`, text, source: new SourceText(text), settings: normalizeSettings({}).settings, files }, offset };
}

async function hoverOf(marked: string, versions: Record<string, string>, file = 'app.js'): Promise<{ markdown: string; on: string } | null> {
  const { input, offset } = inputOf(marked, file, versions);
  const { model } = await APP_KIND.read(input);
  assert.ok(model, 'the case text is a session set-up');
  const hover = APP_KIND.hover?.(model, input, offset) ?? null;
  return hover && { markdown: hover.markdown, on: input.text.slice(hover.span.start, hover.span.end) };
}

async function completionOf(marked: string, versions: Record<string, string>, withModel: boolean, file = 'app.js'): Promise<{ label: string; insertText: string; replaced: string }[]> {
  const { input, offset } = inputOf(marked, file, versions);
  const model = withModel ? (await APP_KIND.read(input)).model : null;
  return ((await APP_KIND.completion?.(model, input, offset)) ?? []).map((c) => ({
    label: c.label,
    insertText: c.insertText ?? c.label,
    replaced: c.span ? input.text.slice(c.span.start, c.span.end) : '',
  }));
}

const ES = "const session = require('express-session');\nconst app = require('express')();\n";

describe('app kind: hover on session options', () => {
  const cases: { name: string; text: string; versions: Record<string, string>; file?: string; on: string | null; has: string[]; lacks?: string[] }[] = [
    {
      name: 'express-session secret: required, the trap and the rule, the README',
      text: `${ES}app.use(session({ se‸cret: 'keyboard cat' }));`,
      versions: { 'express-session': '1.18.1' },
      on: 'secret',
      has: ['**express-session** `secret` (installed: express-session 1.18.1)', '- Default: none (required)', '(`app/session-secret`)', '[express-session README](https://github.com/expressjs/session#secret)'],
    },
    {
      name: "cookie.secure: 'auto' since 1.12.0, the trust proxy trap",
      text: `${ES}app.use(session({ secret: process.env.S, cookie: { sec‸ure: true } }));`,
      versions: { 'express-session': '1.19.0' },
      on: 'secure',
      has: ['`cookie.secure`', "- Default: `false` (not set)", "without `app.set('trust proxy', 1)` or `proxy: true` sends no cookie", '(`app/secure-cookie-no-trust-proxy`)', 'https://github.com/expressjs/session#cookiesecure'],
    },
    {
      name: "cookie.sameSite on 1.18: 'auto' is not in the installed version",
      text: `${ES}app.use(session({ secret: process.env.S, cookie: { ‸sameSite: 'lax' } }));`,
      versions: { 'express-session': '~1.18.0' },
      on: 'sameSite',
      has: ["- `'auto'`: not in express-session ~1.18.0 (since 1.19.0)", '- Default: `false` (no attribute)'],
    },
    {
      name: "cookie.sameSite without a version: every version's gate",
      text: `${ES}app.use(session({ secret: process.env.S, cookie: { sameSite‸: 'lax' } }));`,
      versions: {},
      on: 'sameSite',
      has: ["- `'auto'`: since 1.19.0"],
      lacks: ['installed:'],
    },
    {
      name: 'cookie.partitioned on 1.17: ignored by that version',
      text: `${ES}app.use(session({ secret: process.env.S, cookie: { partitioned‸: true } }));`,
      versions: { 'express-session': '1.17.3' },
      on: 'partitioned',
      has: ['**Not in express-session 1.17.3**: added in 1.18.0; this version ignores it.'],
    },
    {
      name: 'cookie as a function on 1.18 (the gate)',
      text: `${ES}app.use(session({ secret: process.env.S, coo‸kie: { maxAge: 1000 } }));`,
      versions: { 'express-session': '1.18.2' },
      on: 'cookie',
      has: ['- a function of `req`: not in express-session 1.18.2 (since 1.19.0)'],
    },
    {
      name: 'an options const of the same file',
      text: `${ES}const opts = { secret: process.env.S, resa‸ve: false };\napp.use(session(opts));`,
      versions: { 'express-session': '1.19.0' },
      on: 'resave',
      has: ['- Default: `true` (leaving it unset is deprecated', '(`app/session-save-unset`)'],
    },
    {
      name: '@fastify/session cookie.secure: true by default',
      text: "import Fastify from 'fastify';\nimport fastifySession from '@fastify/session';\nconst app = Fastify();\napp.register(fastifySession, { secret: process.env.S, cookie: { secu‸re: 'auto' } });",
      versions: { '@fastify/session': '11.1.3' },
      file: 'app.mjs',
      on: 'secure',
      has: ['**@fastify/session** `cookie.secure`', '- Default: `true`', 'https://github.com/fastify/session#cookie'],
    },
    {
      name: 'a value, not a key: nothing',
      text: `${ES}app.use(session({ secret: process.env.S, name: 'si‸d' }));`,
      versions: {},
      on: null,
      has: [],
    },
    {
      name: 'an unknown key: nothing',
      text: `${ES}app.use(session({ secret: process.env.S, sto‸rage: 1 }));`,
      versions: {},
      on: null,
      has: [],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const hover = await hoverOf(c.text, c.versions, c.file);
      assert.strictEqual(hover?.on ?? null, c.on);
      for (const s of c.has) assert.ok(hover?.markdown.includes(s), `hover has ${JSON.stringify(s)}:\n${hover?.markdown}`);
      for (const s of c.lacks ?? []) assert.ok(!hover?.markdown.includes(s), `hover lacks ${JSON.stringify(s)}`);
    });
  }

  it('every fact links to its README and names a default or says it is required', () => {
    const bad = OPTION_FACTS.filter((f) => !/^https:\/\/github\.com\/(expressjs|fastify|koajs)\/session#/.test(f.link) || f.summary === '').map((f) => `${f.library} ${f.path}`);
    assert.deepStrictEqual(bad, []);
  });
});

const ES_KEYS = ['secret', 'store', 'resave', 'saveUninitialized', 'name', 'proxy', 'rolling', 'genid', 'unset', 'cookie'];
const COOKIE_KEYS = ['secure', 'httpOnly', 'sameSite', 'maxAge', 'expires', 'domain', 'path', 'partitioned', 'priority'];

describe('app kind: completion of session options', () => {
  const cases: { name: string; text: string; withModel: boolean; file?: string; versions?: Record<string, string>; labels: string[]; check?: { label: string; insertText: string; replaced: string } }[] = [
    { name: 'an empty options object', text: `${ES}app.use(session({ ‸ }));`, withModel: true, labels: ES_KEYS },
    {
      name: 'keys already written are left out, the word typed is replaced',
      text: `${ES}app.use(session({\n  secret: process.env.S,\n  res‸\n  cookie: {},\n}));`,
      withModel: true,
      labels: ES_KEYS.filter((k) => k !== 'secret' && k !== 'cookie'),
      check: { label: 'resave', insertText: 'resave: ', replaced: 'res' },
    },
    {
      name: 'half typed, no model: the text before the cursor decides',
      text: `${ES}app.use(session({\n  secret: process.env.S,\n  name: 'sid',\n  ‸`,
      withModel: false,
      labels: ES_KEYS.filter((k) => k !== 'secret' && k !== 'name'),
    },
    {
      name: 'inside cookie: {...}, half typed',
      text: `${ES}app.use(session({\n  cookie: { secure: true, ‸`,
      withModel: false,
      labels: COOKIE_KEYS.filter((k) => k !== 'secure'),
    },
    {
      name: 'a renamed import and a quoted key',
      text: "import expressSession from 'express-session';\napp.use(expressSession({ 'secret': 'x', ‸ }));",
      withModel: false,
      file: 'app.mjs',
      labels: ES_KEYS.filter((k) => k !== 'secret'),
    },
    {
      name: 'a nested object of another option is not the cookie',
      text: `${ES}app.use(session({ store: new RedisStore({ ‸ }) }));`,
      withModel: false,
      labels: [],
    },
    {
      name: 'sameSite values',
      text: `${ES}app.use(session({ cookie: { sameSite: ‸ } }));`,
      withModel: false,
      labels: ["'lax'", "'strict'", "'none'", 'true', 'false'],
    },
    {
      name: 'secure values, a quote typed',
      text: `${ES}app.use(session({ cookie: { httpOnly: true, secure: 'a‸ } }));`,
      withModel: false,
      labels: ['true', "'auto'"],
      check: { label: "'auto'", insertText: "'auto'", replaced: "'a" },
    },
    {
      name: "secure values on express-session 1.11: no 'auto' (since 1.12.0)",
      text: `${ES}app.use(session({ cookie: { secure: ‸ } }));`,
      withModel: false,
      versions: { 'express-session': '1.11.3' },
      labels: ['true'],
    },
    {
      name: '@fastify/session options',
      text: "const fastifySession = require('@fastify/session');\nfastify.register(fastifySession, { secret: process.env.S, ‸ });",
      withModel: false,
      labels: ['cookieName', 'store', 'saveUninitialized', 'rolling', 'cookie'],
    },
    {
      name: 'koa-session options',
      text: "const session = require('koa-session');\napp.use(session({ key: 'sid', ‸ }, app));",
      withModel: false,
      labels: ['maxAge', 'httpOnly', 'signed', 'secure', 'sameSite', 'rolling', 'renew', 'store'],
    },
    { name: 'outside any session call', text: `${ES}const o = { ‸ };`, withModel: false, labels: [] },
    { name: 'in a comment inside the options: nothing', text: `${ES}app.use(session({ /* ‸ */ }));`, withModel: false, labels: [] },
    { name: 'in a line comment: nothing', text: `${ES}app.use(session({ // ‸\n }));`, withModel: false, labels: [] },
    { name: 'in a string value of another option: nothing', text: `${ES}app.use(session({ name: 's‸' }));`, withModel: false, labels: [] },
    { name: 'after a closed comment: the keys', text: `${ES}app.use(session({ /* c */ ‸ }));`, withModel: false, labels: ES_KEYS },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const items = await completionOf(c.text, c.versions ?? {}, c.withModel, c.file);
      assert.deepStrictEqual(items.map((i) => i.label), c.labels);
      if (c.check) assert.deepStrictEqual(items.find((i) => i.label === c.check?.label), c.check);
    });
  }
});
