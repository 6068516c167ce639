// `npm run package`: production bundles, then affinity-lint-<version>.vsix with @vscode/vsce (pinned).
//
// vsce refuses a .vscodeignore together with package.json's "files" (which the npm package of the CLI
// needs), so the VSIX is packaged from a staging folder: the files that .vscodeignore lets through,
// and package.json without "files". The VSIX then holds only dist/*.js, dist/*.wasm, syntaxes/,
// language-configuration/, schemas/, the user documentation (docs/rules/**/*.md and
// docs/shared-session-store.md: the extension opens them in the Markdown preview, so the folder keeps
// its layout and the pages' relative links work), package.json, README.md, CHANGELOG.md, LICENSE and
// images/icon.png. Packaging fails if a page of docs/rules/ is not in the VSIX.
//
//   node scripts/package-vsix.mjs [--out FILE] [--skip-build]
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VSCE = '@vscode/vsce@3.9.2';
const MAX_BYTES = 2 * 1024 * 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));

const run = (cmd, argv, opts = {}) => execFileSync(cmd, argv, { stdio: 'inherit', ...opts });

/** The .md files under a folder of the repository, as paths relative to the root with / separators. */
function markdownUnder(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split('\\').join('/')}`)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

if (!args.includes('--skip-build')) run(process.execPath, [join(root, 'scripts/bundle.mjs'), '--production'], { cwd: root });

for (const required of ['LICENSE', 'images/icon.png']) {
  if (!existsSync(join(root, required))) throw new Error(`${required} is missing`);
}

const stage = mkdtempSync(join(tmpdir(), 'affinity-lint-vsix-'));
try {
  mkdirSync(join(stage, 'dist'));
  for (const f of readdirSync(join(root, 'dist'))) {
    if (/\.(js|wasm)$/.test(f)) copyFileSync(join(root, 'dist', f), join(stage, 'dist', f));
  }
  for (const d of ['syntaxes', 'language-configuration', 'schemas', 'docs/rules']) cpSync(join(root, d), join(stage, d), { recursive: true });
  for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'images/icon.png', 'docs/shared-session-store.md']) {
    if (!existsSync(join(root, f))) {
      console.warn(`package-vsix: ${f} does not exist yet; the VSIX goes without it`);
      continue;
    }
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    copyFileSync(join(root, f), join(stage, f));
  }
  const manifest = { ...pkg };
  delete manifest.files; // the npm package's list; the staging folder and .vscodeignore decide the VSIX
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const env = { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  run('npx', ['--yes', VSCE, 'package', '--no-dependencies', '--out', out], { cwd: stage, env });
  const listing = execFileSync('npx', ['--yes', VSCE, 'ls', '--no-dependencies'], { cwd: stage, env, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const allowed = [
    /^dist\/[^/]+\.(js|wasm)$/, /^syntaxes\//, /^language-configuration\//, /^schemas\//,
    /^docs\/rules\/.+\.md$/, /^docs\/shared-session-store\.md$/,
    /^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^images\/icon\.png$/,
  ];
  const stray = listing.filter((f) => !allowed.some((re) => re.test(f)));
  if (stray.length) throw new Error(`unexpected files in the VSIX: ${stray.join(', ')}`);
  const pages = ['docs/shared-session-store.md', ...markdownUnder('docs/rules')];
  const missing = pages.filter((p) => !listing.includes(p));
  if (missing.length) throw new Error(`documentation pages missing from the VSIX: ${missing.join(', ')}`);
  console.log(`${pages.length} documentation pages in the VSIX`);
  const size = statSync(out).size;
  console.log(`${basename(out)}: ${(size / 1024).toFixed(0)} KB, ${listing.length} files`);
  if (size > MAX_BYTES) throw new Error(`${basename(out)} is ${size} bytes, over the 2 MB limit`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
