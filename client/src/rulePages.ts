import * as vscode from 'vscode';
import { pageOf } from '../../server/src/rules/docs';

/**
 * Opens a page of the documentation shipped in the extension's `docs/` in VS Code's Markdown
 * preview, beside the configuration being read: offline, and the version that is installed. The
 * pages' relative links (other rules, the shared-store guide) open in the preview too, since the
 * folder ships as it is in the repository.
 *
 * `arg` is what a diagnostic's link or a code action passes (a rule id or a path under `docs/`);
 * without one (the command palette) the rule catalogue opens.
 */
export async function showRulePage(extensionUri: vscode.Uri, arg: unknown, log: vscode.LogOutputChannel): Promise<void> {
  const page = pageOf(arg);
  if (!page) {
    log.warn(`no documentation page for ${JSON.stringify(arg)}`);
    void vscode.window.showWarningMessage(`Affinity Lint has no documentation page for ${JSON.stringify(arg)}.`);
    return;
  }
  const uri = vscode.Uri.joinPath(extensionUri, 'docs', ...page.split('/'));
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    log.warn(`${uri.toString()} is not installed`);
    void vscode.window.showWarningMessage(`The documentation page ${page} is not installed with Affinity Lint.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}
