// `npm start`: builds the VSIX and opens Affinity Lint live in code-server on the bundled examples/
// at a printed loopback URL; stays up until Ctrl+C, then kills the whole code-server process group.
// The editor opens a fresh copy of examples/ in .e2e/examples (git-ignored), so that trying the quick
// fixes never rewrites the repository's examples; give a FOLDER to open that folder itself.
//
//   node scripts/e2e/start.mjs [--skip-build] [FOLDER]
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const skipBuild = argv.includes('--skip-build');
const given = argv.filter((a) => !a.startsWith('--')).pop();
const folder = given ? resolve(given) : join(root, '.e2e', 'examples');
if (!given) {
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, 'examples'), folder, { recursive: true });
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
const started = Date.now();

function run(label, cmd, args) {
  process.stderr.write(`[start] ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`[start] ${label} failed\n`);
    process.exit(r.status || 1);
  }
}

run('code-server 4.100.3 (installed once into .e2e/code-server)', 'bash', [join(root, 'scripts/e2e/install-code-server.sh')]);
if (!skipBuild) run('building the VSIX', process.execPath, [join(root, 'scripts/package-vsix.mjs')]);

const { startCodeServer } = await import('../../test/editor/harness.mjs');
const server = await startCodeServer({ folder, vsix, logFile: join(root, '.e2e', 'code-server-start.log'), handleSignals: false });
const url = server.folderUrl(folder);
console.log(`\nAffinity Lint is live on ${given ? folder : 'a copy of examples/ (.e2e/examples)'} in code-server (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):\n\n  ${url}\n\nOpen it in a browser on this machine (or forward the port); Ctrl+C stops it.\nServer log: .e2e/code-server-start.log\n`);

// Stay up until Ctrl+C / SIGTERM, then stop the process group (the harness's own exit hooks are the
// safety net).
await new Promise((resolveStop) => {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.prependListener(sig, () => resolveStop(sig));
});
process.stderr.write('\n[start] stopping code-server\n');
await server.stop();
process.exit(0);
