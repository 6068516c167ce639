import * as vscode from 'vscode';

/** The settings the server reads, by key below `affinityLint`. */
const KEYS = ['rules', 'platforms', 'nginx.version', 'nginx.flavor', 'haproxy.version', 'traffic', 'validate.onSave', 'validate.nginxPath', 'validate.haproxyPath'] as const;

/** `capabilities.untrustedWorkspaces.restrictedConfigurations`: a workspace's own value counts only once it is trusted. */
const RESTRICTED: ReadonlySet<string> = new Set(['validate.onSave', 'validate.nginxPath', 'validate.haproxyPath']);

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = typeof node[part] === 'object' && node[part] !== null ? node[part] : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * The `affinityLint.*` values the user set explicitly (user, workspace or folder level, the most
 * specific winning; `rules` and `platforms` merged across levels), without defaults: the server puts them over the
 * project's `.affinity-lint.json`, which a default must never hide.
 */
export function explicitSettings(scopeUri: string | undefined): Record<string, unknown> {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const config = vscode.workspace.getConfiguration('affinityLint', scope);
  const result: Record<string, unknown> = {};
  for (const key of KEYS) {
    const inspected = config.inspect(key);
    if (!inspected) continue;
    if (key === 'rules' || key === 'platforms') {
      const merged = { ...(inspected.globalValue as object), ...(inspected.workspaceValue as object), ...(inspected.workspaceFolderValue as object) };
      if (Object.keys(merged).length) result[key] = merged;
      continue;
    }
    const value =
      RESTRICTED.has(key) && !vscode.workspace.isTrusted ? inspected.globalValue : (inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue);
    if (value !== undefined) setPath(result, key, value);
  }
  return result;
}
