import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { fixUntilStable } from '../../../server/src/engine/fixes';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { MANIFEST_KIND } from '../../../server/src/manifest/kind';

/** The ingress controllers' fixtures with every finding they get by default: `line severity rule`. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'ingress-nginx/checkout.yaml': [
    '39 info ingress-nginx/cookie-no-expiry',
    '39 warning ingress-nginx/no-change-on-failure',
    '39 warning ingress-nginx/regex-path-no-cookie-path',
    '41 warning ingress-nginx/cookie-samesite-none-insecure',
    '42 warning ingress-nginx/removed-cookie-hash',
    '43 warning ingress-nginx/affinity-with-hash',
    '43 warning ingress-nginx/hash-by-ip',
  ],
  'ingress-nginx/checkout-hardened.yaml': [],
  'ingress-nginx/reports-hash.yaml': ['7 warning ingress-nginx/spoofable-hash-key'],
  'nginx-ingress/cafe-virtualserver.yaml': [
    '15 warning nginx-ingress/sticky-cookie-no-expiry',
    '15 warning nginx-ingress/sticky-cookie-no-httponly',
    '15 error nginx-ingress/sticky-cookie-samesite-none-insecure',
    '24 warning nginx-ingress/ip-hash',
    '28 warning nginx-ingress/spoofable-hash-key',
  ],
  'nginx-ingress/cafe-ingress.yaml': [
    '7 info nginx-ingress/sticky-cookie-no-expiry',
    '7 warning nginx-ingress/sticky-cookie-no-httponly',
    '7 warning nginx-ingress/sticky-cookie-no-samesite',
    '7 warning nginx-ingress/sticky-cookie-no-secure',
  ],
};

describe('ingress controller fixtures (test/fixtures/manifests)', () => {
  const root = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'manifests');
  const { settings } = normalizeSettings({});
  const lint = async (file: string, text: string) => (await lintKind(MANIFEST_KIND, file, text, settings)).findings;

  for (const [file, expected] of Object.entries(EXPECTED)) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    it(`${file}: ${expected.length} findings`, async () => {
      const findings = await lint(file, text);
      assert.deepStrictEqual(
        findings.map((f) => `${text.slice(0, f.span.start).split('\n').length} ${f.severity} ${f.ruleId}`),
        expected,
      );
    });
    it(`${file}: the preferred fixes leave valid YAML and none of their findings`, async () => {
      const before = await lint(file, text);
      const fixedRules = new Set(before.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => f.ruleId));
      const fixed = await fixUntilStable(text, (t) => lint(file, t));
      assert.deepStrictEqual(parseAllDocuments(fixed.text).flatMap((d) => ('errors' in d ? d.errors.map((e) => e.message) : [])), []);
      assert.deepStrictEqual((await lint(file, fixed.text)).filter((f) => fixedRules.has(f.ruleId)).map((f) => f.message), []);
      // Only lines are added, replaced or removed inside the objects: every comment is still there.
      for (const comment of text.split('\n').filter((l) => l.trim().startsWith('#'))) assert.ok(fixed.text.includes(comment), comment);
    });
  }

  it('every fixture is in the table', () => {
    const files = ['ingress-nginx', 'nginx-ingress'].flatMap((d) => fs.readdirSync(path.join(root, d)).map((f) => `${d}/${f}`));
    assert.deepStrictEqual(files.sort(), Object.keys(EXPECTED).sort());
  });
});
