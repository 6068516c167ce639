import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { parseSticky } from '../../model/nginxSticky';
import { BALANCING_DIRECTIVES, enclosingUpstream } from '../../model/nginxQueries';
import type { SourceText } from '../../text/sourceText';
import type { NginxRule, RuleContext } from '../types';
import { moveAbove, removeStatement } from './nginxEdits';

/** The methods that pin a client to a server; losing one to a later method loses affinity. */
const AFFINITY_METHODS: ReadonlySet<string> = new Set(['ip_hash', 'hash']);

function lineOf(source: SourceText, d: NginxDirective): string {
  return source.lineLabel(d.span.start);
}

/** A method after `sticky` installs itself in place of the sticky chain. */
function reportAfterSticky(d: NginxDirective, sticky: NginxDirective, context: RuleContext<NginxConfig>): void {
  context.report({
    message: `'${d.name}' after 'sticky' (${lineOf(context.source, sticky)}) replaces the sticky method: nginx only warns "load balancing method redefined", and affinity is silently lost.`,
    span: d.span,
    fixes: [{ title: `Move '${d.name}' above 'sticky', where sticky keeps it as the method for new clients`, edits: moveAbove(context.source, d.span, sticky.span), preferred: true }],
  });
}

/**
 * A method with another one after it in the same upstream: nginx keeps the last ("load balancing
 * method redefined", a warning at start), so this one does nothing. Removing it changes nothing
 * nginx does, which makes it the preferred fix; keeping it instead is a change of behaviour.
 */
function reportReplaced(d: NginxDirective, last: NginxDirective, methods: readonly NginxDirective[], context: RuleContext<NginxConfig>): void {
  const { source } = context;
  const lost = AFFINITY_METHODS.has(d.name) && !AFFINITY_METHODS.has(last.name);
  const others = methods.filter((m) => m !== d);
  context.report({
    message:
      `'${d.name}' is replaced by '${last.name}' (${lineOf(source, last)}): an upstream has one balancing method, nginx keeps the last one and only warns "load balancing method redefined"` +
      (lost ? `, so the affinity '${d.name}' was meant to give is silently lost.` : `, so '${d.name}' has no effect.`),
    span: d.span,
    severity: lost ? 'error' : 'warning',
    fixes: [
      { title: `Remove '${d.name}', which nginx ignores (no change in behaviour)`, edits: [removeStatement(source, d.span)], preferred: true },
      { title: `Keep '${d.name}' instead: remove ${others.map((o) => `'${o.name}' (${lineOf(source, o)})`).join(', ')}`, edits: others.map((o) => removeStatement(source, o.span)), preferred: false },
    ],
  });
}

export const balancingAfterSticky: NginxRule = {
  meta: {
    id: 'nginx/balancing-after-sticky',
    dialect: 'nginx',
    severity: 'error',
    summary: 'A balancing method after sticky or after another method in the same upstream replaces it; after sticky, affinity is silently lost',
    fixable: true,
  },
  visits: [...BALANCING_DIRECTIVES],
  check(d, context) {
    const upstream = enclosingUpstream(d);
    if (!upstream) return;
    const siblings = upstream.children ?? [];
    const before = siblings.slice(0, siblings.indexOf(d));
    const sticky = before.find((s) => s.name === 'sticky' && parseSticky(s) !== null);
    if (sticky) {
      reportAfterSticky(d, sticky, context);
      return;
    }
    const methods = siblings.filter((s) => BALANCING_DIRECTIVES.has(s.name));
    const last = methods[methods.length - 1];
    if (last !== d) reportReplaced(d, last, methods, context);
  },
};
