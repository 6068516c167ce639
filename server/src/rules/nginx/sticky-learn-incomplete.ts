import type { Argument } from '../../model/common';
import { paramValue, parseSticky } from '../../model/nginxSticky';
import { enclosingUpstream } from '../../model/nginxQueries';
import { appendArgument } from '../edits';
import type { NginxRule } from '../types';

const REQUIRED = ['create', 'lookup', 'zone'] as const;

/** The session cookie the directive already names in create= or lookup=, else a placeholder. */
function cookieName(params: ReadonlyMap<string, Argument>): string {
  const create = /^\$upstream_cookie_(\w+)$/.exec(paramValue(params, 'create') ?? '');
  const lookup = /^\$cookie_(\w+)$/.exec(paramValue(params, 'lookup') ?? '');
  return create?.[1] ?? lookup?.[1] ?? 'sessionid';
}

export const stickyLearnIncomplete: NginxRule = {
  meta: {
    id: 'nginx/sticky-learn-incomplete',
    dialect: 'nginx',
    severity: 'error',
    summary: 'sticky learn without create=, lookup= or zone=: nginx refuses to start',
    fixable: true,
  },
  visits: ['sticky'],
  check(d, context) {
    const upstream = enclosingUpstream(d);
    const sticky = upstream ? parseSticky(d) : null;
    if (!upstream || sticky?.method !== 'learn') return;
    const missing = REQUIRED.filter((p) => !sticky.params.has(p));
    if (!missing.length) return;
    const cookie = cookieName(sticky.params);
    const values: Record<(typeof REQUIRED)[number], string> = {
      create: `create=$upstream_cookie_${cookie}`,
      lookup: `lookup=$cookie_${cookie}`,
      zone: `zone=${(upstream.args[0]?.value ?? 'sticky').replace(/\W/g, '_')}_sessions:1m`,
    };
    const added = missing.map((p) => values[p]).join(' ');
    context.report({
      message: `'sticky learn' without ${missing.map((p) => `'${p}='`).join(', ')}: nginx refuses to start, since learn needs the variable that creates a session (create=), the one that looks it up (lookup=) and a shared zone (zone=).`,
      span: d.span,
      fixes: [{ title: `Add ${added} (placeholder values: check the cookie name and the zone size)`, edits: [appendArgument(d, added)], preferred: false }],
    });
  },
};
