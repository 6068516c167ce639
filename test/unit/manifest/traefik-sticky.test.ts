import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, combinedFixes, fixUntilStable } from '../../../server/src/engine/fixes';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { MANIFEST_KIND, readManifest } from '../../../server/src/manifest/kind';
import { readToml } from '../../../server/src/manifest/read/toml';
import { readYaml } from '../../../server/src/manifest/read/yaml';
import { traefikAffinity } from '../../../server/src/manifest/traefik/sticky';
import { TRAEFIK_RULES } from '../../../server/src/rules/traefik';
import { COMPLETE_COOKIE as COMBINED_TITLE } from '../../../server/src/rules/traefik/cookieRule';
import { SourceText } from '../../../server/src/text/sourceText';

/** test/fixtures/manifests/traefik, whether this runs compiled from out/ or from the sources. */
function fixtureDir(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'fixtures', 'manifests', 'traefik');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('no test/fixtures/manifests/traefik above ' + __dirname);
}

const DIR = fixtureDir();
const read = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
const line = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function modelOf(name: string, text = read(name)) {
  const model = readManifest({ file: `/project/${name}`, text, source: new SourceText(text), settings: normalizeSettings({}).settings, files: { read: () => Promise.resolve(null) } }).model;
  assert.ok(model, `${name} holds nothing the manifest kind reads`);
  return model;
}

/** What the one reader finds in each fixture: the cookies (owner, form, line of the cookie, options), bare stickies, misplaced annotations, hrw. */
const EXTRACTED: readonly { file: string; cookies: string[]; bare: string[]; misplaced: string[]; hrw: string[] }[] = [
  {
    file: 'shop-k8s.yaml',
    cookies: ['yaml IngressRoute shop @48: name httpOnly', 'yaml TraefikService shop-canary @66: name secure httpOnly sameSite maxAge', 'yaml TraefikService shop-canary @71: name secure httpOnly sameSite maxAge'],
    bare: [],
    misplaced: [],
    hrw: [],
  },
  {
    file: 'docker-compose.yml',
    cookies: ['label service chat (compose service chat) @26: name httpOnly domain', 'label service admin (compose service admin) @35: secure sameSite'],
    bare: ['label service metrics (compose service metrics) @45'],
    misplaced: [],
    hrw: ['label compose service metrics @46'],
  },
  {
    file: 'dynamic.yml',
    cookies: ['yaml service app @21: name sameSite httpOnly'],
    bare: ['yaml service legacy @35'],
    misplaced: [],
    hrw: ['yaml service api @28'],
  },
  {
    file: 'dynamic.toml',
    cookies: ['toml service canary @15: name secure httpOnly sameSite', 'toml service stable @22: name httpOnly maxAge'],
    bare: [],
    misplaced: [],
    hrw: [],
  },
  {
    file: 'workbench.yaml',
    cookies: ['annotation Service workbench @6: name maxAge'],
    bare: [],
    misplaced: ['Ingress workbench @24'],
    hrw: [],
  },
];

/** The findings of every traefik rule on each fixture, by line (the no-version default: Traefik 3.7 unless the file names an image). */
const FINDINGS: Readonly<Record<string, readonly string[]>> = {
  'shop-k8s.yaml': ['48 traefik/sticky-cookie-no-max-age', '48 traefik/sticky-cookie-no-samesite', '48 traefik/sticky-cookie-no-secure'],
  'docker-compose.yml': [
    '26 traefik/sticky-cookie-no-max-age',
    '26 traefik/sticky-cookie-no-samesite',
    '26 traefik/sticky-cookie-no-secure',
    '28 traefik/sticky-cookie-unsupported-option',
    '35 traefik/sticky-cookie-no-httponly',
    '35 traefik/sticky-cookie-no-max-age',
    '45 traefik/sticky-without-cookie',
    '46 traefik/hrw-strategy',
  ],
  'dynamic.yml': ['21 traefik/sticky-cookie-no-max-age', '23 traefik/sticky-cookie-samesite-none-insecure', '28 traefik/hrw-strategy', '35 traefik/sticky-without-cookie'],
  'dynamic.toml': ['15 traefik/sticky-cookie-no-max-age', '22 traefik/sticky-cookie-no-samesite', '22 traefik/sticky-cookie-no-secure'],
  'workbench.yaml': ['6 traefik/sticky-cookie-no-httponly', '6 traefik/sticky-cookie-no-samesite', '6 traefik/sticky-cookie-no-secure', '24 traefik/sticky-annotation-on-ingress'],
};

async function lint(name: string, text: string) {
  const result = await lintKind(MANIFEST_KIND, `/project/${name}`, text, normalizeSettings({}).settings, undefined, TRAEFIK_RULES);
  assert.deepStrictEqual(result.ruleErrors, []);
  return result.findings;
}

describe('Traefik sticky settings read once for every form (manifest/traefik/sticky.ts)', () => {
  for (const c of EXTRACTED) {
    it(`${c.file}: cookies, bare stickies, misplaced annotations and hrw with their lines`, () => {
      const text = read(c.file);
      const found = traefikAffinity(modelOf(c.file, text));
      assert.deepStrictEqual(
        found.cookies.map((k) => `${k.form} ${k.owner} @${line(text, k.span.start)}: ${k.options.map((o) => o.name ?? `?${o.written}`).join(' ')}`),
        c.cookies,
      );
      assert.deepStrictEqual(found.bare.map((b) => `${b.form} ${b.owner} @${line(text, b.span.start)}`), c.bare);
      assert.deepStrictEqual(found.misplaced.map((m) => `${m.ingress} @${line(text, m.keySpan.start)}`), c.misplaced);
      assert.deepStrictEqual(found.hrw.map((h) => `${h.form} ${h.owner} @${line(text, h.span.start)}`), c.hrw);
    });
  }

  it('option spans cover the value as written (a label value inside its quotes, a YAML scalar with its quotes)', () => {
    const compose = read('docker-compose.yml');
    const chat = traefikAffinity(modelOf('docker-compose.yml', compose)).cookies[0];
    const domain = chat.option('domain')!;
    assert.strictEqual(compose.slice(domain.valueSpan.start, domain.valueSpan.end), 'chat.localhost');
    assert.strictEqual(compose.slice(domain.keySpan.start, domain.keySpan.end), 'traefik.http.services.chat.loadBalancer.sticky.cookie.domain');
    const dynamic = read('dynamic.yml');
    const app = traefikAffinity(modelOf('dynamic.yml', dynamic)).cookies[0];
    const sameSite = app.option('sameSite')!;
    assert.strictEqual(dynamic.slice(sameSite.valueSpan.start, sameSite.valueSpan.end), '"none"');
    assert.strictEqual(sameSite.value, 'none');
  });
});

describe('traefik rules on the fixtures', () => {
  for (const [file, want] of Object.entries(FINDINGS)) {
    it(`${file}: every finding, and fix-all keeps the file whole`, async () => {
      const text = read(file);
      const findings = await lint(file, text);
      assert.deepStrictEqual(findings.map((f) => `${line(text, f.span.start)} ${f.ruleId}`).sort(), [...want].sort());

      const fixed = await fixUntilStable(text, (t) => lint(file, t));
      // What is left has no preferred fix: the findings that need a person (hrw, a misplaced annotation, an option to remove or not).
      const after = await lint(file, fixed.text);
      assert.deepStrictEqual(after.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => f.message), []);
      // The file stays whole: it reads without errors, with the same documents, and every comment is kept.
      const reader = file.endsWith('.toml') ? readToml : readYaml;
      const before = reader(text);
      const reread = reader(fixed.text);
      assert.deepStrictEqual(reread.errors, []);
      assert.strictEqual(reread.documents.length, before.documents.length);
      assert.deepStrictEqual(reread.comments.map((c) => c.text), before.comments.map((c) => c.text));
      // Only lines were added or values changed: every original line that was not a changed option is still there.
      const kept = text.split('\n').filter((l) => !fixed.text.split('\n').includes(l));
      assert.ok(kept.every((l) => /sticky|secure|cookie/.test(l)), `lines lost: ${JSON.stringify(kept)}`);
    });
  }

  it('docker-compose.yml after fix-all: options added after the cookie labels, in their quoting and camel case', async () => {
    const text = read('docker-compose.yml');
    const fixed = await fixUntilStable(text, (t) => lint('docker-compose.yml', t));
    assert.ok(fixed.text.includes('      - "traefik.http.services.chat.loadBalancer.sticky.cookie.domain=chat.localhost"\n      - "traefik.http.services.chat.loadBalancer.sticky.cookie.'), fixed.text);
    for (const option of ['secure=true', 'sameSite=lax', 'maxAge=3600']) assert.ok(fixed.text.includes(`"traefik.http.services.chat.loadBalancer.sticky.cookie.${option}"`), option);
    assert.ok(fixed.text.includes('      traefik.http.services.admin.loadbalancer.sticky.cookie.httponly: true\n'));
    assert.ok(fixed.text.includes('        - traefik.http.services.metrics.loadbalancer.sticky.cookie=true\n'));
  });

  it('dynamic.toml after fix-all: keys in the cookie table, options in the inline table, no maxAge while the release is assumed', async () => {
    const fixed = await fixUntilStable(read('dynamic.toml'), (t) => lint('dynamic.toml', t));
    // No release known: maxAge (which Traefik 2 refuses) is not added unread.
    assert.ok(fixed.text.includes('      sameSite = "lax"\n\n'), fixed.text);
    assert.ok(fixed.text.includes('sticky = { cookie = { name = "web_stable", httpOnly = true, maxAge = 1800, '), fixed.text);
  });

  const COMBINED: readonly { name: string; file: string; code: string; output: string | null }[] = [
    {
      name: 'list labels: one new item per option, after the cookie label',
      file: 'compose.yml',
      code: 'services:\n  a:\n    image: a\n    labels:\n      - "traefik.http.services.a.loadbalancer.sticky.cookie=true"\n',
      output: 'services:\n  a:\n    image: a\n    labels:\n      - "traefik.http.services.a.loadbalancer.sticky.cookie=true"\n      - "traefik.http.services.a.loadbalancer.sticky.cookie.httponly=true"\n      - "traefik.http.services.a.loadbalancer.sticky.cookie.maxage=3600"\n      - "traefik.http.services.a.loadbalancer.sticky.cookie.samesite=lax"\n      - "traefik.http.services.a.loadbalancer.sticky.cookie.secure=true"\n',
    },
    {
      name: 'a TOML inline table: each option after the last',
      file: 'dynamic.toml',
      code: '[http.services.a.loadBalancer]\n  sticky = { cookie = { name = "x" } }\n',
      output: '[http.services.a.loadBalancer]\n  sticky = { cookie = { name = "x", httpOnly = true, maxAge = 3600, sameSite = "lax", secure = true } }\n',
    },
    { name: 'an empty flow map takes the options one at a time (no comma between joined first pairs)', file: 'dynamic.yml', code: 'http:\n  services:\n    a:\n      loadBalancer:\n        sticky:\n          cookie: {}\n', output: null },
  ];
  for (const c of COMBINED) {
    it(`"${COMBINED_TITLE}" on Traefik 3.4: ${c.name}`, async () => {
      const findings = (await lintKind(MANIFEST_KIND, `/project/${c.file}`, c.code, normalizeSettings({ platforms: { traefik: '3.4' } }).settings, undefined, TRAEFIK_RULES)).findings;
      const combined = combinedFixes(findings);
      assert.deepStrictEqual(combined.length === 0 ? null : applyEdits(c.code, combined[0].fix.edits), c.output);
    });
  }
});
