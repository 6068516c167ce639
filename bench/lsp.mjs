// A minimal language client for the benchmark: spawns the bundled server over stdio and talks to it
// the way VS Code does (initialize, didOpen, incremental didChange, publishDiagnostics with versions).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

export class BenchClient {
  constructor(serverJs) {
    this.startedAt = performance.now();
    this.process = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (d) => (this.stderr += d.toString()));
    this.waiters = [];
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    /** Every publishDiagnostics received: { uri, version, count, at }. */
    this.published = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      this.published.push({ uri: p.uri, version: p.version, count: p.diagnostics.length, at });
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve({ params: p, at });
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.workspaceFolders = null;
    this.connection.onRequest('workspace/workspaceFolders', () => this.workspaceFolders);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', (m) => {
      if (m.type === 1) this.stderr += `${m.message}\n`;
    });
    this.connection.listen();
  }

  get pid() {
    return this.process.pid;
  }

  /** `rootUri`: the workspace folder to open, as VS Code does for a folder (none: loose files). */
  async initialize(rootUri = null) {
    this.workspaceFolders = rootUri ? [{ uri: rootUri, name: rootUri.split('/').pop() }] : null;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: this.workspaceFolders,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with { params, at } for the next diagnostics of `uri` (at `version` when given). */
  diagnostics(uri, version) {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  open(uri, languageId, text, version = 1) {
    const waiting = this.diagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return waiting;
  }

  change(uri, version, contentChanges) {
    const waiting = this.diagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return waiting;
  }

  close(uri) {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** A request the server answers without touching any document: its round trip shows event-loop stalls. */
  async ping() {
    const t0 = performance.now();
    await this.connection.sendRequest('workspace/executeCommand', { command: 'affinityLint.benchPing', arguments: [] });
    return performance.now() - t0;
  }

  /** Resident and peak memory of the server process in MB, from /proc (Linux only; null elsewhere). */
  memory() {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
    } catch {
      return null;
    }
  }

  async stop() {
    try {
      await Promise.race([
        (async () => {
          await this.connection.sendRequest('shutdown');
          await this.connection.sendNotification('exit');
        })(),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
