import type { HaproxyConfig, HaproxySection } from '../../model/haproxy';
import { effectiveCookie, effectiveDirective, effectiveMode, serverLines, type CookieDirective } from '../../model/haproxyQueries';
import { appendArgument, insertLineAfter } from '../edits';
import type { HaproxyRule, RuleContext } from '../types';
import { sectionIndent, uniqueValue } from './lines';

const KEY_PLACEHOLDER = 'CHANGE-ME-to-a-long-random-secret';

function where(cookie: CookieDirective, section: HaproxySection): string {
  return cookie.directive.section === section ? '' : ' (inherited from defaults)';
}

function checkDynamic(section: HaproxySection, cookie: CookieDirective, context: RuleContext<HaproxyConfig>): void {
  if (effectiveDirective(section, 'dynamic-cookie-key') !== null) return;
  const { source } = context;
  const own = cookie.directive.section === section;
  const anchor = own ? cookie.directive.span : section.headerSpan;
  const indent = own ? source.indentAt(cookie.directive.span.start) : sectionIndent(section, source);
  context.report({
    message: `persistence cookie '${cookie.name}'${where(cookie, section)} uses 'dynamic' but no 'dynamic-cookie-key' is set: HAProxy generates no cookie values, so servers without a static 'cookie <value>' get no persistence.`,
    span: anchor,
    fixes: [
      {
        title: "Add 'dynamic-cookie-key' with a placeholder (replace it with a secret shared by all load balancers)",
        edits: [insertLineAfter(source, anchor.end, indent, `dynamic-cookie-key ${KEY_PLACEHOLDER}`)],
        preferred: false,
      },
    ],
  });
}

export const cookieMissingServerValues: HaproxyRule = {
  meta: {
    id: 'haproxy/cookie-missing-server-values',
    dialect: 'haproxy',
    severity: 'error',
    summary: "persistence cookie set, but a server has no 'cookie <value>' (or 'dynamic' lacks a key): persistence is off for it",
    fixable: true,
  },
  visits: { sections: ['backend', 'listen'] },
  checkSection(section, context) {
    const cookie = effectiveCookie(section);
    if (!cookie || effectiveMode(section) !== 'http') return;
    if (cookie.flags.has('dynamic')) {
      checkDynamic(section, cookie, context);
      return;
    }
    const servers = serverLines(section);
    const taken = new Set(servers.map((s) => s.cookieValue).filter((v): v is string => v !== null));
    for (const server of servers) {
      if (server.backup || server.cookieValue !== null) continue;
      const value = uniqueValue(server.name, taken);
      taken.add(value);
      const bare = server.directive.args[server.directive.args.length - 1]?.value === 'cookie' && server.directive.args.length > 2;
      context.report({
        message: `server '${server.name}' has no 'cookie <value>' while the proxy persists on cookie '${cookie.name}'${where(cookie, section)}: clients sent to it are never pinned and are balanced again on their next request.`,
        span: server.directive.span,
        fixes: [
          {
            title: `Add 'cookie ${value}' to server '${server.name}'`,
            edits: [appendArgument(server.directive, bare ? value : `cookie ${value}`)],
            preferred: true,
          },
        ],
      });
    }
  },
};
