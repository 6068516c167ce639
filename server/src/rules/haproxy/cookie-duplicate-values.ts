import { effectiveCookie, effectiveMode, serverLines } from '../../model/haproxyQueries';
import { replace } from '../edits';
import type { HaproxyRule } from '../types';
import { uniqueValue } from './lines';

export const cookieDuplicateValues: HaproxyRule = {
  meta: {
    id: 'haproxy/cookie-duplicate-values',
    dialect: 'haproxy',
    severity: 'warning',
    summary: 'two servers share a cookie value: clients of one are sent to the other',
    fixable: true,
  },
  visits: { sections: ['backend', 'listen'] },
  checkSection(section, context) {
    const cookie = effectiveCookie(section);
    if (!cookie || effectiveMode(section) !== 'http') return;
    const servers = serverLines(section);
    const taken = new Set(servers.flatMap((s) => (s.cookieValue === null ? [] : [s.cookieValue])));
    const firstWith = new Map<string, string>();
    for (const server of servers) {
      if (server.backup || server.cookieValue === null) continue;
      const first = firstWith.get(server.cookieValue);
      if (first === undefined) {
        firstWith.set(server.cookieValue, server.name);
        continue;
      }
      const params = server.directive.args;
      const valueArg = params[params.findIndex((a, i) => i >= 2 && a.value === 'cookie') + 1];
      const value = uniqueValue(server.name, taken);
      taken.add(value);
      context.report({
        message: `server '${server.name}' has cookie value '${server.cookieValue}', already used by server '${first}': HAProxy sends every client holding it to '${first}', so '${server.name}' never keeps its clients.`,
        span: valueArg.span,
        fixes: [{ title: `Give server '${server.name}' its own cookie value '${value}'`, edits: [replace(valueArg.span, value)], preferred: true }],
      });
    }
  },
};
