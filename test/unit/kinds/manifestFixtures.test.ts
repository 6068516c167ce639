import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixUntilStable } from '../../../server/src/engine/fixes';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { MANIFEST_KIND } from '../../../server/src/manifest/kind';

const root = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'manifests');

/**
 * Realistic manifests written for these tests (test/fixtures/manifests): what each rule family
 * finds there, line by line, and what the preferred fixes leave (the file still reads, with every
 * object, and the fixed findings gone).
 */
const CASES: readonly { file: string; findings: readonly string[]; afterFix: readonly string[] }[] = [
  {
    file: 'k8s-shop.yaml',
    findings: [
      '11 error k8s/annotation-not-string',
      '17 error k8s/client-ip-affinity',
      '33 error k8s/session-affinity-rejected',
      '54 error k8s/annotation-not-string',
      '70 warning k8s/client-ip-affinity',
      '73 error k8s/session-affinity-rejected',
    ],
    // Quoting the annotations and removing the config kept with None are preferred; the rest needs a decision.
    afterFix: ['17 error k8s/client-ip-affinity', '67 warning k8s/client-ip-affinity', '70 error k8s/session-affinity-rejected'],
  },
  {
    file: 'aws-lbc-portal.yaml',
    findings: [
      '11 warning aws-lbc/stickiness-instance-target',
      '11 error aws-lbc/reserved-app-cookie-name',
      '11 error aws-lbc/stickiness-duration-out-of-range',
      '48 warning aws-lbc/source-ip-stickiness',
      '48 error aws-lbc/unknown-target-group-attribute',
    ],
    afterFix: [
      '11 warning aws-lbc/stickiness-instance-target',
      '11 error aws-lbc/reserved-app-cookie-name',
      '11 error aws-lbc/stickiness-duration-out-of-range',
      '48 warning aws-lbc/source-ip-stickiness',
      '48 error aws-lbc/unknown-target-group-attribute',
    ],
  },
];

describe('manifest fixtures (test/fixtures/manifests): k8s and aws-lbc rules', () => {
  const { settings } = normalizeSettings({});
  for (const c of CASES) {
    it(c.file, async () => {
      const text = fs.readFileSync(path.join(root, c.file), 'utf8');
      const lint = async (t: string) => (await lintKind(MANIFEST_KIND, path.join(root, c.file), t, settings)).findings;
      const line = (t: string, offset: number): number => t.slice(0, offset).split('\n').length;
      const show = (t: string, list: Awaited<ReturnType<typeof lint>>): string[] => list.map((f) => `${line(t, f.span.start)} ${f.severity} ${f.ruleId}`);
      const findings = await lint(text);
      assert.deepStrictEqual(show(text, findings), c.findings);
      const fixed = await fixUntilStable(text, lint);
      const after = await lintKind(MANIFEST_KIND, path.join(root, c.file), fixed.text, settings);
      assert.deepStrictEqual(show(fixed.text, after.findings), c.afterFix);
      assert.strictEqual(after.model?.objects.length, (await lintKind(MANIFEST_KIND, c.file, text, settings)).model?.objects.length);
      assert.deepStrictEqual(after.model?.syntaxErrors, []);
    });
  }
});
