// The extension-host entry of the editor suites (extensionTestsPath): runs every *.test.js beside
// it with mocha inside VS Code's extension host, and writes the outcome as JSON to
// $AFFINITY_LINT_SUITE_RESULT (default test-results/editor/suite-result.json) for the driver,
// which in code-server cannot read the extension host's exit code.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export function resultFile(): string {
  return process.env.AFFINITY_LINT_SUITE_RESULT ?? path.join(ROOT, 'test-results', 'editor', 'suite-result.json');
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.AFFINITY_LINT_SUITE_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  const outcomes: TestOutcome[] = [];
  const started = Date.now();
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((n) => resolve(n));
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: String(err?.stack ?? err) }));
  });
  const file = resultFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const result = { failures, passed: outcomes.filter((o) => o.state === 'passed').length, durationMs: Date.now() - started, tests: outcomes };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${file}.tmp`, file);
  if (failures > 0) throw new Error(`${failures} editor suite test(s) failed`);
}
