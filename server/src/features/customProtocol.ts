/**
 * The few messages the extension and the server exchange beyond LSP. No imports: the client bundles
 * this file too.
 */

/** `initializationOptions` the client sends: whether VS Code trusts the workspace, and what it can show. */
export interface AffinityInitializationOptions {
  /** Absent or false: the server runs no program (no validation, no version detection). */
  readonly workspaceTrusted?: boolean;
  /** True: the client has SHOW_RULE_DOCS_COMMAND, so links and "Show documentation" use it. */
  readonly showsRulePages?: boolean;
}

/**
 * The client's command that opens a page shipped in the extension's `docs/` in the Markdown preview.
 * Arguments: `[page]`, a rule id or a path under `docs/` (rules/docs.ts `pageOf`); none opens the catalogue.
 */
export const SHOW_RULE_DOCS_COMMAND = 'affinityLint.showRuleDocs';

/** Client to server, no params: the user granted workspace trust (VS Code never revokes it in a session). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'affinityLint/workspaceTrusted';

/** Client to server: the targets in force for one document. */
export const TARGETS_REQUEST = 'affinityLint/targets';
export interface TargetsParams {
  readonly uri: string;
}

/** Server to client, no params: targets may have changed (settings, trust, a detection finished); ask again. */
export const TARGETS_CHANGED_NOTIFICATION = 'affinityLint/targetsChanged';

/** Where a target comes from; `inferred`: the configuration uses NGINX Plus-only directives. */
export type TargetSource = 'setting' | 'project' | 'detected' | 'assumed' | 'inferred';

export interface TargetInfo {
  /** `nginx 1.22.1`, `NGINX Plus`, `HAProxy 2.6`. */
  readonly label: string;
  readonly version: string;
  readonly source: TargetSource;
  /** One sentence for the tooltip: which setting, which file, which binary. */
  readonly detail: string;
  /** What the status text says in brackets instead of the source's name, e.g. `inferred from health_check at line 12`. */
  readonly note?: string;
}

export interface TargetsResult {
  readonly nginx: TargetInfo;
  readonly haproxy: TargetInfo;
  /** The status bar text, e.g. `Affinity: nginx 1.22.1 (detected) · HAProxy 2.6 (assumed)`. */
  readonly text: string;
  /** The tooltip, one line per target. */
  readonly tooltip: string;
}

/**
 * Client to server: lint every configuration of the workspace (and publish the findings of files
 * that are not open). Cancellable; answers with what was linted.
 */
export const LINT_WORKSPACE_REQUEST = 'affinityLint/lintWorkspace';
export interface LintWorkspaceResult {
  readonly configurations: number;
  readonly files: number;
  readonly problems: number;
  readonly cancelled: boolean;
}

/** Server to client while LINT_WORKSPACE_REQUEST runs: how far it got. */
export const LINT_WORKSPACE_PROGRESS_NOTIFICATION = 'affinityLint/lintWorkspaceProgress';
export interface LintWorkspaceProgress {
  readonly done: number;
  readonly total: number;
  /** The configuration being read, e.g. `nginx -c nginx.conf`. */
  readonly name: string;
}

/**
 * Server to client: the files the workspace's configurations read, with their dialect, sent when
 * that changes. The client opens such a file that VS Code shows as plain text (a `10-shop.cfg` of a
 * numbered HAProxy folder, an extension-less snippet) in the configuration's language.
 */
export const MEMBER_FILES_NOTIFICATION = 'affinityLint/memberFiles';
export interface MemberFiles {
  readonly files: readonly { readonly uri: string; readonly dialect: 'nginx' | 'haproxy' }[];
}
