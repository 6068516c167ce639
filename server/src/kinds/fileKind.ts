import type { Comment } from '../model/common';
import type { LintSettings } from '../engine/settings';
import type { Finding, KindRule } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { AppSessions, ComposeServiceRef, GroupAppLink } from '../link/model';

/** What a file tells about the workspace's applications and services (link/): its part of the picture. */
export interface LinkFacts {
  readonly apps?: readonly AppSessions[];
  readonly compose?: readonly ComposeServiceRef[];
}

/** What the workspace knows about the load balancers in front of a file's application (link/). */
export interface WorkspaceLinks {
  /** The groups (NGINX upstreams, HAProxy backends) linked to the application of this file, with the reasons. */
  groupsInFrontOf(file: string): readonly GroupAppLink[];
  /** Names a file in a message (relative to the workspace or working folder). */
  label(file: string): string;
}

/**
 * What every kind of file we join (Kubernetes manifests, Traefik files, compose files, application
 * code) gives the engine once read: the comments (for `affinity-lint ignore=` comments) and the
 * statements such a comment can stand before (a YAML key, a JS statement).
 */
export interface KindModel {
  readonly comments: readonly Comment[];
  readonly statements: readonly Span[];
}

/** What reading a file of a kind gave. */
export interface KindReading<M extends KindModel> {
  /** The model, or null when the file holds nothing this kind lints (no rule runs, nothing is shown). */
  readonly model: M | null;
  /**
   * Findings about the reading itself (a YAML syntax error, a Helm template that was skipped): they
   * are reported with the rules' findings, under a rule id of the kind (`k8s/syntax`, `app/syntax`).
   */
  readonly findings: readonly Finding[];
  /** What a user should know that is not a finding at a place (the CLI prints these on stderr). */
  readonly notes: readonly string[];
}

/** Reads files beside the one being linted (package.json and lockfiles for app code, say). */
export interface KindFiles {
  /** The text of a file, or null when it does not exist or cannot be read. */
  read(file: string): Promise<string | null>;
}

export interface KindInput {
  /** The file's path (absolute in the editor and the CLI; any name in tests). */
  readonly file: string;
  readonly text: string;
  readonly source: SourceText;
  readonly settings: LintSettings;
  readonly files: KindFiles;
  /** The workspace's load balancers and apps, when known (the CLI's walk, the editor's workspace). */
  readonly workspace?: WorkspaceLinks;
}

/** A hover: Markdown for the span it describes. */
export interface KindHover {
  readonly markdown: string;
  readonly span: Span;
}

/** One completion: the text inserted and what is shown beside it. */
export interface KindCompletion {
  readonly label: string;
  readonly insertText?: string;
  readonly detail?: string;
  readonly documentation?: string;
  /** Replaces this span of the text instead of inserting at the cursor. */
  readonly span?: Span;
}

/**
 * A kind of file read next to the NGINX and HAProxy dialects: its own reader and model, its own
 * rules. The engine, the CLI and the language server use every kind the same way (kinds/registry.ts):
 * a new kind adds a folder and one line to the registry, never a branch in the engine.
 */
export interface FileKind<M extends KindModel = KindModel> {
  /** `manifest`, `app`. */
  readonly id: string;
  /** The editor languages whose documents it joins (never claims): `yaml`, `typescript`, ... */
  readonly languages: readonly string[];
  /** How its line comments start, for the comments that disable a rule. */
  readonly lineComment: '#' | '//';
  /** Whether the CLI, walking a folder, reads a file of this name (it may still hold nothing relevant). */
  claimsName(file: string): boolean;
  read(input: KindInput): Promise<KindReading<M>>;
  readonly rules: readonly KindRule<M>[];
  hover?(model: M, input: KindInput, offset: number): KindHover | null;
  /**
   * Whether a fix may edit this part of the file (a document written by a Helm template may not:
   * an edit lands between template actions it cannot see). Fixes with an edit anywhere else are
   * dropped, the finding kept. Absent: every part may be edited.
   */
  editable?(model: M, start: number, end: number): boolean;
  /** What a file of this kind tells about the workspace's apps and compose services. */
  linkFacts?(model: M, input: KindInput): LinkFacts;
  /**
   * Which part of LinkFacts its files give: `apps` are read first, and a workspace with none is not
   * read further (no service or configuration file is read to link nothing).
   */
  readonly linkTells?: 'apps' | 'services';
  /** May read files beside it (package.json), so it may answer later. */
  completion?(model: M | null, input: KindInput, offset: number): readonly KindCompletion[] | Promise<readonly KindCompletion[]>;
}
