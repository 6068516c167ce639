import * as path from 'path';

/**
 * Where an include's path leads on this machine: relative paths from nginx's conf prefix (the
 * entry file's folder), absolute paths under the folder the entry stands for (`/etc/nginx`) onto
 * the entry's folder; any other absolute path as it is. `mapped` is false for the last kind.
 */
export function includeTarget(value: string, prefix: string, nginxRoot: string): { path: string; mapped: boolean } {
  if (!path.isAbsolute(value)) return { path: path.join(prefix, value), mapped: true };
  const root = nginxRoot.replace(/\/+$/, '') || '/';
  if (value === root) return { path: prefix, mapped: true };
  if (value.startsWith(root === '/' ? '/' : root + '/')) return { path: path.join(prefix, value.slice(root.length)), mapped: true };
  return { path: value, mapped: false };
}
