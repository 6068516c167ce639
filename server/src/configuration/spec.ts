import * as path from 'path';
import type { Dialect } from '../model/common';
import type { ParsedConfig } from '../engine/linter';
import type { Severity } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { CombinedSource } from './combinedSource';

/** How a server loads one configuration: `nginx -c entry`, or `haproxy -f a -f b ...`. */
export type ConfigurationSpec =
  | { readonly dialect: 'nginx'; readonly entry: string }
  | { readonly dialect: 'haproxy'; readonly paths: readonly string[] };

/** Where a configuration may read from, and how its absolute paths map onto the workspace. */
export interface ReadPolicy {
  /** Folders the configuration may read (the workspace folders; for the CLI, what it was given). */
  readonly roots: readonly string[];
  /** Read files outside `roots` too (a setting; off by default). */
  readonly readOutside: boolean;
  /** The absolute folder the NGINX entry's folder stands for: `/etc/nginx` unless set. */
  readonly nginxRoot: string;
  /**
   * Folders that messages name files from (the workspace folders; the CLI's working folder): a
   * file under one is named by its path from there, so that two configurations' `nginx.conf` are
   * told apart. Files under none are named from the entry's folder, else by their absolute paths.
   */
  readonly labelFrom?: readonly string[];
  /** How a message says files outside `roots` can be read: the setting, or the CLI's flag. */
  readonly readOutsideHint?: string;
  /** Bounds other than MAX_CONFIGURATION_FILES / MAX_CONFIGURATION_CHARS (tests read small trees). */
  readonly limits?: { readonly files: number; readonly chars: number; readonly copies?: number };
}

export const DEFAULT_NGINX_ROOT = '/etc/nginx';

export function outsideHint(policy: ReadPolicy): string {
  return policy.readOutsideHint ?? 'the setting affinityLint.includes.readOutsideWorkspace allows it';
}

/** Bounds on what one configuration reads: past them an include is not followed, and says so. */
export const MAX_CONFIGURATION_FILES = 1000;
export const MAX_CONFIGURATION_CHARS = 32 * 1024 * 1024;
/**
 * How many times one configuration's includes may bring a file in: a snippet included in many
 * places counts each time, so files including each other twice over (a.conf includes b.conf twice,
 * b.conf c.conf twice...) cannot make the reading take exponential time.
 */
export const MAX_INCLUDED_COPIES = 10000;

/** The command line that reads a configuration, its paths from `from` (a folder, or how to name a path). */
export function describeSpec(spec: ConfigurationSpec, from?: string | ((p: string) => string)): string {
  const show = (p: string): string => (typeof from === 'function' ? from(p) : from ? path.relative(from, p) || '.' : p);
  return spec.dialect === 'nginx' ? `nginx -c ${show(spec.entry)}` : `haproxy ${spec.paths.map((p) => `-f ${show(p)}`).join(' ')}`;
}

export function specKey(spec: ConfigurationSpec): string {
  return spec.dialect === 'nginx' ? `nginx:${spec.entry}` : `haproxy:${spec.paths.join('\0')}`;
}

/** One file of a loaded configuration, with its own model (parsed alone). */
export interface ConfigFile {
  /** Absolute path. */
  readonly path: string;
  readonly label: string;
  readonly source: SourceText;
  readonly config: ParsedConfig;
}

/**
 * Something wrong with the configuration's tree rather than its statements: a missing include, a
 * cycle, a file outside the workspace, a bound reached. Reported by the dialect's syntax rule at
 * `span` of `file` (an include's path), or, with no file, about the configuration as a whole.
 */
export interface ConfigProblem {
  readonly file: string | null;
  readonly span: Span;
  readonly message: string;
  readonly severity: Severity;
}

/** An include's path argument and the files it names (for document links and navigation). */
export interface IncludeLink {
  readonly file: string;
  readonly span: Span;
  readonly targets: readonly string[];
}

/** A configuration read as its server reads it: every file, and one model joining them. */
export interface LoadedConfiguration {
  readonly spec: ConfigurationSpec;
  readonly dialect: Dialect;
  /** `nginx -c nginx.conf`: how messages name the configuration. */
  readonly name: string;
  /** The files in the order the server reads them, each once. */
  readonly files: readonly ConfigFile[];
  /** The model of the whole configuration, its offsets into `source`. */
  readonly combined: ParsedConfig;
  readonly source: CombinedSource;
  readonly problems: readonly ConfigProblem[];
  readonly links: readonly IncludeLink[];
  /** True when some file stands in the joined model more than once (a snippet included in two places). */
  readonly repeatedFiles?: boolean;
}

/** Reads a file's model: parsed once per text (configuration/models.ts). */
export type ModelSource = ((dialect: Dialect, file: string, text: string) => Promise<ParsedConfig>) & {
  /** The line index of a file's text, when the source keeps them (ModelCache). */
  readonly sources?: (file: string, text: string) => SourceText;
};
