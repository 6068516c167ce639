import { fullKeyword, type HaproxyDirective, type HaproxySection } from '../../model/haproxy';
import { effectiveCookie, effectiveDirective, effectiveMode, optionState } from '../../model/haproxyQueries';
import { insertLineAfter, replace } from '../edits';
import type { HaproxyRule, TextEdit } from '../types';

const STICK_KEYWORDS = new Set(['stick on', 'stick match', 'stick store-request', 'stick store-response']);

/** What makes the proxy persistent: its own stick rule, or the cookie it has or inherits (HTTP only). */
function persistence(section: HaproxySection): { directive: HaproxyDirective; what: string } | null {
  const stick = section.directives.find((d) => d.prefix === null && STICK_KEYWORDS.has(fullKeyword(d)));
  if (stick) return { directive: stick, what: `'${fullKeyword(stick)}'` };
  const cookie = effectiveCookie(section);
  if (cookie && effectiveMode(section) === 'http') return { directive: cookie.directive, what: `cookie '${cookie.name}'` };
  return null;
}

function indentOfSection(section: HaproxySection, source: { indentAt(offset: number): string; indentUnit(): string }): string {
  const first = section.directives[0];
  return first ? source.indentAt(first.span.start) : source.indentUnit();
}

export const persistenceWithoutRedispatch: HaproxyRule = {
  meta: {
    id: 'haproxy/persistence-without-redispatch',
    dialect: 'haproxy',
    severity: 'warning',
    summary: 'cookie or stick persistence without option redispatch: a dead server strands its users',
    fixable: true,
  },
  visits: { sections: ['backend', 'listen'] },
  checkSection(section, context) {
    const found = persistence(section);
    if (!found) return;
    const redispatch = optionState(section, 'redispatch');
    if (redispatch.on) return;
    const { source } = context;
    const own = found.directive.section === section;
    const anchor = own ? found.directive.span : section.headerSpan;
    const indent = own ? source.indentAt(found.directive.span.start) : indentOfSection(section, source);
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
      message: `${found.what} persists clients to one server, but 'option redispatch' is not in effect${why}: when that server goes down its users keep being sent to it and get errors.`,
      span: own ? found.directive.span : section.headerSpan,
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
