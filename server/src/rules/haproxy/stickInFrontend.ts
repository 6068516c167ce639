import type { HaproxyConfig, HaproxySection } from '../../model/haproxy';
import { parseStickRule, routeTargets, stickRules, stickTableOf, type StickRule } from '../../model/haproxyQueries';
import type { SourceText } from '../../text/sourceText';
import { deleteLine, insertLineAfter } from '../edits';
import type { Fix, Report } from '../types';
import { sectionIndent } from './lines';

/** The one backend a frontend sends all its traffic to, when there is exactly one and it exists. */
function onlyBackend(config: HaproxyConfig, frontend: HaproxySection): HaproxySection | null {
  const { names, dynamic } = routeTargets(frontend);
  if (dynamic || names.size !== 1) return null;
  const [name] = names;
  const named = config.sections.filter((s) => s.kind === 'backend' && s.name === name);
  return named.length === 1 ? named[0] : null;
}

/**
 * The rule as it reads in the backend: where it used the frontend's own table, it names that
 * table (`table <frontend>`, right after the pattern, before any condition); null when the rule
 * would find no table there.
 */
function ruleText(source: SourceText, rule: StickRule, frontend: HaproxySection, backend: HaproxySection): string | null {
  const d = rule.directive;
  const text = source.text.slice(d.span.start, d.span.end);
  if (rule.table !== null || !rule.pattern) return text;
  if (stickTableOf(frontend) && frontend.name) {
    const at = rule.pattern.span.end - d.span.start;
    return `${text.slice(0, at)} table ${frontend.name}${text.slice(at)}`;
  }
  return stickTableOf(backend) ? text : null;
}

/** Below the backend's last stick rule, else its stick-table, else its header. */
function insertionPoint(backend: HaproxySection): number {
  const anchor = stickRules(backend).at(-1)?.directive ?? stickTableOf(backend)?.directive;
  return anchor ? anchor.span.end : backend.headerSpan.end;
}

/**
 * A stick rule in a frontend: HAProxy ignores it ("'stick' ignored because frontend 'fe' has no
 * backend capability"), so the persistence it was written for is silently off. The fix moves it
 * to the backend the frontend routes to, when that backend is the only one.
 */
export function stickRuleInFrontend(config: HaproxyConfig, source: SourceText, frontend: HaproxySection, d: StickRule['directive']): Report | null {
  const rule = parseStickRule(d);
  if (!rule) return null;
  const backend = onlyBackend(config, frontend);
  const moved = backend ? ruleText(source, rule, frontend, backend) : null;
  const fixes: Fix[] = [];
  if (backend && moved !== null) {
    const anchor = insertionPoint(backend);
    const indent = anchor === backend.headerSpan.end ? sectionIndent(backend, source) : source.indentAt(anchor);
    fixes.push({
      title: `Move the rule to backend '${backend.name}'${moved === source.text.slice(d.span.start, d.span.end) ? '' : ` (naming the frontend's table: 'table ${frontend.name}')`}`,
      edits: [deleteLine(source, d.span), insertLineAfter(source, anchor, indent, moved)],
      preferred: false,
    });
  }
  const where = backend ? `Put it in backend '${backend.name}', where the frontend sends its traffic.` : 'Put it in the backends that should stick.';
  return {
    message: `'${rule.keyword}' in frontend '${frontend.name}' is ignored ("'stick' ignored because frontend '${frontend.name}' has no backend capability"): a frontend has no servers to stick to, so this persistence is silently off. ${where}`,
    span: d.span,
    fixes,
  };
}
