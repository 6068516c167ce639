import * as path from 'path';
import type { Dialect } from '../model/common';
import { SourceText } from '../text/sourceText';
import { CombinedSource, type SourcePart } from './combinedSource';
import type { FileAccess } from './fileAccess';
import { MAX_CONFIGURATION_CHARS, MAX_CONFIGURATION_FILES, type ConfigFile, type ConfigProblem, type ModelSource, type ReadPolicy } from './spec';

/** A file as the reader placed it: its model, and where its text starts in the joined text. */
export interface PlacedFile extends ConfigFile {
  readonly base: number;
}

/**
 * Reads the files of one configuration, each once, in the order the server first reads them, and
 * keeps the bounds: files outside the allowed folders, too many files, too much text.
 */
export class ConfigurationReader {
  private readonly placed = new Map<string, PlacedFile>();
  private readonly order: PlacedFile[] = [];
  private nextBase = 0;
  private chars = 0;
  readonly problems: ConfigProblem[] = [];

  constructor(
    readonly dialect: Dialect,
    /** The folder labels are relative to (the entry's folder). */
    readonly home: string,
    private readonly files: FileAccess,
    private readonly models: ModelSource,
    readonly policy: ReadPolicy,
  ) {}

  get all(): readonly PlacedFile[] {
    return this.order;
  }

  /** The file at a real path, if already read. */
  known(real: string): PlacedFile | undefined {
    return this.placed.get(real);
  }

  /** How messages name a file (or a folder given to `-f`): see ReadPolicy.labelFrom. */
  label(file: string): string {
    for (const base of [...(this.policy.labelFrom ?? []), this.home]) {
      const rel = path.relative(base, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel || '.';
    }
    return file;
  }

  /** Whether a real path lies in an allowed folder. */
  allowed(real: string): boolean {
    if (this.policy.readOutside) return true;
    return this.policy.roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  }

  /** The real path of a file, or why it cannot be read at all. */
  resolve(file: string): { real: string } | { error: string } {
    const kind = this.files.kind(file);
    if (kind === null) {
      // Listed in its folder yet not there: a symbolic link that leads nowhere (dangling, or a loop).
      const listed = (this.files.list(path.dirname(file)) ?? []).includes(path.basename(file));
      return { error: listed ? 'Too many levels of symbolic links, or a dangling link' : 'No such file or directory' };
    }
    if (kind === 'folder') return { error: 'Is a directory' };
    const real = this.files.realpath(file);
    return real === null ? { error: 'Too many levels of symbolic links' } : { real };
  }

  /** Why reading one more file of `size` characters would pass a bound, or null. */
  overBound(size: number): string | null {
    const { files, chars } = this.policy.limits ?? { files: MAX_CONFIGURATION_FILES, chars: MAX_CONFIGURATION_CHARS };
    if (this.order.length >= files) return `the configuration already spans ${files} files, the most Affinity Lint reads for one`;
    if (this.chars + size > chars) return `the configuration would pass ${chars >= 1024 * 1024 ? `${chars / (1024 * 1024)} MB` : `${chars} characters`}, the most Affinity Lint reads for one`;
    return null;
  }

  private readonly failed = new Map<string, string>();

  /** What `read` gave for a file, if it was asked (without reading anything). */
  result(real: string): { file: PlacedFile } | { error: string } | null {
    const done = this.placed.get(real);
    if (done) return { file: done };
    const error = this.failed.get(real);
    return error === undefined ? null : { error };
  }

  /** Reads and models a file (once per configuration), or says why not. */
  async read(real: string): Promise<{ file: PlacedFile } | { error: string }> {
    const known = this.result(real);
    if (known) return known;
    const outcome = await this.readNew(real);
    if ('error' in outcome) this.failed.set(real, outcome.error);
    return outcome;
  }

  private async readNew(real: string): Promise<{ file: PlacedFile } | { error: string }> {
    const size = this.files.size(real) ?? 0;
    const over = this.overBound(size);
    if (over) return { error: over };
    const read = this.files.read(real);
    if ('error' in read) return read;
    const config = await this.models(this.dialect, real, read.text);
    const source = this.models.sources?.(real, read.text) ?? new SourceText(read.text);
    const file: PlacedFile = { path: real, label: this.label(real), source, config, base: this.nextBase };
    this.nextBase += read.text.length + 1;
    this.chars += read.text.length;
    this.placed.set(real, file);
    this.order.push(file);
    return { file };
  }

  combinedSource(): CombinedSource {
    const parts: SourcePart[] = this.order.map((f) => ({ file: f.path, label: f.label, base: f.base, source: f.source }));
    return new CombinedSource(parts);
  }
}
