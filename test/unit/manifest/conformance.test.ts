import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The corpus run's verdicts on small corpora made here (the real corpus is read by npm run conformance:manifests). */
describe('conformance:manifests exit codes', () => {
  const script = path.resolve(__dirname, '..', '..', 'conformance', 'manifests.js');
  const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: None\n';
  const cases: { name: string; files: Record<string, string>; status: number; output: RegExp }[] = [
    { name: 'files that read: 0, with the per-file line and the summary', files: { 'k8s/svc.yaml': service, 'traefik/dyn.toml': '[http.services.a.loadBalancer.sticky.cookie]\nname = "x"\n', 'terraform/main.tf': 'resource "x" "y" {}\n' }, status: 0, output: /k8s\/svc\.yaml\tyes\t1\tService\t0\t-\t0\t-\t[\d.]+\n[\s\S]*traefik\/dyn\.toml\tyes\t1\t-\t1\t[\s\S]*\nok\n$/ },
    { name: 'a syntax error in a corpus file: 1, naming it', files: { 'k8s/bad.yaml': `${service}  ports: [\n` }, status: 1, output: /UNEXPECTED manifest\/syntax k8s\/bad\.yaml: 8: Flow sequence[\s\S]*FAIL: 0 crash\(es\), 1 unexpected syntax error\(s\)/ },
    { name: 'a templated file that cannot be read is no syntax error: 0', files: { 'k8s/t.yaml': `${service}  ports:\n  {{- if .x }}\n    - port: 1\n  {{- end }}\n  - port: 2\n` }, status: 0, output: /note: t\.yaml: document 1 \(line 1\) not linted[\s\S]*ok\n$/ },
    { name: 'no corpus given: 2', files: {}, status: 2, output: /^$/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'afl-manifests-'));
      try {
        for (const [rel, text] of Object.entries(c.files)) {
          fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          fs.writeFileSync(path.join(dir, rel), text);
        }
        const run = spawnSync(process.execPath, [script, ...(Object.keys(c.files).length ? [dir] : [])], { encoding: 'utf8' });
        assert.strictEqual(run.status, c.status, run.stdout + run.stderr);
        assert.match(run.stdout, c.output);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
