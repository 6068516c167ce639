import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TARGETS_CHANGED_NOTIFICATION, TARGETS_REQUEST, type TargetsParams, type TargetsResult } from '../../server/src/features/customProtocol';

const LANGUAGES = new Set(['nginx', 'haproxy']);

/**
 * A status bar item naming the targets in force for the active nginx / HAProxy document, e.g.
 * "Affinity: nginx 1.22.1 (detected) · HAProxy 2.6 (assumed)". The server knows the settings, the
 * project file and the detected binaries, and computes the text; this only shows it.
 */
export class TargetStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('affinityLint.targets', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private request = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item.name = 'Affinity Lint targets';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidOpenTextDocument((d) => d === vscode.window.activeTextEditor?.document && void this.refresh()),
    );
    client.onNotification(TARGETS_CHANGED_NOTIFICATION, () => void this.refresh());
  }

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const id = ++this.request;
    if (!doc || !LANGUAGES.has(doc.languageId) || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    try {
      const params: TargetsParams = { uri: doc.uri.toString() };
      const targets = await this.client.sendRequest<TargetsResult>(TARGETS_REQUEST, params);
      if (id !== this.request) return; // the active editor changed meanwhile
      this.item.text = targets.text;
      this.item.tooltip = targets.tooltip;
      this.item.show();
    } catch (e) {
      this.log.warn(`cannot read the targets for ${doc.uri.toString()}: ${String(e)}`);
      if (id === this.request) this.item.hide();
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
