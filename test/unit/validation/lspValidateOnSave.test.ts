import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, SERVER_BUNDLE } from '../../helpers/lspClient';
import { fakeNginx, Scratch, snapshot } from './fakes';

/** The test client, with the workspace trust the VS Code client sends in initializationOptions. */
class ClientWithTrust extends LspTestClient {
  notifications: string[] = [];

  constructor(private readonly trusted: boolean | undefined) {
    super();
    this.connection.onNotification('affinityLint/targetsChanged', () => this.notifications.push('targetsChanged'));
  }

  override async start(): Promise<void> {
    await super.start(this.trusted === undefined ? undefined : { workspaceTrusted: this.trusted });
  }
}

const text = ['events {}', 'http {', '    upstream app {', '        ip_hash;', '        server 127.0.0.1:8080;', '    }', '    upstream admin {', '        sticky cookie srv;', '    }', '}', ''].join('\n');

describe('validate on save over LSP (bundled server, fake nginx)', function () {
  this.timeout(20000);
  let scratch: Scratch;
  let file: string;
  let uri: string;
  let calls: string;
  let nginx: string;
  let clients: LspTestClient[] = [];

  before(() => assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`));
  beforeEach(() => {
    scratch = new Scratch('lsp');
    file = scratch.file('site/nginx.conf', text);
    uri = pathToFileURL(file).toString();
    calls = path.join(scratch.dir, 'calls.log');
    nginx = fakeNginx(scratch, '1.22.1', calls);
  });
  afterEach(async () => {
    for (const c of clients) await c.stop();
    clients = [];
    scratch.dispose();
  });

  async function started(trusted: boolean | undefined, settings: Record<string, unknown>): Promise<ClientWithTrust> {
    const client = new ClientWithTrust(trusted);
    clients.push(client);
    client.settings = settings;
    await client.start();
    return client;
  }

  const fromNginx = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.source === 'nginx -t');

  it('publishes nginx -t messages on the right line with source nginx -t, next to the lint findings', async () => {
    const before = snapshot(path.join(scratch.dir, 'site'));
    const client = await started(true, { validate: { onSave: true, nginxPath: nginx } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const published = await client.diagnostics(uri, (p) => fromNginx(p.diagnostics).length > 0);
    assert.deepStrictEqual(fromNginx(published.diagnostics), [
      { range: { start: { line: 7, character: 8 }, end: { line: 7, character: 26 } }, severity: 1, source: 'nginx -t', code: 'emerg', message: 'unknown directive "sticky"' },
    ]);
    assert.ok(published.diagnostics.some((d) => d.code === 'nginx/ip-hash'), 'the lint findings are still there');
    assert.deepStrictEqual(snapshot(path.join(scratch.dir, 'site')), before, 'validation touched the user’s folder');
    assert.match(fs.readFileSync(calls, 'utf8'), /-t -p \S+ -e stderr -c \S+nginx\.conf/);

    // The next edit hides the result (its lines may have moved) until the next save.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }],
    });
    const edited = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepStrictEqual(fromNginx(edited.diagnostics), []);
  });

  it('runs nothing when the workspace is not trusted, or when the client says nothing about trust', async () => {
    for (const trusted of [false, undefined]) {
      const client = await started(trusted, { validate: { onSave: true, nginxPath: nginx } });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
      await client.diagnostics(uri, (p) => p.version === 1);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const targets = (await client.connection.sendRequest('affinityLint/targets', { uri })) as { text: string };
      assert.strictEqual(targets.text, 'Affinity: nginx 1.22 (assumed) · HAProxy 2.6 (assumed)');
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(!fs.existsSync(calls), `the fake nginx ran: ${fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8') : ''}`);
      assert.deepStrictEqual(client.published.flatMap((p) => fromNginx(p.diagnostics)), []);
    }
  });

  it('starts validating once trust is granted', async () => {
    const client = await started(false, { validate: { onSave: true, nginxPath: nginx } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.connection.sendNotification('affinityLint/workspaceTrusted');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const published = await client.diagnostics(uri, (p) => fromNginx(p.diagnostics).length > 0);
    assert.strictEqual(fromNginx(published.diagnostics)[0].range.start.line, 7);
    assert.deepStrictEqual(client.notifications, ['targetsChanged']);
  });

  it('does not validate when validate.onSave is off (the default), but still detects the version', async () => {
    const client = await started(true, { validate: { nginxPath: nginx, haproxyPath: path.join(scratch.dir, 'no-haproxy') } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const targets = (await client.connection.sendRequest('affinityLint/targets', { uri })) as { text: string; tooltip: string };
    assert.match(targets.text, /^Affinity: nginx 1\.22\.1 \(detected\) · HAProxy 2\.6 \(assumed\)$/);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepStrictEqual(fs.readFileSync(calls, 'utf8').trim().split('\n'), ['-V'], 'only the version was asked for');
  });

  it('writes fixes for the detected version: nginx 1.29.6 gets sticky cookie as the preferred fix', async () => {
    const newer = fakeNginx(scratch, '1.29.6', path.join(scratch.dir, 'newer.log'));
    const client = await started(true, { validate: { nginxPath: newer } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    const ipHash = published.diagnostics.find((d) => d.code === 'nginx/ip-hash')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: ipHash.range,
      context: { diagnostics: [ipHash], only: ['quickfix'] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, JSON.stringify(actions.map((a) => a.title)));
    assert.match(preferred.title, /sticky cookie/);
    assert.match(preferred.title, /nginx 1\.29\.6/);
  });
});
