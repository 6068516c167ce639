import { DEFAULT_NGINX_ROOT } from './spec';
import type { DeclaredConfigurations } from './discover';

/** How the configurations of a workspace are found and read (VS Code settings, `.affinity-lint.json`, CLI flags). */
export interface LayoutSettings {
  readonly declared: DeclaredConfigurations;
  /** The absolute folder an NGINX entry's folder stands for (`nginx.root`). */
  readonly nginxRoot: string;
  /** Follow includes and `-f` paths outside the workspace (`includes.readOutsideWorkspace`). */
  readonly readOutside: boolean;
}

export const DEFAULT_LAYOUT: LayoutSettings = { declared: { nginx: null, haproxy: null }, nginxRoot: DEFAULT_NGINX_ROOT, readOutside: false };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '');

/**
 * Reads `nginx.configs` (entry files), `nginx.root`, `haproxy.configs` (each item the `-f` paths of
 * one configuration, or one path) and `includes.readOutsideWorkspace` over a base.
 */
export function normalizeLayout(raw: unknown, base: LayoutSettings = DEFAULT_LAYOUT): { layout: LayoutSettings; warnings: string[] } {
  const warnings: string[] = [];
  if (!isRecord(raw)) return { layout: base, warnings };
  const nginx = isRecord(raw.nginx) ? raw.nginx : {};
  const haproxy = isRecord(raw.haproxy) ? raw.haproxy : {};
  const includes = isRecord(raw.includes) ? raw.includes : {};
  let nginxConfigs = base.declared.nginx;
  if (nginx.configs !== undefined && nginx.configs !== null) {
    if (isStrings(nginx.configs)) nginxConfigs = nginx.configs.length ? nginx.configs : null;
    else warnings.push('nginx.configs: expected a list of entry files, such as ["nginx.conf"]');
  }
  let haproxyConfigs = base.declared.haproxy;
  if (haproxy.configs !== undefined && haproxy.configs !== null) {
    const items = Array.isArray(haproxy.configs) ? haproxy.configs : null;
    const parsed = items?.map((item) => (typeof item === 'string' && item ? [item] : isStrings(item) && item.length ? item : null));
    if (parsed && parsed.every((p) => p !== null)) haproxyConfigs = parsed.length ? (parsed as string[][]) : null;
    else warnings.push('haproxy.configs: expected a list of configurations, each a path or a list of the paths given to -f, such as [["haproxy.cfg", "conf.d"]]');
  }
  let nginxRoot = base.nginxRoot;
  if (nginx.root !== undefined && nginx.root !== null && nginx.root !== '') {
    if (typeof nginx.root === 'string' && nginx.root.startsWith('/')) nginxRoot = nginx.root;
    else warnings.push('nginx.root: expected an absolute folder, such as /etc/nginx');
  }
  let readOutside = base.readOutside;
  if (includes.readOutsideWorkspace !== undefined) {
    if (typeof includes.readOutsideWorkspace === 'boolean') readOutside = includes.readOutsideWorkspace;
    else warnings.push('includes.readOutsideWorkspace: expected true or false');
  }
  return { layout: { declared: { nginx: nginxConfigs, haproxy: haproxyConfigs }, nginxRoot, readOutside }, warnings };
}
