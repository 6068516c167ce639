import { fullKeyword, type HaproxyConfig, type HaproxyDirective, type HaproxySection } from '../model/haproxy';
import { isProtocolBlock, type NginxConfig, type NginxDirective } from '../model/nginx';
import type { AnyRule, DocumentRule, RuleFamily, Finding, Fix, HaproxyRule, NginxRule, Related, Report, RuleContext } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { LintSettings } from './settings';
import { runWhole } from '../schedule/slices';
import { TreeStatements } from './treeStatements';
import { parseIgnoreComment, Suppressions, type Statements } from './suppressions';

export type ParsedConfig = NginxConfig | HaproxyConfig;

export interface LintOutcome {
  readonly findings: Finding[];
  /** Rules that threw: their findings are missing, the rest of the run is not. */
  readonly ruleErrors: { ruleId: string; error: unknown }[];
  /**
   * The findings of each unit whose checks all ran without error, for the next run to reuse: an
   * NGINX unit (see `nginxUnits`) or a HAProxy section. Document rules and checks of the NGINX
   * http/stream/mail block itself are in no unit: they run every time. Absent when nothing was linted.
   */
  readonly unitFindings?: Map<Unit, readonly Finding[]>;
}

/** How a configuration of several files runs the rules (configuration/lintConfiguration.ts). */
export interface LintScope {
  /**
   * `document`: only the rules that read a whole document (run on each file alone); `visiting`:
   * only the rules that visit directives and sections (run on the configuration's joined model).
   */
  readonly rules: 'document' | 'visiting';
  /** Replaces the suppression comments of the linted text: a joined model asks each file's own. */
  readonly isSuppressed?: (ruleId: string, span: Span) => boolean;
}

/** What a run checks and keeps findings for one at a time. */
export type Unit = NginxDirective | HaproxySection;

/** Which units a run checks again, and the findings it takes for the others. */
export interface UnitReuse {
  recheck(unit: Unit): boolean;
  /** The findings of a unit not checked again, valid for the text being linted. */
  cached(unit: Unit): readonly Finding[];
}

function ownFix(fix: Fix): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e })) };
}

function ownRelated(r: Related): Related {
  return { ...r, span: { start: r.span.start, end: r.span.end } };
}

function isDocumentRule(rule: AnyRule): rule is DocumentRule<ParsedConfig> {
  return 'checkDocument' in rule;
}

/** Every statement a suppression comment can stand before (none needed when no comment suppresses). */
export function statements(config: ParsedConfig): Statements | Span[] {
  if (!config.comments.some((c) => parseIgnoreComment(c) !== null)) return [];
  if (config.dialect === 'nginx') return new TreeStatements<NginxDirective>(config.directives, (d) => d.children);
  // Orphans stand before the first section; a section's span holds its directives.
  const top: (HaproxySection | HaproxyDirective)[] = [...config.orphans, ...config.sections];
  return new TreeStatements(top, (node) => ('directives' in node ? node.directives : null));
}

/**
 * Runs the rules of one dialect over a parsed config: one walk over the tree, each directive
 * dispatched to the rules that visit it; severities from settings; suppression comments applied.
 */
export class Linter {
  private readonly byDialect: Map<RuleFamily, AnyRule[]>;

  constructor(readonly rules: readonly AnyRule[]) {
    this.byDialect = new Map();
    for (const rule of rules) {
      const list = this.byDialect.get(rule.meta.dialect) ?? [];
      list.push(rule);
      this.byDialect.set(rule.meta.dialect, list);
    }
  }

  /** Lints the whole file; `reuse` may supply the findings of units that need no new check. */
  lint(config: ParsedConfig, source: SourceText, settings: LintSettings, reuse?: UnitReuse, scope?: LintScope): LintOutcome {
    return runWhole(this.lintInSteps(config, source, settings, reuse, () => false, scope));
  }

  /**
   * The same lint, pausing (yielding) after a unit whenever `pause` says so: a caller with a big
   * file lets other events run in between. The model must not change while the lint is paused.
   */
  *lintInSteps(config: ParsedConfig, source: SourceText, settings: LintSettings, reuse: UnitReuse | undefined, pause: () => boolean, scope?: LintScope): Generator<void, LintOutcome> {
    const findings: Finding[] = [];
    /** Where the findings of the unit being checked also go. */
    let unitSink: Finding[] | null = null;
    const ruleErrors: LintOutcome['ruleErrors'] = [];
    const active = (this.byDialect.get(config.dialect) ?? []).filter((r) => settings.rules[r.meta.id] !== 'off');
    const suppressions = scope?.isSuppressed ? { isSuppressed: scope.isSuppressed } : new Suppressions(config.comments, statements(config), source);

    const contextFor = (rule: AnyRule): RuleContext<never> => ({
      config: config as never,
      source,
      settings,
      report: (r: Report) => {
        if (suppressions.isSuppressed(rule.meta.id, r.span)) return;
        const override = settings.rules[rule.meta.id];
        const finding: Finding = {
          ruleId: rule.meta.id,
          message: r.message,
          // A copy: rules report the model's own spans, which an incremental update later moves.
          span: { start: r.span.start, end: r.span.end },
          severity: override && override !== 'off' ? override : r.severity ?? rule.meta.severity,
          // Each fix, edit and related span a copy too: reused findings are moved in place (see
          // reuseExcept), so no two findings may share one, nor a finding the model's spans.
          fixes: r.fixes ? r.fixes.map(ownFix) : [],
          ...(r.related?.length ? { related: r.related.map(ownRelated) } : {}),
        };
        findings.push(finding);
        unitSink?.push(finding);
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
    if (scope?.rules !== 'visiting') {
      for (const rule of active) {
        if (isDocumentRule(rule)) guarded(rule, () => rule.checkDocument(contexts.get(rule)!));
      }
    }
    if (scope?.rules === 'document') {
      findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
      return { findings, ruleErrors };
    }
    const unitFindings = new Map<Unit, readonly Finding[]>();
    const checkUnit = (unit: Unit, check: () => void): void => {
      if (reuse && !reuse.recheck(unit)) {
        const cached = reuse.cached(unit);
        for (const f of cached) findings.push(f);
        unitFindings.set(unit, cached);
        return;
      }
      const own: Finding[] = [];
      const errors = ruleErrors.length;
      unitSink = own;
      check();
      unitSink = null;
      // A unit whose check threw is checked again next time, so that its error is not hidden.
      if (ruleErrors.length === errors) unitFindings.set(unit, own);
    };
    if (config.dialect === 'nginx') {
      const visit = this.nginxVisitor(active as NginxRule[], contexts, guarded);
      for (const d of config.directives) {
        if (!isProtocolBlock(d)) {
          checkUnit(d, () => visit(d));
          if (pause()) yield;
          continue;
        }
        visit(d, false);
        for (const unit of d.children!) {
          checkUnit(unit, () => visit(unit));
          if (pause()) yield;
        }
      }
    } else {
      const check = this.haproxyChecker(active as HaproxyRule[], contexts, guarded);
      for (const section of config.sections) {
        checkUnit(section, () => check(section));
        if (pause()) yield;
      }
    }

    findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
    return { findings, ruleErrors, unitFindings };
  }

  /** Checks a directive (and, unless told not to, everything inside it) with the rules that visit each. */
  private nginxVisitor(
    rules: NginxRule[],
    contexts: Map<AnyRule, RuleContext<never>>,
    guarded: (rule: AnyRule, run: () => void) => void,
  ): (d: NginxDirective, deep?: boolean) => void {
    const dispatch = new Map<string, NginxRule[]>();
    for (const rule of rules) {
      if (!('visits' in rule) || !Array.isArray(rule.visits)) continue;
      for (const name of rule.visits) dispatch.set(name, [...(dispatch.get(name) ?? []), rule]);
    }
    // A plain recursion (no generator): a full run visits every directive of the file.
    const visit = (d: NginxDirective, deep = true): void => {
      const matched = dispatch.get(d.name);
      if (matched) for (const rule of matched) guarded(rule, () => rule.check(d, contexts.get(rule)!));
      if (deep && d.children) for (const c of d.children) visit(c);
    };
    return visit;
  }

  /** Checks a section and its directives with the rules that visit each. */
  private haproxyChecker(
    rules: HaproxyRule[],
    contexts: Map<AnyRule, RuleContext<never>>,
    guarded: (rule: AnyRule, run: () => void) => void,
  ): (section: HaproxySection) => void {
    const byKeyword = new Map<string, HaproxyRule[]>();
    const bySection = new Map<string, HaproxyRule[]>();
    for (const rule of rules) {
      if (!('visits' in rule) || Array.isArray(rule.visits)) continue;
      for (const k of rule.visits.keywords ?? []) byKeyword.set(k, [...(byKeyword.get(k) ?? []), rule]);
      for (const k of rule.visits.sections ?? []) bySection.set(k, [...(bySection.get(k) ?? []), rule]);
    }
    return (section) => {
      for (const rule of bySection.get(section.kind) ?? []) guarded(rule, () => rule.checkSection?.(section, contexts.get(rule)!));
      for (const d of section.directives) {
        const byFull = byKeyword.get(fullKeyword(d));
        const byWord = byKeyword.get(d.keyword);
        if (!byFull && !byWord) continue;
        const matched = byFull && byWord && byFull !== byWord ? new Set([...byFull, ...byWord]) : (byFull ?? byWord)!;
        for (const rule of matched) guarded(rule, () => rule.check?.(d, contexts.get(rule)!));
      }
    };
  }
}
