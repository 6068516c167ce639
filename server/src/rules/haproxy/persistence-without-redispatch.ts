import { fullKeyword, type HaproxyDirective, type HaproxySection } from '../../model/haproxy';
import { effectiveCookie, effectiveDirective, effectiveMode, optionState, STICK_RULE_KEYWORDS } from '../../model/haproxyQueries';
import { balancedServerCount, effectiveServers, isMonitored, type EffectiveServer } from '../../model/haproxyServers';
import { insertLineAfter, replace } from '../edits';
import type { HaproxyRule, Severity, TextEdit } from '../types';
import { sectionIndent } from './lines';

/** What makes the proxy persistent: its own stick rule, or the cookie it has or inherits (HTTP only). */
function persistence(section: HaproxySection): { directive: HaproxyDirective; what: string; stick: boolean } | null {
  const stick = section.directives.find((d) => d.prefix === null && STICK_RULE_KEYWORDS.has(fullKeyword(d)));
  if (stick) return { directive: stick, what: `'${fullKeyword(stick)}'`, stick: true };
  const cookie = effectiveCookie(section);
  if (cookie && effectiveMode(section) === 'http') return { directive: cookie.directive, what: `cookie '${cookie.name}'`, stick: false };
  return null;
}

/** `option persist` in effect, or a `force-persist` rule of the proxy: clients are sent to a server even while it is DOWN. */
function forcedPersistence(section: HaproxySection): string | null {
  const persist = optionState(section, 'persist');
  if (persist.on) return persist.decidedBy?.section === section ? "'option persist'" : "'option persist' (inherited from defaults)";
  // HAProxy refuses force-persist in defaults and ignores it in a frontend: only the proxy's own rules count.
  return section.directives.some((d) => d.prefix === null && d.keyword === 'force-persist') ? "'force-persist'" : null;
}

/** `server 'a' has`, `servers 'a' and 'b' have`, `servers 'a', 'b', 'c' and 4 more have`. */
function names(servers: readonly EffectiveServer[]): string {
  const quoted = servers.map((s) => `'${s.name}'`);
  if (quoted.length === 1) return `server ${quoted[0]} has`;
  const shown = quoted.length > 4 ? [...quoted.slice(0, 3), `${quoted.length - 3} more`] : quoted;
  return `servers ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]} have`;
}

/**
 * What happens to the clients of a failed server without redispatch, by what HAProxy knows:
 * HAProxy itself ignores the persistence to a server marked DOWN (unless persistence is forced),
 * so only unchecked servers and forced persistence strand clients for good.
 */
function consequence(section: HaproxySection, servers: readonly EffectiveServer[], stick: boolean): { severity: Severity; text: string } {
  const forced = forcedPersistence(section);
  if (forced) {
    return { severity: 'warning', text: ` and ${forced} sends clients to their server even while it is DOWN: when it fails, its users keep being sent to it and get errors.` };
  }
  const pinnable = servers.filter((s) => !s.disabled && (stick || s.cookieValue !== null));
  const unchecked = pinnable.filter((s) => !isMonitored(s));
  if (unchecked.length > 0) {
    return {
      severity: 'warning',
      text: ` and ${names(unchecked)} no 'check': HAProxy never marks ${unchecked.length === 1 ? 'it DOWN, so when it fails' : 'them DOWN, so when one fails'} its users keep being sent to it and get errors.`,
    };
  }
  return {
    severity: 'info',
    text: "; every server is health-checked, so HAProxy re-balances the clients of a server once it is marked DOWN, but until the checks mark it DOWN (the detection window) their requests fail instead of being retried on another server.",
  };
}

export const persistenceWithoutRedispatch: HaproxyRule = {
  meta: {
    id: 'haproxy/persistence-without-redispatch',
    dialect: 'haproxy',
    severity: 'warning',
    summary: 'cookie or stick persistence over two or more servers without option redispatch: users pinned to a failed server get errors',
    fixable: true,
  },
  visits: { sections: ['backend', 'listen'] },
  checkSection(section, context) {
    const found = persistence(section);
    if (!found) return;
    const redispatch = optionState(section, 'redispatch');
    if (redispatch.on) return;
    // With one server to choose from, there is nowhere to redispatch to.
    const servers = effectiveServers(section);
    if (balancedServerCount(servers) < 2) return;
    const outcome = consequence(section, servers, found.stick);
    const { source } = context;
    const own = found.directive.section === section;
    const anchor = own ? found.directive.span : section.headerSpan;
    const indent = own ? source.indentAt(found.directive.span.start) : sectionIndent(section, source);
    const edits: TextEdit[] = [];
    const disabledHere = redispatch.decidedBy && redispatch.decidedBy.section === section ? redispatch.decidedBy : null;
    const needsRetries = effectiveDirective(section, 'retries') === null;
    if (disabledHere) {
      edits.push(replace(disabledHere.span, 'option redispatch'));
      if (needsRetries) edits.push(insertLineAfter(source, disabledHere.span.end, source.indentAt(disabledHere.span.start), 'retries 3'));
    } else {
      edits.push(insertLineAfter(source, anchor.end, indent, needsRetries ? `option redispatch${source.eol}${indent}retries 3` : 'option redispatch'));
    }
    const why = redispatch.decidedBy ? ` ('no option redispatch' ${disabledHere ? 'in this section' : 'inherited from defaults'})` : '';
    context.report({
      message: `${found.what} persists clients to one server, but 'option redispatch' is not in effect${why}${outcome.text}`,
      span: own ? found.directive.span : section.headerSpan,
      severity: outcome.severity,
      related: [
        ...(own ? [] : [{ message: `${found.what}, inherited from defaults`, span: found.directive.span }]),
        ...(redispatch.decidedBy && !disabledHere ? [{ message: "'no option redispatch' inherited from defaults", span: redispatch.decidedBy.span }] : []),
      ],
      fixes: [
        {
          title: needsRetries ? "Add 'option redispatch' and 'retries 3'" : "Add 'option redispatch'",
          edits,
          preferred: true,
        },
      ],
    });
  },
};
