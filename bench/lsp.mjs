// A minimal language client for the benchmark: spawns the bundled server over stdio and talks to it
// the way VS Code does (initialize, didOpen, incremental didChange, publishDiagnostics with versions).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { prng } from './stats.mjs';

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

/**
 * One-character edits at seeded random places, each waited for: send didChange (insert a letter
 * inside a token), wait for publishDiagnostics of that version, then the next edit (which deletes
 * that letter again). Stops after `maxEdits` or `budgetMs`, at an even count.
 */
export async function editLatencies(client, uri, text, { maxEdits, minEdits = 4, budgetMs, seed, version }) {
  const lines = text.split('\n');
  const rand = prng(seed);
  const latencies = [];
  const started = performance.now();
  let pending = null;
  let v = version;
  while (latencies.length < maxEdits && (pending || performance.now() - started < budgetMs || latencies.length < minEdits)) {
    let change;
    if (pending) {
      change = { range: { start: pending, end: { line: pending.line, character: pending.character + 1 } }, rangeLength: 1, text: '' };
      lines[pending.line] = lines[pending.line].slice(0, pending.character) + lines[pending.line].slice(pending.character + 1);
      pending = null;
    } else {
      let line;
      let character = -1;
      for (let tries = 0; character < 0 && tries < 100; tries++) {
        line = Math.floor(rand() * lines.length);
        const candidates = [];
        const l = lines[line];
        for (let c = 1; c < l.length; c++) if (/[A-Za-z0-9_]/.test(l[c - 1]) && l[c - 1] !== '#') candidates.push(c);
        if (candidates.length && !l.trimStart().startsWith('#')) character = candidates[Math.floor(rand() * candidates.length)];
      }
      const at = { line, character };
      change = { range: { start: at, end: at }, rangeLength: 0, text: 'x' };
      lines[line] = lines[line].slice(0, character) + 'x' + lines[line].slice(character);
      pending = at;
    }
    v++;
    const t0 = performance.now();
    const { at } = await client.change(uri, v, [change]);
    latencies.push(at - t0);
  }
  return { latencies, version: v };
}
