// `npm run test:editor`: the extension in a real editor.
//   1. code-server 4.100.3, playwright-core and Debian chromium (scripts/e2e/install-code-server.sh;
//      skipped when already installed),
//   2. tsc and the VSIX (npm run package: production bundles),
//   3. the browser-driven UI test (test/editor/ui.test.mjs) with the VSIX installed,
//   4. the extension-host suites (out/test/editor/runTests.js: code-server here, VS Code where it
//      can be downloaded or VSCODE_EXECUTABLE names one).
// Screenshots and logs: test-results/editor/.
//
//   node scripts/e2e/test-editor.mjs [--skip-install] [--skip-build] [--ui-only] [--suites-only] [--case REGEX]
//
// --case REGEX: only the UI cases whose names match (test/editor/ui.test.mjs, CASES).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const caseArgs = argv.includes('--case') ? ['--case', argv[argv.indexOf('--case') + 1]] : [];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
const started = Date.now();
const times = [];

function run(label, cmd, argv) {
  const t0 = Date.now();
  process.stderr.write(`\n=== ${label}\n`);
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit' });
  times.push(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    process.stderr.write(`\n${label} failed (exit ${r.status ?? r.signal})\n${times.join('\n')}\n`);
    process.exit(r.status || 1);
  }
}

if (!args.has('--skip-install')) run('install code-server', 'bash', [join(root, 'scripts/e2e/install-code-server.sh')]);
if (!args.has('--skip-build')) {
  run('tsc', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root]);
  run('package the VSIX', process.execPath, [join(root, 'scripts/package-vsix.mjs')]);
}
if (!args.has('--suites-only')) run('UI test in code-server + chromium', process.execPath, [join(root, 'test/editor/ui.test.mjs'), '--vsix', vsix, ...caseArgs]);
if (!args.has('--ui-only')) run('extension-host suites', process.execPath, [join(root, 'out/test/editor/runTests.js')]);
process.stderr.write(`\n${times.join('\n')}\ntest:editor passed in ${((Date.now() - started) / 1000).toFixed(1)} s (screenshots: test-results/editor/)\n`);
