import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, ruleById } from '../../../server/src/rules/registry';
import { docsUrl } from '../../../server/src/rules/docs';

/**
 * The catalogue's ids (RULES.md) the registry implements. A rule added to the registry is added here
 * too, with its test file and docs page: this list is what makes a rename or a removal visible.
 */
const CATALOGUE = [
  'nginx/ip-hash',
  'nginx/sticky-cookie-no-secure',
  'nginx/sticky-cookie-no-httponly',
  'nginx/sticky-cookie-no-samesite',
  'nginx/sticky-cookie-no-expiry',
  'nginx/syntax',
  'haproxy/balance-source',
  'haproxy/cookie-no-secure',
  'haproxy/cookie-no-httponly',
  'haproxy/cookie-no-samesite',
  'haproxy/cookie-no-ttl',
  'haproxy/persistence-without-redispatch',
  'haproxy/syntax',
];

/** The repository root, whether this runs compiled from out/ or from the sources. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'affinity-lint') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no affinity-lint package.json above ${__dirname}`);
  }
}

describe('rule catalogue', () => {
  const root = repoRoot();
  const ids = RULES.map((r) => r.meta.id);

  it('the registry holds exactly the listed ids', () => {
    const missing = CATALOGUE.filter((id) => !ids.includes(id));
    const unlisted = ids.filter((id) => !CATALOGUE.includes(id));
    assert.deepStrictEqual({ missing, unlisted }, { missing: [], unlisted: [] }, 'registry and CATALOGUE differ: a removed or renamed rule breaks users’ settings and suppressions; a new rule goes into CATALOGUE');
  });

  it('ids are unique and look like nginx/<name> or haproxy/<name>, matching the rule’s dialect', () => {
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const rule of RULES) {
      assert.match(rule.meta.id, /^(nginx|haproxy)\/[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.strictEqual(rule.meta.id.split('/')[0], rule.meta.dialect, rule.meta.id);
      assert.strictEqual(ruleById(rule.meta.id), rule);
    }
  });

  it('every rule has a severity, a one-line summary and a docs URL', () => {
    for (const rule of RULES) {
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.meta.severity), rule.meta.id);
      assert.ok(rule.meta.summary.length > 10 && !rule.meta.summary.includes('\n'), rule.meta.id);
      assert.strictEqual(docsUrl(rule.meta.id), `https://github.com/affinity-lint/affinity-lint/blob/main/docs/rules/${rule.meta.id}.md`);
    }
  });

  for (const id of new Set([...CATALOGUE, ...RULES.map((r) => r.meta.id)])) {
    describe(id, () => {
      it('has a test file test/unit/rules/<id>.test.ts', () => {
        const ts = path.join(root, 'test', 'unit', 'rules', `${id}.test.ts`);
        const js = path.join(root, 'out', 'test', 'unit', 'rules', `${id}.test.js`);
        assert.ok(fs.existsSync(ts) || fs.existsSync(js), `missing ${path.relative(root, ts)}`);
      });

      it('has a docs page docs/rules/<id>.md', () => {
        const page = path.join(root, 'docs', 'rules', `${id}.md`);
        assert.ok(fs.existsSync(page), `missing ${path.relative(root, page)}`);
        assert.ok(fs.readFileSync(page, 'utf8').includes(id), `${path.relative(root, page)} does not name ${id}`);
      });
    });
  }
});
