import * as path from 'path';
import type { Dialect } from '../model/common';

/**
 * The dialect a file name claims, with the same patterns the extension contributes to VS Code:
 * nginx.conf, *.nginx, *.nginxconf, nginx/.../*.conf, sites-available/*, sites-enabled/*,
 * conf.d/*.conf; haproxy.cfg, *.haproxy, haproxy/.../*.cfg.
 */
export function dialectFromName(file: string): Dialect | null {
  const normalized = file.split(path.sep).join('/');
  const base = path.posix.basename(normalized);
  const dirs = path.posix.dirname(normalized).split('/');
  if (base === 'haproxy.cfg' || base.endsWith('.haproxy')) return 'haproxy';
  if (base.endsWith('.cfg') && dirs.includes('haproxy')) return 'haproxy';
  if (base === 'nginx.conf' || base.endsWith('.nginx') || base.endsWith('.nginxconf')) return 'nginx';
  if (dirs.includes('sites-available') || dirs.includes('sites-enabled')) return 'nginx';
  if (base.endsWith('.conf') && (dirs.includes('nginx') || dirs[dirs.length - 1] === 'conf.d')) return 'nginx';
  return null;
}

const HAPROXY_SECTION = /^[ \t]*(global|defaults|frontend|backend|listen|peers|resolvers|userlist|mailers|http-errors|ring|cache|program|log-forward)(?=[ \t]|\r?$)[^{;\n]*$/gm;
const NGINX_STATEMENT = /^[ \t]*[a-z_][a-z0-9_]*(?:[ \t][^\n#]*)?[;{][ \t]*(?:#.*)?\r?$/gm;

/** The dialect the text reads as, for files whose name says nothing; null when neither fits. */
export function dialectFromContent(text: string): Dialect | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const haproxy = (sample.match(HAPROXY_SECTION) ?? []).length;
  const nginx = (sample.match(NGINX_STATEMENT) ?? []).length;
  if (haproxy === 0 && nginx === 0) return null;
  return haproxy * 5 >= nginx ? (haproxy > 0 ? 'haproxy' : 'nginx') : 'nginx';
}

export function detectDialect(file: string, text: string): Dialect | null {
  return dialectFromName(file) ?? dialectFromContent(text);
}
