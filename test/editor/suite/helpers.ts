import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'affinity-lint.affinity-lint';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suites run with a workspace folder (a copy of examples/)');
  return folder.uri.fsPath;
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'affinity-lint');
}

export function codes(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf).sort();
}

/** Resolves with the document's diagnostics once `predicate` holds, waiting on onDidChangeDiagnostics. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what = 'diagnostics', timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const now = ours(uri);
      if (!predicate(now)) return false;
      cleanup();
      resolve(now);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what} on ${uri.fsPath}; have ${JSON.stringify(ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}`))}`));
    }, timeoutMs);
    function cleanup(): void {
      sub.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Opens a file of the workspace in an editor; the extension activates on its language. */
export async function open(relative: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspaceRoot(), relative)));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Puts back the text a test started from (in the editor only: nothing is saved). */
export async function restore(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" applied`);
}

type Section = 'rules' | 'traffic' | 'nginx.flavor' | 'nginx.version' | 'haproxy.version';

/** Sets affinityLint.<section> in the workspace settings (undefined removes it). */
export async function setSetting(section: Section, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('affinityLint').update(section, value, vscode.ConfigurationTarget.Workspace);
}

export async function resetSettings(): Promise<void> {
  for (const s of ['rules', 'traffic', 'nginx.flavor', 'nginx.version', 'haproxy.version'] as const) await setSetting(s, undefined);
}

export function lineOf(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" is not in ${doc.uri.fsPath}`);
}
