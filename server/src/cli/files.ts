import * as fs from 'fs';
import * as path from 'path';
import { kindOfName } from '../kinds/registry';

/**
 * File names a folder walk picks up for the configuration dialects (the dialect is decided per file
 * afterwards); the file kinds (kinds/registry.ts) claim theirs (`*.yaml`, `*.toml`, `*.ts`, ...).
 */
const CANDIDATE = /(^nginx\.conf$|^haproxy\.cfg$|\.(conf|nginx|nginxconf|cfg|haproxy)$)/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface FileList {
  /** Files named on the command line and the candidates found in folders, in a stable order. */
  readonly files: { readonly path: string; readonly explicit: boolean }[];
  readonly errors: string[];
}

/** Expands folders (recursively, each real folder once, so symlink loops end) into files. */
export function collectFiles(paths: readonly string[]): FileList {
  const files: FileList['files'] = [];
  const errors: string[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      errors.push(`${dir}: ${(e as Error).message}`);
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const inSites = /sites-(available|enabled)$/.test(dir);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir && !SKIPPED_DIRS.has(entry.name)) walk(full);
      else if (isFile && (CANDIDATE.test(entry.name) || inSites || kindOfName(full) !== null)) files.push({ path: full, explicit: false });
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      errors.push(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push({ path: p, explicit: true });
  }
  return { files, errors };
}

export { decode, type DecodedText } from '../text/decode';
