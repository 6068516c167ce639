import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { rulePage } from '../rules/docs';
import type { Finding, Severity, TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type { DocLinks } from './docLinks';

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

/**
 * What a diagnostic carries for its code actions (LSP 3.16 `Diagnostic.data`): which rule and which
 * version of the document. The fixes themselves stay on the server, with the findings of that
 * version: shipping every fix's edits with every diagnostic on every keystroke made the payload a
 * third larger for edits that are read only when the user opens the light bulb.
 */
export interface DiagnosticData {
  readonly ruleId: string;
  /** The document version the finding was computed for; a stale diagnostic gets no fixes. */
  readonly version: number;
}

export function toDiagnostic(source: SourceText, version: number, finding: Finding, links: DocLinks): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, version };
  const href = links.href(rulePage(finding.ruleId));
  return {
    range: toRange(source, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
    data,
  };
}
