import { paramValue, parseSticky } from '../../model/nginxSticky';
import { enclosingUpstream } from '../../model/nginxQueries';
import { appendArgument, replace } from '../edits';
import type { NginxRule, TextEdit } from '../types';

export const stickyModuleNgWeak: NginxRule = {
  meta: {
    id: 'nginx/sticky-module-ng-weak',
    dialect: 'nginx',
    severity: 'warning',
    summary: 'nginx-sticky-module-ng sticky without secure/httponly, or with hash=index',
    fixable: true,
  },
  visits: ['sticky'],
  check(d, context) {
    const sticky = enclosingUpstream(d) ? parseSticky(d) : null;
    if (sticky?.method !== 'module-ng') return;
    const problems: string[] = [];
    const changes: string[] = [];
    const edits: TextEdit[] = [];
    const missing = ['secure', 'httponly'].filter((f) => !sticky.flags.has(f));
    if (missing.length) {
      problems.push(`without ${missing.map((f) => `'${f}'`).join(' and ')} the cookie ${missing.length === 2 ? 'travels over plain HTTP and page scripts can read it' : missing[0] === 'secure' ? 'travels over plain HTTP' : 'is readable by page scripts'}`);
      changes.push(...missing);
      edits.push(appendArgument(d, missing.join(' ')));
    }
    const hash = sticky.params.get('hash');
    if (hash && paramValue(sticky.params, 'hash')?.toLowerCase() === 'index') {
      problems.push("'hash=index' stores the server's position in the list, so adding or reordering a server on reload sends clients to another server");
      changes.push('hash=md5');
      edits.push(replace(hash.span, 'hash=md5'));
    }
    if (!problems.length) return;
    context.report({
      message: `nginx-sticky-module-ng cookie '${sticky.cookieName}': ${problems.join('; ')}.`,
      span: d.span,
      fixes: [{ title: `Harden the module's cookie: ${changes.join(', ')}`, edits, preferred: true }],
    });
  },
};
