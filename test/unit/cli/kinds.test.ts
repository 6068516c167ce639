import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../server/src/cli/main';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const BROKEN_SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec: {type: ClusterIP\n';
const WORKFLOW = 'name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n';

describe('CLI: files of the other kinds (manifests)', () => {
  let root: string;
  let n = 0;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-kinds-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const folder = (files: Record<string, string>): string => {
    const dir = path.join(root, `case-${++n}`);
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    return dir;
  };

  const cases: { name: string; files: Record<string, string>; args?: (dir: string) => string[]; code: number; stdout: RegExp; stderr: RegExp | '' }[] = [
    {
      name: 'a folder walk reads *.yaml and *.yml; a manifest that does not read is an error',
      files: { 'k8s/svc.yaml': BROKEN_SERVICE, '.github/workflows/ci.yml': WORKFLOW },
      code: 1,
      stdout: /^.*svc\.yaml:6:1: error manifest\/syntax: .*\n1 problem \(1 errors, 0 warnings, 0 infos, 0 hints\); 1 file skipped \(empty, or nothing Affinity Lint checks\)\n$/,
      stderr: '',
    },
    {
      name: 'YAML of another program found by a walk is skipped without a word',
      files: { 'ci.yml': WORKFLOW, 'values.yaml': 'replicaCount: 2\nimage:\n  tag: latest\n' },
      code: 0,
      stdout: /^no files linted; 2 files skipped \(empty, or nothing Affinity Lint checks\)\n$/,
      stderr: '',
    },
    {
      name: 'the same YAML named on the command line gets a note, not a syntax error',
      files: { 'ci.yml': WORKFLOW },
      args: (dir) => [path.join(dir, 'ci.yml')],
      code: 0,
      stdout: /^no files linted; 1 file skipped/,
      stderr: /ci\.yml: nothing Affinity Lint checks \(no Kubernetes object, Traefik configuration or compose service\); not linted\n$/,
    },
    {
      name: 'node_modules is never walked',
      files: { 'node_modules/x/svc.yaml': BROKEN_SERVICE, 'ok.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' },
      code: 0,
      stdout: /^no problems\n$/,
      stderr: '',
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const dir = folder(c.files);
      const r = await run(...(c.args ? c.args(dir) : [dir]));
      assert.strictEqual(r.code, c.code, r.stdout + r.stderr);
      assert.match(r.stdout, c.stdout);
      if (c.stderr === '') assert.strictEqual(r.stderr, '');
      else assert.match(r.stderr, c.stderr);
    });
  }

  it('--fix rewrites a manifest in place, keeping its comments and other documents, and exits clean', async () => {
    const before = [
      '# the shop',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: shop',
      '  annotations:',
      '    nginx.ingress.kubernetes.io/proxy-body-size: 8m',
      '    nginx.ingress.kubernetes.io/ssl-redirect: true  # always',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: x}',
      '',
    ].join('\n');
    const dir = folder({ 'ingress.yaml': before });
    const first = await run(dir);
    assert.strictEqual(first.code, 1);
    assert.match(first.stdout, /ingress\.yaml:8:\d+: error k8s\/annotation-not-string: /);
    const fixed = await run('--fix', dir);
    assert.strictEqual(fixed.code, 0, fixed.stdout + fixed.stderr);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'ingress.yaml'), 'utf8'), before.replace('ssl-redirect: true  # always', 'ssl-redirect: "true"  # always'));
  });

  it('JSON and SARIF carry manifest findings like any other', async () => {
    const dir = folder({ 'svc.yaml': BROKEN_SERVICE });
    const json = JSON.parse((await run('--format', 'json', dir)).stdout) as { ruleId: string; line: number; file: string }[];
    assert.deepStrictEqual(json.map((f) => [path.basename(f.file), f.ruleId, f.line]), [['svc.yaml', 'manifest/syntax', 6]]);
    const sarif = JSON.parse((await run('--format', 'sarif', dir)).stdout);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    assert.deepStrictEqual(results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine]), [['manifest/syntax', 6]]);
    assert.ok((sarif.runs[0].tool.driver.rules as { id: string }[]).some((r) => r.id === 'manifest/syntax'));
  });
});
