import * as path from 'path';
import type { FileAccess } from './fileAccess';
import { byteOrder } from './glob';
import type { ConfigurationSpec } from './spec';

/** Where configurations are declared rather than found (settings or `.affinity-lint.json`). */
export interface DeclaredConfigurations {
  /** NGINX entry files; null: find them. */
  readonly nginx: readonly string[] | null;
  /** HAProxy configurations, each the `-f` paths of one; null: find them. */
  readonly haproxy: readonly (readonly string[])[] | null;
}

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.e2e', 'dist', 'out']);
/** A workspace walk stops after this many folders: a configuration never lies that deep in a huge tree. */
const MAX_FOLDERS = 5000;

const isCfg = (name: string): boolean => name.endsWith('.cfg') && !name.startsWith('.');

/**
 * The configurations of a folder, as a server would be started on them:
 * - every `nginx.conf` is an NGINX entry (`nginx -c nginx.conf`);
 * - every `haproxy.cfg` is a HAProxy configuration, with `conf.d/` beside it when that folder
 *   holds `*.cfg` files (`haproxy -f haproxy.cfg -f conf.d`);
 * - a folder of two or more `*.cfg` files whose names start with a digit and no `haproxy.cfg`
 *   (`00-global.cfg`, `10-shop.cfg`) is one configuration (`haproxy -f folder`).
 * Declared configurations replace the search for their dialect; their paths are relative to `folder`.
 */
export function discoverConfigurations(folder: string, files: FileAccess, declared: DeclaredConfigurations = { nginx: null, haproxy: null }): ConfigurationSpec[] {
  const specs: ConfigurationSpec[] = [];
  const abs = (p: string): string => path.resolve(folder, p);
  if (declared.nginx) for (const entry of declared.nginx) specs.push({ dialect: 'nginx', entry: abs(entry) });
  if (declared.haproxy) for (const paths of declared.haproxy) if (paths.length) specs.push({ dialect: 'haproxy', paths: paths.map(abs) });
  if (declared.nginx && declared.haproxy) return specs;

  const usedFolders = new Set<string>();
  const found: ConfigurationSpec[] = [];
  const queue = [folder];
  const seen = new Set<string>();
  while (queue.length && seen.size < MAX_FOLDERS) {
    const dir = queue.shift()!;
    const real = files.realpath(dir);
    if (real === null || seen.has(real)) continue;
    seen.add(real);
    const names = (files.list(dir) ?? []).sort(byteOrder);
    const filesHere: string[] = [];
    for (const name of names) {
      const p = path.join(dir, name);
      const kind = files.kind(p);
      if (kind === 'folder' && !SKIPPED.has(name)) queue.push(p);
      else if (kind === 'file') filesHere.push(name);
    }
    if (!declared.nginx && filesHere.includes('nginx.conf')) found.push({ dialect: 'nginx', entry: path.join(dir, 'nginx.conf') });
    if (declared.haproxy) continue;
    if (filesHere.includes('haproxy.cfg')) {
      const confD = path.join(dir, 'conf.d');
      const withConfD = files.kind(confD) === 'folder' && (files.list(confD) ?? []).some(isCfg);
      if (withConfD) usedFolders.add(confD);
      found.push({ dialect: 'haproxy', paths: withConfD ? [path.join(dir, 'haproxy.cfg'), confD] : [path.join(dir, 'haproxy.cfg')] });
    } else {
      const cfgs = filesHere.filter(isCfg);
      if (cfgs.length >= 2 && cfgs.every((n) => /^\d/.test(n))) found.push({ dialect: 'haproxy', paths: [dir] });
    }
  }
  // A `conf.d` taken with its haproxy.cfg is not a configuration of its own too.
  return [...specs, ...found.filter((s) => !(s.dialect === 'haproxy' && s.paths.length === 1 && usedFolders.has(s.paths[0])))];
}

/**
 * The configurations that may read a file, found near it: an `nginx.conf` or `haproxy.cfg` in its
 * folder or a folder above (up to `levels` folders up, never above `stopAt`), or its own folder
 * as a folder of numbered `*.cfg` files. For a file named alone, whose configuration was not asked for.
 */
export function configurationsNear(file: string, files: FileAccess, stopAt: string | null, levels = 3): ConfigurationSpec[] {
  const specs: ConfigurationSpec[] = [];
  let dir = path.dirname(file);
  for (let i = 0; i <= levels; i++) {
    const names = files.list(dir) ?? [];
    if (names.includes('nginx.conf') && files.kind(path.join(dir, 'nginx.conf')) === 'file') specs.push({ dialect: 'nginx', entry: path.join(dir, 'nginx.conf') });
    if (names.includes('haproxy.cfg')) {
      const confD = path.join(dir, 'conf.d');
      const withConfD = files.kind(confD) === 'folder' && (files.list(confD) ?? []).some(isCfg);
      specs.push({ dialect: 'haproxy', paths: withConfD ? [path.join(dir, 'haproxy.cfg'), confD] : [path.join(dir, 'haproxy.cfg')] });
    } else if (i === 0) {
      const cfgs = names.filter(isCfg);
      if (cfgs.length >= 2 && cfgs.every((n) => /^\d/.test(n))) specs.push({ dialect: 'haproxy', paths: [dir] });
    }
    const parent = path.dirname(dir);
    if (parent === dir || dir === stopAt || names.includes('.git')) break;
    dir = parent;
  }
  return specs;
}
