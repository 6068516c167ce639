import * as path from 'path';

/**
 * Where an include's path leads on this machine: relative paths from nginx's conf prefix (the
 * entry file's folder), absolute paths under the folder the entry stands for (`/etc/nginx`) onto
 * the entry's folder; any other absolute path as it is. `mapped` is false for the last kind.
 * `literal` is the leading part of `path` that comes from the machine rather than from the
 * include (the entry's folder, or `/`): never a pattern, whatever characters it holds.
 */
export function includeTarget(value: string, prefix: string, nginxRoot: string): { path: string; mapped: boolean; literal: string } {
  if (!path.isAbsolute(value)) return { path: path.join(prefix, value), mapped: true, literal: literalFolder(prefix, value) };
  const root = nginxRoot.replace(/\/+$/, '') || '/';
  if (value === root) return { path: prefix, mapped: true, literal: prefix };
  if (value.startsWith(root === '/' ? '/' : root + '/')) {
    const rest = value.slice(root.length);
    return { path: path.join(prefix, rest), mapped: true, literal: literalFolder(prefix, rest) };
  }
  const top = path.parse(value).root;
  return { path: path.normalize(value), mapped: false, literal: literalFolder(top, value.slice(top.length)) };
}

/** `base` and the leading folders of `rest` that hold no wildcard (glob(3) reads them as they are). */
function literalFolder(base: string, rest: string): string {
  const folders = rest.split('/').slice(0, -1);
  const cut = folders.findIndex((s) => /[*?[\\]/.test(s));
  return path.join(base, ...(cut < 0 ? folders : folders.slice(0, cut)));
}
