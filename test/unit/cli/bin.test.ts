import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The repository root, from out/test/unit/cli (compiled) or test/unit/cli. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'affinity-lint') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no affinity-lint package.json above ${__dirname}`);
  }
}

describe('the built CLI (node bin/affinity-lint.js)', () => {
  it('lints the examples folder and prints JSON findings', function () {
    this.timeout(30000);
    const root = repoRoot();
    const bundle = path.join(root, 'dist', 'cli.js');
    assert.ok(fs.existsSync(bundle), `${bundle} is missing: run \`npm run build\` before the tests (npm test does it in pretest)`);
    const r = spawnSync(process.execPath, ['bin/affinity-lint.js', '--format', 'json', 'examples'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 1, 'the examples hold warnings');
    const findings = JSON.parse(r.stdout) as { file: string; ruleId: string; severity: string; line: number; column: number }[];
    const keys = ['file', 'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
    for (const f of findings) assert.deepStrictEqual(Object.keys(f), keys);
    const files = new Set(findings.map((f) => f.file.split(path.sep).join('/')));
    // The multi-file examples are linted as configurations: nginx-debian is clean, haproxy-folder's
    // finding is in the one file that balances on the source address. compose-shop's nginx.conf is
    // clean (round robin); its app keeps sessions in memory behind it, which the app's file says.
    assert.deepStrictEqual([...files].sort(), [
      'examples/compose-shop/app/server.js',
      'examples/haproxy-folder/20-api.cfg',
      'examples/haproxy/haproxy.cfg',
      'examples/k8s/shop.yaml',
      'examples/k8s/traefik-ingressroute.yaml',
      'examples/nginx/nginx.conf',
    ]);
    const ids = new Set(findings.map((f) => f.ruleId));
    for (const id of [
      'nginx/ip-hash',
      'nginx/sticky-cookie-no-expiry',
      'haproxy/balance-source',
      'haproxy/cookie-no-secure',
      'k8s/client-ip-affinity',
      'k8s/annotation-not-string',
      'ingress-nginx/cookie-no-samesite',
      'traefik/sticky-cookie-no-secure',
      'app/in-process-store',
      'app/memory-store-unpinned',
    ])
      assert.ok(ids.has(id), `no ${id} in ${[...ids].join(', ')}`);
    assert.ok(!ids.has('nginx/syntax') && !ids.has('haproxy/syntax') && !ids.has('manifest/syntax'), 'the examples parse');
  });
});
