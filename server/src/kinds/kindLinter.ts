import { Suppressions } from '../engine/suppressions';
import type { LintSettings } from '../engine/settings';
import type { Finding, Fix, KindRule, Related, Report, RuleContext } from '../rules/types';
import { SourceText } from '../text/sourceText';
import type { FileKind, KindFiles, KindInput, KindModel, WorkspaceLinks } from './fileKind';

/** The largest text a kind reads: past it, one finding says why the file was not linted. */
export const MAX_KIND_CHARS = 10 * 1024 * 1024;

export interface KindLintResult<M extends KindModel = KindModel> {
  readonly source: SourceText;
  /** Null when the file holds nothing the kind lints (then `findings` holds only reading problems, if any). */
  readonly model: M | null;
  readonly findings: Finding[];
  readonly notes: readonly string[];
  readonly ruleErrors: { ruleId: string; error: unknown }[];
}

/** No neighbouring files: what a test or a text without a path reads. */
export const NO_FILES: KindFiles = { read: () => Promise.resolve(null) };

function copyFix(fix: Fix): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e })) };
}

function copyRelated(r: Related): Related {
  return { ...r, span: { start: r.span.start, end: r.span.end } };
}

/** Whether a rule runs under these settings: a rule off by default runs only when a severity is set. */
export function ruleActive(rule: KindRule<never>, settings: LintSettings): boolean {
  const setting = settings.rules[rule.meta.id];
  if (setting === 'off') return false;
  return setting !== undefined || rule.meta.enabledByDefault !== false;
}

/**
 * Reads a file of a kind and runs the kind's rules over its model: severities from settings,
 * `affinity-lint ignore=` comments applied, a rule that throws kept from spoiling the others.
 */
export async function lintKind<M extends KindModel>(
  kind: FileKind<M>,
  file: string,
  text: string,
  settings: LintSettings,
  files: KindFiles = NO_FILES,
  rules: readonly KindRule<M>[] = kind.rules,
  workspace?: WorkspaceLinks,
): Promise<KindLintResult<M>> {
  const source = new SourceText(text);
  if (text.length > MAX_KIND_CHARS) {
    const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    const message = `File not linted: it is ${mb(text.length)}, over the ${mb(MAX_KIND_CHARS)} limit for one file.`;
    return { source, model: null, findings: [], notes: [message], ruleErrors: [] };
  }
  const input: KindInput = { file, text, source, settings, files, ...(workspace ? { workspace } : {}) };
  const reading = await kind.read(input);
  const model = reading.model;
  const ruleErrors: KindLintResult['ruleErrors'] = [];
  const findings: Finding[] = [];
  const suppressions = model ? new Suppressions(model.comments, model.statements, source) : null;
  const editable = (fix: Fix): boolean => !model || !kind.editable || fix.edits.every((e) => e.file !== undefined || kind.editable!(model, e.start, e.end));
  const keep = (f: Finding): void => {
    if (suppressions?.isSuppressed(f.ruleId, f.span)) return;
    const setting = settings.rules[f.ruleId];
    if (setting === 'off') return;
    findings.push(setting ? { ...f, severity: setting } : f);
  };
  for (const f of reading.findings) keep(f);
  if (model) {
    for (const rule of rules) {
      if (!ruleActive(rule as KindRule<never>, settings)) continue;
      const context: RuleContext<M> = {
        config: model,
        source,
        settings,
        report: (r: Report) =>
          keep({
            ruleId: rule.meta.id,
            message: r.message,
            span: { start: r.span.start, end: r.span.end },
            severity: r.severity ?? rule.meta.severity,
            fixes: r.fixes ? r.fixes.filter((fix) => editable(fix)).map(copyFix) : [],
            ...(r.related?.length ? { related: r.related.map(copyRelated) } : {}),
          }),
      };
      try {
        rule.checkModel(context, input);
      } catch (error) {
        ruleErrors.push({ ruleId: rule.meta.id, error });
      }
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  return { source, model, findings, notes: reading.notes, ruleErrors };
}
