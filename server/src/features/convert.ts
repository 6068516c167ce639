import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { docsUrl } from '../rules/docs';
import type { Finding, Severity, TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

export const SOURCE = 'affinity-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(source: SourceText, span: Span): Range {
  return { start: source.positionAt(span.start), end: source.positionAt(span.end) };
}

export function toLspEdit(source: SourceText, edit: TextEdit): LspTextEdit {
  return { range: toRange(source, edit), newText: edit.newText };
}

/** What a diagnostic carries for its code actions (LSP 3.16 `Diagnostic.data`). */
export interface DiagnosticData {
  readonly ruleId: string;
  /** The document version the edits were computed for; stale edits are not offered. */
  readonly version: number;
  readonly fixes: readonly { title: string; preferred: boolean; edits: LspTextEdit[] }[];
}

export function toDiagnostic(source: SourceText, version: number, finding: Finding): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    version,
    fixes: finding.fixes.map((f) => ({ title: f.title, preferred: f.preferred, edits: f.edits.map((e) => toLspEdit(source, e)) })),
  };
  return {
    range: toRange(source, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}
