import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Bounds on what is copied into a temporary tree, so that a file saved in a huge folder stays cheap. */
export interface CopyLimits {
  readonly maxFiles: number;
  readonly maxBytes: number;
}

export const DEFAULT_COPY_LIMITS: CopyLimits = { maxFiles: 2000, maxBytes: 32 * 1024 * 1024 };

/** Folders never worth copying: version control, dependencies. */
const SKIP = new Set(['.git', '.hg', '.svn', 'node_modules', '.venv', '__pycache__']);

/** A fresh private folder under the system temp dir (mode 0700); `dispose` removes it and all below. */
export class TempDir {
  readonly path: string;

  constructor(prefix = 'affinity-lint-validate-', parent = os.tmpdir()) {
    // realpath: messages print resolved paths (macOS: /private/var/...), and we map them back.
    this.path = fs.realpathSync(fs.mkdtempSync(path.join(parent, prefix)));
  }

  dispose(): void {
    fs.rmSync(this.path, { recursive: true, force: true });
  }
}

/**
 * Copies the tree below `from` into `to`: regular files as copies, symbolic links as links with the
 * same target (a relative link then points into the copy, an absolute one at what the server would
 * read). Returns false, leaving a partial copy, when the tree exceeds the limits. Only reads `from`.
 */
export function copyTree(from: string, to: string, limits: CopyLimits = DEFAULT_COPY_LIMITS): boolean {
  let files = 0;
  let bytes = 0;
  const walk = (src: string, dst: string): boolean => {
    fs.mkdirSync(dst, { recursive: true });
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(src, { withFileTypes: true });
    } catch {
      return true; // unreadable folder: the server could not read it either
    }
    for (const entry of entries) {
      if (SKIP.has(entry.name)) continue;
      const s = path.join(src, entry.name);
      const d = path.join(dst, entry.name);
      if (++files > limits.maxFiles) return false;
      try {
        if (entry.isSymbolicLink()) {
          fs.symlinkSync(fs.readlinkSync(s), d);
        } else if (entry.isDirectory()) {
          if (!walk(s, d)) return false;
        } else if (entry.isFile()) {
          bytes += fs.statSync(s).size;
          if (bytes > limits.maxBytes) return false;
          fs.copyFileSync(s, d);
        }
      } catch {
        // unreadable entry: skip it, as the server would fail on it the same way in place
      }
    }
    return true;
  };
  return walk(from, to);
}

/** Writes `text` at `file`, replacing whatever is there (a copied file or a link) without following links. */
export function writeReplacing(file: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, text);
}

/**
 * The nginx "conf root" of a file: the nearest folder, the file's own or up to `maxUp` above it,
 * that holds an `nginx.conf` (relative `include`s resolve against the main config's folder); the
 * file's own folder when none does. Stops after a repository root (a folder with `.git`).
 */
export function nginxConfRoot(file: string, maxUp = 4): string {
  const own = path.dirname(path.resolve(file));
  let dir = own;
  for (let i = 0; i <= maxUp; i++) {
    if (fs.existsSync(path.join(dir, 'nginx.conf'))) return dir;
    if (fs.existsSync(path.join(dir, '.git'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return own;
}
