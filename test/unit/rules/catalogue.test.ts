import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, ruleById } from '../../../server/src/rules/registry';
import { rulePage } from '../../../server/src/rules/docs';
import { pageFile } from '../../../server/src/rules/docsFolder';
import { TESTED_RULES } from '../../helpers/ruleTester';

/**
 * Every id of the rule catalogue (RULES.md), written out here because tests must not read files
 * outside the repository. A registry id missing from this list is a typo or an uncatalogued rule.
 */
const CATALOGUE = [
  'nginx/ip-hash', 'nginx/spoofable-hash-key', 'nginx/hash-key-no-fallback', 'nginx/hash-not-consistent',
  'nginx/sticky-cookie-no-secure', 'nginx/sticky-cookie-no-httponly', 'nginx/sticky-cookie-no-samesite',
  'nginx/sticky-cookie-samesite-none-insecure', 'nginx/sticky-cookie-no-expiry', 'nginx/sticky-cookie-no-path',
  'nginx/balancing-after-sticky', 'nginx/sticky-learn-incomplete', 'nginx/backup-with-hash', 'nginx/affinity-without-failover',
  'nginx/sticky-unsupported', 'nginx/sticky-module-ng-weak', 'nginx/app-cookie-no-flags', 'nginx/affinity-unmonitored', 'nginx/syntax',
  'haproxy/balance-source', 'haproxy/cookie-missing-server-values', 'haproxy/cookie-duplicate-values', 'haproxy/cookie-insert-no-nocache',
  'haproxy/cookie-insert-no-indirect', 'haproxy/cookie-no-secure', 'haproxy/cookie-no-httponly', 'haproxy/cookie-no-samesite',
  'haproxy/cookie-samesite-none-insecure', 'haproxy/cookie-no-ttl', 'haproxy/cookie-name-collision', 'haproxy/persistence-without-redispatch',
  'haproxy/stick-table-no-expire', 'haproxy/stick-table-no-peers', 'haproxy/hash-not-consistent', 'haproxy/spoofable-hash-key',
  'haproxy/invalid-cookie-options', 'haproxy/syntax',
];

/**
 * The ids of the rules of the other file kinds (kinds/), by family: the catalogue in
 * docs/rules/README.md, which each family's folder of pages extends.
 */
const KIND_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  traefik: ['traefik/sticky-cookie-no-secure', 'traefik/sticky-cookie-no-httponly', 'traefik/sticky-cookie-no-samesite', 'traefik/sticky-cookie-samesite-none-insecure', 'traefik/sticky-cookie-no-max-age', 'traefik/sticky-cookie-unsupported-option', 'traefik/sticky-without-cookie', 'traefik/sticky-annotation-on-ingress', 'traefik/hrw-strategy'],
  manifest: ['manifest/syntax', 'manifest/templated'],
  'ingress-nginx': ['ingress-nginx/cookie-no-samesite', 'ingress-nginx/cookie-samesite-none-insecure', 'ingress-nginx/cookie-no-secure', 'ingress-nginx/cookie-no-expiry', 'ingress-nginx/no-change-on-failure', 'ingress-nginx/regex-path-no-cookie-path', 'ingress-nginx/affinity-with-hash', 'ingress-nginx/hash-by-ip', 'ingress-nginx/spoofable-hash-key', 'ingress-nginx/hash-key-no-fallback', 'ingress-nginx/removed-cookie-hash', 'ingress-nginx/affinity-mode-persistent', 'ingress-nginx/retired-controller'],
  'nginx-ingress': ['nginx-ingress/sticky-cookie-unsupported', 'nginx-ingress/sticky-cookie-services-invalid', 'nginx-ingress/sticky-cookie-no-secure', 'nginx-ingress/sticky-cookie-no-httponly', 'nginx-ingress/sticky-cookie-no-samesite', 'nginx-ingress/sticky-cookie-samesite-none-insecure', 'nginx-ingress/sticky-cookie-no-expiry', 'nginx-ingress/sticky-cookie-no-path', 'nginx-ingress/ip-hash', 'nginx-ingress/spoofable-hash-key', 'nginx-ingress/affinity-with-cluster-ip'],
  k8s: ['k8s/client-ip-affinity', 'k8s/session-affinity-rejected', 'k8s/annotation-not-string'],
  'aws-lbc': ['aws-lbc/stickiness-instance-target', 'aws-lbc/source-ip-stickiness', 'aws-lbc/unknown-target-group-attribute', 'aws-lbc/stickiness-duration-out-of-range', 'aws-lbc/reserved-app-cookie-name'],
  'gateway-api': ['gateway-api/session-persistence-rejected', 'gateway-api/not-in-version', 'gateway-api/session-cookie-no-timeout'],
  istio: ['istio/consistent-hash-rejected', 'istio/source-ip-hash', 'istio/client-controlled-hash-key', 'istio/hash-cookie-no-ttl', 'istio/hash-cookie-no-path', 'istio/hash-cookie-attributes', 'istio/hash-with-locality-lb'],
  app: ['app/in-process-store', 'app/memory-store-unpinned', 'app/connect-redis-api', 'app/redis-not-connected', 'app/secure-cookie-no-trust-proxy', 'app/cookie-no-secure', 'app/cookie-samesite-none-insecure', 'app/cookie-no-samesite', 'app/cookie-httponly-false', 'app/cookie-no-max-age', 'app/session-secret', 'app/session-save-unset', 'app/cookie-default-name'],
};

const ALL_IDS = [...CATALOGUE, ...Object.values(KIND_CATALOGUE).flat()];

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

  it('every catalogue rule is implemented and registered under its id', () => {
    assert.deepStrictEqual(ALL_IDS.filter((id) => !ids.includes(id)), [], 'a missing, removed or renamed rule breaks the catalogue, users’ settings and suppression comments');
  });

  it('every registered id is in the catalogue', () => {
    assert.deepStrictEqual(ids.filter((id) => !ALL_IDS.includes(id)), []);
  });

  it('the catalogue list itself has no duplicates', () => {
    assert.strictEqual(new Set(ALL_IDS).size, ALL_IDS.length);
    assert.strictEqual(CATALOGUE.length, 37, 'RULES.md lists 37 NGINX and HAProxy rules');
    for (const [family, list] of Object.entries(KIND_CATALOGUE)) for (const id of list) assert.ok(id.startsWith(`${family}/`), id);
  });

  it('ids are unique and look like <family>/<name> (nginx, haproxy or a file kind’s platform), matching the rule’s family', () => {
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const rule of RULES) {
      assert.match(rule.meta.id, /^(nginx|haproxy|manifest|k8s|ingress-nginx|nginx-ingress|gateway-api|istio|traefik|aws-lbc|app)\/[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.strictEqual(rule.meta.id.split('/')[0], rule.meta.dialect, rule.meta.id);
      assert.strictEqual(ruleById(rule.meta.id), rule);
    }
  });

  it('the affinityLint.rules setting accepts every rule id (VS Code warns on a name its pattern refuses)', () => {
    const setting = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).contributes.configuration.properties['affinityLint.rules'];
    const pattern = new RegExp(setting.propertyNames.pattern);
    assert.deepStrictEqual(ids.filter((id) => !pattern.test(id)), []);
  });

  it('every rule has a severity, a one-line summary and an installed docs page', () => {
    for (const rule of RULES) {
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.meta.severity), rule.meta.id);
      assert.ok(rule.meta.summary.length > 10 && !rule.meta.summary.includes('\n'), rule.meta.id);
      assert.strictEqual(pageFile(rulePage(rule.meta.id)), path.join(root, 'docs', 'rules', ...rule.meta.id.split('/')) + '.md');
    }
  });

  for (const id of new Set([...ALL_IDS, ...ids])) {
    describe(id, () => {
      it('has must-flag and must-not-flag cases in its RuleTester table', () => {
        const cases = TESTED_RULES.get(id);
        assert.ok(cases, `no ruleTester table for ${id}`);
        assert.ok(cases.valid > 0, `${id} has no must-not-flag case`);
        assert.ok(cases.invalid > 0, `${id} has no must-flag case`);
      });

      it('is linked from README.md and docs/rules/README.md, with its summary', () => {
        const summary = ruleById(id)?.meta.summary.replace(/\|/g, '\\|') ?? '';
        const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').find((l) => l.startsWith(`| [${id}](docs/rules/${id}.md)`));
        const index = fs.readFileSync(path.join(root, 'docs', 'rules', 'README.md'), 'utf8').split('\n').find((l) => l.startsWith(`| [${id}](${id}.md)`));
        assert.ok(readme, `README.md has no table row for ${id}`);
        assert.ok(index, `docs/rules/README.md has no table row for ${id}`);
        assert.ok(readme.includes(summary), `README.md's row for ${id} does not say: ${summary}`);
        assert.ok(index.includes(summary), `docs/rules/README.md's row for ${id} does not say: ${summary}`);
      });

      it('is listed in the .affinity-lint.json schema', () => {
        const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'affinity-lint.schema.json'), 'utf8'));
        assert.ok(schema.properties.rules.properties[id], `schemas/affinity-lint.schema.json lacks ${id}`);
        const description = String(schema.properties.rules.properties[id].markdownDescription);
        assert.ok(description.startsWith(ruleById(id)?.meta.summary ?? '?'), `the schema's description of ${id} is not its summary`);
        // VS Code renders a schema's markdownDescription untrusted and with no base: no link would open, the command does.
        assert.ok(description.endsWith(`Rule page: the rule id's link on a finding, or \`affinity-lint --explain ${id}\`.`), description);
      });

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
