// Bundles the client, the language server and the CLI with esbuild into dist/, and puts the WASM
// files they load (web-tree-sitter's runtime, our two grammars, and the JavaScript / TypeScript / TSX
// grammars prebuilt in the pinned npm packages tree-sitter-javascript and tree-sitter-typescript) beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const production = process.argv.includes('--production');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

// web-tree-sitter's ESM build needs import.meta.url, which a CommonJS bundle lacks: take its CJS build.
const webTreeSitterCjs = {
  name: 'web-tree-sitter-cjs',
  setup(b) {
    b.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [webTreeSitterCjs],
  define: { AFFINITY_LINT_VERSION: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'client.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: [join(root, 'server/src/server.ts')], outfile: join(dist, 'server.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(dist, 'cli.js') }),
]);

copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(dist, 'web-tree-sitter.wasm'));
for (const dialect of ['nginx', 'haproxy']) {
  const file = `tree-sitter-${dialect}.wasm`;
  copyFileSync(join(root, 'grammars', `tree-sitter-${dialect}`, file), join(dist, file));
}
for (const [pkgName, grammar] of [['tree-sitter-javascript', 'javascript'], ['tree-sitter-typescript', 'typescript'], ['tree-sitter-typescript', 'tsx']]) {
  const file = `tree-sitter-${grammar}.wasm`;
  copyFileSync(require.resolve(`${pkgName}/${file}`), join(dist, file));
}
console.log(`bundled client, server and CLI into ${dist}`);
