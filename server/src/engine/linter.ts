import type { Dialect } from '../model/common';
import { fullKeyword, type HaproxyConfig } from '../model/haproxy';
import type { NginxConfig, NginxDirective } from '../model/nginx';
import type { AnyRule, DocumentRule, Finding, HaproxyRule, NginxRule, Report, RuleContext } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { LintSettings } from './settings';
import { parseIgnoreComment, Suppressions } from './suppressions';

export type ParsedConfig = NginxConfig | HaproxyConfig;

export interface LintOutcome {
  readonly findings: Finding[];
  /** Rules that threw: their findings are missing, the rest of the run is not. */
  readonly ruleErrors: { ruleId: string; error: unknown }[];
}

function isDocumentRule(rule: AnyRule): rule is DocumentRule<ParsedConfig> {
  return 'checkDocument' in rule;
}

/** Every statement a suppression comment can stand before (none needed when no comment suppresses). */
function statementSpans(config: ParsedConfig): Span[] {
  const spans: Span[] = [];
  if (!config.comments.some((c) => parseIgnoreComment(c) !== null)) return spans;
  if (config.dialect === 'nginx') {
    const visit = (list: readonly NginxDirective[]): void => {
      for (const d of list) {
        spans.push(d.span);
        if (d.children) visit(d.children);
      }
    };
    visit(config.directives);
  } else {
    for (const d of config.orphans) spans.push(d.span);
    for (const s of config.sections) {
      spans.push(s.span);
      for (const d of s.directives) spans.push(d.span);
    }
  }
  return spans;
}

/**
 * Runs the rules of one dialect over a parsed config: one walk over the tree, each directive
 * dispatched to the rules that visit it; severities from settings; suppression comments applied.
 */
export class Linter {
  private readonly byDialect: Map<Dialect, AnyRule[]>;

  constructor(readonly rules: readonly AnyRule[]) {
    this.byDialect = new Map();
    for (const rule of rules) {
      const list = this.byDialect.get(rule.meta.dialect) ?? [];
      list.push(rule);
      this.byDialect.set(rule.meta.dialect, list);
    }
  }

  lint(config: ParsedConfig, source: SourceText, settings: LintSettings): LintOutcome {
    const findings: Finding[] = [];
    const ruleErrors: LintOutcome['ruleErrors'] = [];
    const active = (this.byDialect.get(config.dialect) ?? []).filter((r) => settings.rules[r.meta.id] !== 'off');
    const suppressions = new Suppressions(config.comments, statementSpans(config), source);

    const contextFor = (rule: AnyRule): RuleContext<never> => ({
      config: config as never,
      source,
      settings,
      report: (r: Report) => {
        if (suppressions.isSuppressed(rule.meta.id, r.span)) return;
        const override = settings.rules[rule.meta.id];
        findings.push({
          ruleId: rule.meta.id,
          message: r.message,
          span: r.span,
          severity: override && override !== 'off' ? override : r.severity ?? rule.meta.severity,
          fixes: r.fixes ?? [],
        });
      },
    });
    const guarded = (rule: AnyRule, run: () => void): void => {
      try {
        run();
      } catch (error) {
        ruleErrors.push({ ruleId: rule.meta.id, error });
      }
    };

    const contexts = new Map(active.map((r) => [r, contextFor(r)] as const));
    for (const rule of active) {
      if (isDocumentRule(rule)) guarded(rule, () => rule.checkDocument(contexts.get(rule)!));
    }
    if (config.dialect === 'nginx') this.walkNginx(config, active as NginxRule[], contexts, guarded);
    else this.walkHaproxy(config, active as HaproxyRule[], contexts, guarded);

    findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
    return { findings, ruleErrors };
  }

  private walkNginx(
    config: NginxConfig,
    rules: NginxRule[],
    contexts: Map<AnyRule, RuleContext<never>>,
    guarded: (rule: AnyRule, run: () => void) => void,
  ): void {
    const dispatch = new Map<string, NginxRule[]>();
    for (const rule of rules) {
      if (!('visits' in rule) || !Array.isArray(rule.visits)) continue;
      for (const name of rule.visits) dispatch.set(name, [...(dispatch.get(name) ?? []), rule]);
    }
    // A plain recursion (no generator): this visits every directive of the file on every run.
    const visit = (list: readonly NginxDirective[]): void => {
      for (const d of list) {
        const matched = dispatch.get(d.name);
        if (matched) for (const rule of matched) guarded(rule, () => rule.check(d, contexts.get(rule)!));
        if (d.children) visit(d.children);
      }
    };
    visit(config.directives);
  }

  private walkHaproxy(
    config: HaproxyConfig,
    rules: HaproxyRule[],
    contexts: Map<AnyRule, RuleContext<never>>,
    guarded: (rule: AnyRule, run: () => void) => void,
  ): void {
    const byKeyword = new Map<string, HaproxyRule[]>();
    const bySection = new Map<string, HaproxyRule[]>();
    for (const rule of rules) {
      if (!('visits' in rule) || Array.isArray(rule.visits)) continue;
      for (const k of rule.visits.keywords ?? []) byKeyword.set(k, [...(byKeyword.get(k) ?? []), rule]);
      for (const k of rule.visits.sections ?? []) bySection.set(k, [...(bySection.get(k) ?? []), rule]);
    }
    for (const section of config.sections) {
      for (const rule of bySection.get(section.kind) ?? []) guarded(rule, () => rule.checkSection?.(section, contexts.get(rule)!));
      for (const d of section.directives) {
        const byFull = byKeyword.get(fullKeyword(d));
        const byWord = byKeyword.get(d.keyword);
        if (!byFull && !byWord) continue;
        const matched = byFull && byWord && byFull !== byWord ? new Set([...byFull, ...byWord]) : (byFull ?? byWord)!;
        for (const rule of matched) guarded(rule, () => rule.check?.(d, contexts.get(rule)!));
      }
    }
  }
}
