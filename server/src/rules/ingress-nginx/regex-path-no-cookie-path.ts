import { valueAt, textOf, type MNode } from '../../manifest/model';
import { annotationBool, annotationFix, cookieAffinityRule, PREFIX } from './common';

/** Characters that make a path a regular expression rather than a literal prefix (`.` alone still reads as itself). */
const REGEX = /[*+?()[\]{}|\\^$]/;

function pathsOf(root: MNode): string[] {
  const out: string[] = [];
  const rules = valueAt(root, 'spec', 'rules');
  for (const rule of rules?.kind === 'seq' ? rules.items : []) {
    const paths = valueAt(rule, 'http', 'paths');
    for (const p of paths?.kind === 'seq' ? paths.items : []) {
      const path = textOf(valueAt(p, 'path'));
      if (path) out.push(path);
    }
  }
  return out;
}

/**
 * The longest path a browser sends the cookie back for on every URL the regular expressions
 * match: the literal start of each (without a character a quantifier makes optional), cut back to
 * a `/` boundary, and the common part of them all.
 */
export function cookiePathFor(paths: readonly string[]): string {
  const dirs = paths.map((p) => {
    const at = p.search(REGEX);
    let literal = at < 0 ? p : p.slice(0, at);
    if (at >= 0 && '*?{'.includes(p[at])) literal = literal.slice(0, -1);
    return literal.slice(0, literal.lastIndexOf('/') + 1);
  });
  let common = dirs[0] ?? '/';
  for (const d of dirs) while (common.length > 1 && !d.startsWith(common)) common = common.slice(0, common.lastIndexOf('/', common.length - 2) + 1);
  return common.length > 1 ? common.replace(/\/$/, '') : '/';
}

export const regexPathNoCookiePath = cookieAffinityRule(
  {
    id: 'ingress-nginx/regex-path-no-cookie-path',
    severity: 'warning',
    summary: 'affinity cookie on regex paths without session-cookie-path: the cookie gets the regex as its Path',
    fixable: true,
  },
  (ingress, affinity, context) => {
    if (ingress.value('session-cookie-path')?.trim()) return;
    const regexOn = annotationBool(ingress.value('use-regex')) === true || !!ingress.value('rewrite-target')?.trim();
    const paths = pathsOf(ingress.annotations.object.root);
    const regex = paths.filter((p) => REGEX.test(p));
    if (!regexOn || regex.length === 0) return;
    const cookiePath = cookiePathFor(paths);
    context.report({
      message: `${PREFIX}affinity: cookie on the regular-expression path "${regex[0]}" without ${PREFIX}session-cookie-path: ingress-nginx sets the cookie's Path to the expression itself, which no URL matches, so browsers never send it back and affinity is silently off. The docs make session-cookie-path required here: set it to "${cookiePath}".`,
      span: affinity.key.span,
      fixes: annotationFix(ingress, 'session-cookie-path', cookiePath, context.source, true),
    });
  },
);
