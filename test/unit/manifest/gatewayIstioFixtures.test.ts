import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { MANIFEST_KIND } from '../../../server/src/manifest/kind';
import { lintKind } from '../../../server/src/kinds/kindLinter';

const root = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'manifests');

/** The Gateway API and Istio fixtures, linted with every manifest rule: the findings of these families, as `line rule severity`. */
const CASES: readonly { file: string; settings?: Record<string, unknown>; findings: readonly string[] }[] = [
  {
    file: 'gateway-api-shop-routes.yaml',
    findings: [
      '27 gateway-api/not-in-version error',
      '41 gateway-api/session-persistence-rejected error',
      '67 gateway-api/session-persistence-rejected error',
      '83 gateway-api/session-cookie-no-timeout info',
    ],
  },
  {
    file: 'gateway-api-shop-routes.yaml',
    settings: { platforms: { 'gateway-api': '1.4' } },
    findings: [
      '41 gateway-api/session-persistence-rejected error',
      '67 gateway-api/session-persistence-rejected error',
      '83 gateway-api/session-cookie-no-timeout info',
    ],
  },
  {
    file: 'istio-destination-rules.yaml',
    findings: [
      '12 istio/hash-with-locality-lb info',
      '13 istio/hash-cookie-no-ttl warning',
      '39 istio/client-controlled-hash-key warning',
      '57 istio/source-ip-hash warning',
      '62 istio/hash-cookie-no-path warning',
      '65 istio/hash-cookie-attributes error',
    ],
  },
  {
    file: 'istio-destination-rules.yaml',
    settings: { platforms: { istio: '1.26' }, traffic: 'internal' },
    findings: [
      '12 istio/hash-with-locality-lb info',
      '13 istio/hash-cookie-no-ttl warning',
      '39 istio/client-controlled-hash-key warning',
      '57 istio/source-ip-hash hint',
      '62 istio/hash-cookie-no-path warning',
      '65 istio/hash-cookie-attributes error',
    ],
  },
];

describe('Gateway API and Istio fixtures (test/fixtures/manifests)', () => {
  for (const c of CASES) {
    it(`${c.file} ${c.settings ? JSON.stringify(c.settings) : 'with the default settings'}`, async () => {
      const text = fs.readFileSync(path.join(root, c.file), 'utf8');
      const result = await lintKind(MANIFEST_KIND, path.join(root, c.file), text, normalizeSettings(c.settings ?? {}).settings);
      assert.deepStrictEqual(result.ruleErrors, []);
      const got = result.findings
        .filter((f) => /^(gateway-api|istio)\//.test(f.ruleId))
        .map((f) => `${result.source.positionAt(f.span.start).line + 1} ${f.ruleId} ${f.severity}`);
      assert.deepStrictEqual(got, c.findings);
    });
  }
});
