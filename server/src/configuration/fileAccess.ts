import * as fs from 'fs';
import * as path from 'path';
import { decode } from '../text/decode';

export type EntryKind = 'file' | 'folder' | 'other';

/** How a configuration reads the files it is made of. */
export interface FileAccess {
  /** The text of a file (an editor's unsaved buffer before the disk), or why it cannot be read. */
  read(file: string): { readonly text: string } | { readonly error: string };
  /** What is at a path (symbolic links followed), or null when nothing is. */
  kind(file: string): EntryKind | null;
  /** The names in a folder, or null when it is not one (or cannot be read). */
  list(folder: string): string[] | null;
  /** The path with every symbolic link resolved, or null when it does not resolve (a loop, a dangling link). */
  realpath(file: string): string | null;
  /** The size in bytes of a file, or null. */
  size(file: string): number | null;
  /** Where a symbolic link points, as written in it; null when the path is not a link. */
  readlink(file: string): string | null;
}

/** The file system (open documents' unsaved texts lie over it through OverlayFiles). */
export class DiskFiles implements FileAccess {
  /** Files read from disk that were not UTF-8 (read as Latin-1), with the offset of the first bad byte. */
  readonly latin1 = new Map<string, number>();

  read(file: string): { text: string } | { error: string } {
    try {
      const decoded = decode(fs.readFileSync(file));
      if (decoded.invalidUtf8At !== null) this.latin1.set(file, decoded.invalidUtf8At);
      return { text: decoded.text };
    } catch (e) {
      return { error: describeError(e) };
    }
  }

  kind(file: string): EntryKind | null {
    try {
      const st = fs.statSync(file);
      return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
    } catch {
      return null;
    }
  }

  list(folder: string): string[] | null {
    try {
      return fs.readdirSync(folder);
    } catch {
      return null;
    }
  }

  realpath(file: string): string | null {
    try {
      // One system call (libc's realpath), not an lstat per path component.
      return fs.realpathSync.native(file);
    } catch {
      return null;
    }
  }

  readlink(file: string): string | null {
    try {
      return fs.readlinkSync(file);
    } catch {
      return null;
    }
  }

  size(file: string): number | null {
    try {
      return fs.statSync(file).size;
    } catch {
      return null;
    }
  }
}

/** An errno as the servers word it: "No such file or directory", "Permission denied". */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EACCES': return 'Permission denied';
    case 'EISDIR': return 'Is a directory';
    case 'ELOOP': return 'Too many levels of symbolic links';
    default: return (e as Error)?.message ?? String(e);
  }
}

/** Another FileAccess with some files' texts replaced (open documents' unsaved buffers). */
export class OverlayFiles implements FileAccess {
  constructor(
    private readonly base: FileAccess,
    private readonly overlay: (file: string) => string | undefined,
  ) {}

  overlayText(file: string): string | undefined {
    return this.overlay(file);
  }

  read(file: string): { text: string } | { error: string } {
    const open = this.overlay(file);
    return open !== undefined ? { text: open } : this.base.read(file);
  }

  kind(file: string): EntryKind | null {
    return this.overlay(file) !== undefined ? 'file' : this.base.kind(file);
  }

  list(folder: string): string[] | null {
    return this.base.list(folder);
  }

  realpath(file: string): string | null {
    return this.base.realpath(file) ?? (this.overlay(file) !== undefined ? path.resolve(file) : null);
  }

  size(file: string): number | null {
    const open = this.overlay(file);
    return open !== undefined ? open.length : this.base.size(file);
  }

  readlink(file: string): string | null {
    return this.base.readlink(file);
  }
}

/**
 * The file system as last seen: each answer kept until told that files changed (the editor's
 * file watcher), so that reading a configuration of hundreds of files again after a keystroke in
 * one of them costs no system call.
 */
export class CachedFiles implements FileAccess {
  private readonly reads = new Map<string, { text: string } | { error: string }>();
  private readonly kinds = new Map<string, EntryKind | null>();
  private readonly lists = new Map<string, string[] | null>();
  private readonly reals = new Map<string, string | null>();
  private readonly sizes = new Map<string, number | null>();
  private readonly links = new Map<string, string | null>();

  constructor(private readonly base: FileAccess = new DiskFiles()) {}

  /** Files changed in place: their texts and sizes are read again. */
  forget(files: readonly string[]): void {
    for (const f of files) {
      this.reads.delete(f);
      this.sizes.delete(f);
    }
  }

  /** Files appeared, went away or moved: everything is read again. */
  clear(): void {
    for (const m of [this.reads, this.kinds, this.lists, this.reals, this.sizes, this.links] as Map<string, unknown>[]) m.clear();
  }

  read(file: string): { text: string } | { error: string } {
    return remember(this.reads, file, () => this.base.read(file));
  }

  kind(file: string): EntryKind | null {
    return remember(this.kinds, file, () => this.base.kind(file));
  }

  list(folder: string): string[] | null {
    const names = remember(this.lists, folder, () => this.base.list(folder));
    return names && [...names];
  }

  realpath(file: string): string | null {
    return remember(this.reals, file, () => this.base.realpath(file));
  }

  size(file: string): number | null {
    return remember(this.sizes, file, () => this.base.size(file));
  }

  readlink(file: string): string | null {
    return remember(this.links, file, () => this.base.readlink(file));
  }
}

function remember<T>(answers: Map<string, T>, key: string, compute: () => T): T {
  const known = answers.get(key);
  if (known !== undefined || answers.has(key)) return known as T;
  const value = compute();
  answers.set(key, value);
  return value;
}
