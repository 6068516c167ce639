import * as path from 'path';
import type { FileAccess } from './fileAccess';

/** Whether a path has glob(3) wildcards: nginx includes it as a pattern, not as a file. */
export function hasWildcards(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** One path segment of a pattern as a regular expression, as glob(3) matches it (no leading dot). */
function segmentRegExp(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < segment.length) out += escape(segment[++i]);
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/^\]/, '\\]')}]`;
      i = close;
    } else out += escape(c);
  }
  // glob(3) without GLOB_PERIOD: a wildcard never matches a leading '.'.
  const hidden = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${hidden}${out}$`);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Byte order of the paths, as glob(3) sorts in the C locale nginx runs in. */
export function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

/**
 * The paths an absolute pattern matches, in nginx's order (glob(3): sorted, C locale). Wildcards
 * may stand in any segment (`/etc/nginx/sites-*\/*.conf`) after `literal`, a leading folder of the
 * pattern taken as it is (the workspace's path, which may hold `[` or `*` of its own).
 */
export function expandGlob(pattern: string, files: FileAccess, literal = path.parse(pattern).root): string[] {
  const segments = pattern.slice(literal.length).split('/').filter((s) => s !== '');
  let current = [literal];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next: string[] = [];
    if (!hasWildcards(segment)) {
      for (const dir of current) {
        const p = path.join(dir, segment.replace(/\\(.)/g, '$1'));
        if (files.kind(p) !== null) next.push(p);
      }
    } else {
      const re = segmentRegExp(segment);
      for (const dir of current) {
        for (const name of files.list(dir) ?? []) {
          if (!re.test(name)) continue;
          const p = path.join(dir, name);
          // Inner segments must be folders; the last may be anything.
          if (i < segments.length - 1 && files.kind(p) !== 'folder') continue;
          next.push(p);
        }
      }
    }
    current = next;
    if (!current.length) break;
  }
  return current.sort(byteOrder);
}
