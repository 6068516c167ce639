import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { combinedFixes, compatiblePreferredFixes, fixUntilStable } from '../engine/fixes';
import { disableForFile, disableForLine } from '../engine/suppressionEdits';
import { rulePage } from '../rules/docs';
import { ruleById } from '../rules/registry';
import type { Finding, Fix, TextEdit } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { pathToUri } from './workspaceConfigurations';
import { SOURCE, toLspEdit, toRange, type DiagnosticData } from './convert';
import type { DocLinks } from './docLinks';
import type { LineComment } from '../engine/suppressionEdits';

/** What code actions read of a document: its text and version, and the findings last computed for it. */
export interface LintedDocument {
  readonly uri: string;
  readonly version: number;
  readonly source: SourceText;
  readonly findings: readonly Finding[];
  /** How the document's line comments start (`#` unless said). */
  readonly lineComment?: LineComment;
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && typeof d.data === 'object' && d.data !== null && typeof (d.data as DiagnosticData).ruleId === 'string';
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The finding of the document's current findings that a diagnostic of the same version shows. */
function findingOf(doc: LintedDocument, diagnostic: Diagnostic, ruleId: string): Finding | undefined {
  const start = doc.source.offsetAt(diagnostic.range.start);
  const end = doc.source.offsetAt(diagnostic.range.end);
  return doc.findings.find((f) => f.ruleId === ruleId && f.span.start === start && f.span.end === end && f.message === diagnostic.message);
}

export interface CodeActionDeps {
  /** Lints a text of this document's dialect with its settings: the fix-all loop needs fresh findings. */
  lintText(doc: LintedDocument, text: string): Promise<readonly Finding[]>;
  /** How "Show documentation" opens a page in this client. */
  readonly links: DocLinks;
  /** The text of another file of the document's configuration, for fixes that edit it too. */
  sourceOf?(file: string): SourceText | null;
  /** Whether a fix may edit another file: only files inside the workspace are ever edited. */
  editable?(file: string): boolean;
}

/** Whether every edit of a fix is in the document itself (fix-all applies only those). */
function local(fix: Fix): boolean {
  return fix.edits.every((e) => e.file === undefined);
}

/** The findings with only their fixes that edit the document alone. */
function withLocalFixes(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.fixes.every(local) ? f : { ...f, fixes: f.fixes.filter(local) }));
}

/**
 * One workspace edit for a fix's edits: the document's, and those in other files of its
 * configuration (a setting inherited from nginx.conf, a location in a site file). Null when a file
 * it edits is not known.
 */
function workspaceEdit(uri: string, source: SourceText, edits: readonly TextEdit[], deps: CodeActionDeps): WorkspaceEdit | null {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    const target = e.file === undefined ? uri : pathToUri(e.file);
    const text = e.file === undefined ? source : deps.editable?.(e.file) === false ? null : deps.sourceOf?.(e.file);
    if (!text) return null;
    (changes[target] ??= []).push(toLspEdit(text, e));
  }
  return { changes };
}

/**
 * The actions of each diagnostic (its fixes, fix all of the rule, disable for the line or the file,
 * show documentation) and `source.fixAll.affinity-lint`.
 */
export async function codeActions(doc: LintedDocument, params: CodeActionParams, deps: CodeActionDeps): Promise<(CodeAction | Command)[]> {
  const uri = doc.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const source = doc.source;

  if (wants(only, CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    const ours = params.context.diagnostics.filter(isOurs).map((diagnostic) => ({
      diagnostic,
      finding: diagnostic.data.version === doc.version ? findingOf(doc, diagnostic, diagnostic.data.ruleId) : undefined,
    }));
    // Several findings of one span may share a combined fix: it is offered once, for all of them,
    // and first, since it does what the single fixes do one by one (VS Code still lists the
    // preferred single fixes above it).
    const combined = ours.some((o) => o.finding?.fixes.some((f) => f.combinedTitle !== undefined)) ? combinedFixes(doc.findings) : [];
    for (const c of combined) {
      const covered = ours.filter((o) => o.finding && c.findings.includes(o.finding));
      if (covered.length === 0) continue;
      const edit = workspaceEdit(uri, source, c.fix.edits, deps);
      if (edit) actions.push({ title: c.fix.title, kind: CodeActionKind.QuickFix, diagnostics: covered.map((o) => o.diagnostic), edit });
    }
    for (const { diagnostic, finding } of ours) {
      const { ruleId, version } = diagnostic.data;
      for (const fix of finding?.fixes ?? []) {
        const edit = workspaceEdit(uri, source, fix.edits, deps);
        if (edit) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit });
      }
      if (seenRules.has(ruleId)) continue;
      seenRules.add(ruleId);
      const sameRule = withLocalFixes(doc.findings.filter((f) => f.ruleId === ruleId));
      const fixable = compatiblePreferredFixes(sameRule);
      if (version === doc.version && fixable.length > 1) {
        actions.push({
          title: `Fix all ${ruleId} problems`,
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [uri]: fixable.flatMap((f) => f.edits.map((e) => toLspEdit(source, e))) } },
        });
      }
      const at = source.offsetAt(diagnostic.range.start);
      actions.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [toLspEdit(source, disableForLine(source, ruleId, at, doc.lineComment))] } },
      });
      actions.push({
        title: `Disable ${ruleId} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [toLspEdit(source, disableForFile(source, ruleId, doc.lineComment))] } },
      });
      const docsTitle = `Show documentation for ${ruleId}`;
      actions.push({ title: docsTitle, kind: CodeActionKind.QuickFix, command: deps.links.command(docsTitle, rulePage(ruleId)) });
      for (const guide of ruleById(ruleId)?.meta.guides ?? []) {
        actions.push({ title: guide.title, kind: CodeActionKind.QuickFix, command: deps.links.command(guide.title, guide.page) });
      }
    }
  }

  if (only && wants(only, FIX_ALL_KIND)) {
    const edit = await fixAllEdit(doc, deps);
    if (edit) actions.push({ title: 'Fix all affinity-lint problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } });
  }
  return actions;
}

/** One edit replacing the document with the result of applying preferred fixes until stable. */
export async function fixAllEdit(doc: LintedDocument, deps: CodeActionDeps): Promise<ReturnType<typeof toLspEdit> | null> {
  const before = doc.source.text;
  const { text } = await fixUntilStable(before, async (t) => withLocalFixes(t === before ? doc.findings : await deps.lintText(doc, t)));
  if (text === before) return null;
  return { range: toRange(doc.source, { start: 0, end: before.length }), newText: text };
}
