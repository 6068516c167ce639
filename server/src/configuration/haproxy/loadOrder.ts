import * as path from 'path';
import type { FileAccess } from '../fileAccess';
import { byteOrder } from '../glob';

/**
 * The files `haproxy -f p1 -f p2 ...` reads, in order: a file as named, a folder as its files
 * ending in `.cfg` (not hidden, not folders) in lexical order (LC_COLLATE=C). Paths that are not
 * there come back as `missing`.
 */
export function haproxyLoadOrder(paths: readonly string[], files: FileAccess): { files: string[]; missing: string[] } {
  const out: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const kind = files.kind(p);
    if (kind === null) missing.push(p);
    else if (kind === 'folder') {
      const names = (files.list(p) ?? []).filter((n) => n.endsWith('.cfg') && !n.startsWith('.')).sort(byteOrder);
      for (const n of names) if (files.kind(path.join(p, n)) === 'file') out.push(path.join(p, n));
    } else out.push(p);
  }
  return { files: out, missing };
}
