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

/** The file system, with the texts of open documents (by absolute path) taking the place of the disk's. */
export class DiskFiles implements FileAccess {
  /** Files read from disk that were not UTF-8 (read as Latin-1), with the offset of the first bad byte. */
  readonly latin1 = new Map<string, number>();

  constructor(private readonly overlay: (file: string) => string | undefined = () => undefined) {}

  /** The text the overlay holds for a file (an open document's), if any. */
  overlayText(file: string): string | undefined {
    return this.overlay(file);
  }

  read(file: string): { text: string } | { error: string } {
    const open = this.overlay(file);
    if (open !== undefined) return { text: open };
    try {
      const decoded = decode(fs.readFileSync(file));
      if (decoded.invalidUtf8At !== null) this.latin1.set(file, decoded.invalidUtf8At);
      return { text: decoded.text };
    } catch (e) {
      return { error: describeError(e) };
    }
  }

  kind(file: string): EntryKind | null {
    if (this.overlay(file) !== undefined) return 'file';
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
      return fs.realpathSync(file);
    } catch {
      return this.overlay(file) !== undefined ? path.resolve(file) : null;
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
    const open = this.overlay(file);
    if (open !== undefined) return open.length;
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
