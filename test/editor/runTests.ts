// Runs the extension-host suites (test/editor/suite) against a real editor.
//
//   node out/test/editor/runTests.js [--code-server | --electron]
//
// - With VS Code desktop (env VSCODE_EXECUTABLE, or where @vscode/test-electron can download it):
//   @vscode/test-electron's runTests, the usual route.
// - Otherwise (this machine: no VS Code download, no desktop VS Code) inside code-server 4.100.3
//   (scripts/e2e/install-code-server.sh): the workbench is opened in Debian chromium with the
//   extensionDevelopmentPath / extensionTestsPath payload, the suite writes its outcome to a file,
//   and this runner reads it. The language server then runs as a real Node process started by the
//   remote extension host.
//
// Both routes open a fresh copy of examples/ (plus a project/ folder with a .affinity-lint.json).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SUITE = path.join(__dirname, 'suite', 'index.js');
const RESULTS = path.join(ROOT, 'test-results', 'editor');

interface SuiteResult {
  failures: number;
  passed: number;
  durationMs: number;
  tests: { title: string; state: string; durationMs?: number; error?: string }[];
}

/** A fresh copy of examples/, and project/ with a project file that makes IP affinity a hint. */
function makeWorkspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lint-suites-'));
  fs.cpSync(path.join(ROOT, 'examples'), ws, { recursive: true });
  fs.mkdirSync(path.join(ws, 'project', 'nginx'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'examples', 'nginx', 'nginx.conf'), path.join(ws, 'project', 'nginx', 'nginx.conf'));
  fs.writeFileSync(path.join(ws, 'project', '.affinity-lint.json'), `${JSON.stringify({ traffic: 'internal' }, null, 2)}\n`);
  return ws;
}

async function canDownloadVSCode(): Promise<boolean> {
  try {
    const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(3_000) });
    return res.ok;
  } catch {
    return false;
  }
}

function report(result: SuiteResult, elapsedMs: number, route: string): number {
  for (const t of result.tests) {
    const mark = t.state === 'passed' ? 'ok  ' : t.state === 'pending' ? 'skip' : 'FAIL';
    console.log(`  ${mark} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error) console.log(t.error.replace(/^/gm, '       '));
  }
  const pending = result.tests.filter((t) => t.state === 'pending').length;
  console.log(`editor suites (${route}): ${result.passed} passed, ${result.failures} failed, ${pending} skipped; suites ${result.durationMs} ms, all ${elapsedMs} ms`);
  return result.failures === 0 && result.passed > 0 ? 0 : 1;
}

async function viaElectron(workspace: string, resultFile: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_EXECUTABLE ? undefined : '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    extensionTestsEnv: { AFFINITY_LINT_SUITE_RESULT: resultFile },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  return 0;
}

// TypeScript compiles import() to require() for CommonJS output; the harness is an ES module.
const importESM = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

async function viaCodeServer(workspace: string, resultFile: string): Promise<void> {
  const harness = await importESM(path.join(ROOT, 'test', 'editor', 'harness.mjs'));
  const server = await harness.startCodeServer({
    folder: workspace,
    env: { AFFINITY_LINT_SUITE_RESULT: resultFile },
    logFile: path.join(RESULTS, 'code-server-suites.log'),
  });
  const browser = await harness.launchBrowser();
  try {
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    await harness.waitFor(() => fs.existsSync(resultFile), { timeout: 180_000, interval: 200, what: `the suite's result in ${resultFile}` });
    await page.screenshot({ path: path.join(RESULTS, 'suites-end.png') }).catch(() => undefined);
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const args = process.argv.slice(2);
  fs.mkdirSync(RESULTS, { recursive: true });
  const resultFile = path.join(RESULTS, 'suite-result.json');
  fs.rmSync(resultFile, { force: true });
  const workspace = makeWorkspace();
  try {
    const electron = !args.includes('--code-server') && (args.includes('--electron') || Boolean(process.env.VSCODE_EXECUTABLE) || (await canDownloadVSCode()));
    const route = electron ? 'VS Code via @vscode/test-electron' : 'code-server 4.100.3';
    console.log(`editor suites: ${route}, workspace ${workspace}`);
    if (electron) {
      try {
        await viaElectron(workspace, resultFile);
      } catch (e) {
        if (!fs.existsSync(resultFile)) throw e;
      }
    } else {
      await viaCodeServer(workspace, resultFile);
    }
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
    return report(result, Date.now() - started, route);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
