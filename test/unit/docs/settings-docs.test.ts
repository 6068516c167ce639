import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The README's settings table is the settings documentation: it must list what the manifest contributes, no more. */
describe('settings documentation', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const properties: Record<string, { default?: unknown; markdownDescription?: string; description?: string }> = manifest.contributes.configuration.properties;
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const documented = [...readme.matchAll(/^\| `(affinityLint\.[A-Za-z.]+)` \| ([^|]+) \|/gm)].map((m) => ({ key: m[1], shownDefault: m[2].trim() }));

  it('documents every contributed setting in the README table', () => {
    assert.deepStrictEqual(Object.keys(properties).filter((k) => !documented.some((d) => d.key === k)), []);
  });

  it('documents no setting the extension does not contribute', () => {
    assert.deepStrictEqual(documented.map((d) => d.key).filter((k) => !(k in properties)), []);
  });

  it('shows each setting’s real default', () => {
    for (const { key, shownDefault } of documented) {
      const value = properties[key].default;
      const expected = value === null || value === undefined ? 'unset' : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
      assert.strictEqual(shownDefault, expected, key);
    }
  });

  it('describes every setting in the manifest too', () => {
    for (const [key, p] of Object.entries(properties)) assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, key);
  });
});
