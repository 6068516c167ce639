import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');

/**
 * A language client over stdio against the bundled server, as an editor would run it: it answers
 * the server's configuration requests from `settings` and collects published diagnostics.
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shownDocuments: string[] = [];
  /** `window/showMessage` texts. */
  readonly shownMessages: string[] = [];
  /** `affinityLint/lintWorkspaceProgress` notifications. */
  readonly progress: unknown[] = [];
  settings: Record<string, unknown> = {};
  stderr = '';

  constructor() {
    this.process = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shownDocuments.push(p.uri);
      return { success: true };
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('affinityLint/lintWorkspaceProgress', (p: unknown) => this.progress.push(p));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.shownMessages.push(p.message));
    this.connection.listen();
  }

  /**
   * `initializationOptions` as a client sends them (the VS Code client sends workspace trust);
   * `workspaceFolders`: absolute folders opened as the workspace (none: files alone).
   */
  async start(initializationOptions?: unknown, workspaceFolders?: readonly string[]): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: workspaceFolders?.map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })) ?? null,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true } },
        window: { showDocument: { support: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the next diagnostics for `uri` that pass `test` (already published ones count). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = [...this.published].reverse().find((p) => p.uri === uri);
    if (seen && test(seen)) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
