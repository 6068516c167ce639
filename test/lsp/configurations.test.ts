import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { GLOBAL_CFG, SHOP_CFG, Trees } from '../helpers/configurationTree';
import { LspTestClient, SERVER_BUNDLE } from '../helpers/lspClient';

const NGINX_CONF = 'events {}\nhttp {\n    proxy_next_upstream off;\n    include conf.d/*.conf;\n    include sites-enabled/*;\n}\n';
const APP = 'upstream app {\n    hash $request_uri consistent;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\n';
const SITE = (name: string): string => `server {\n    server_name ${name};\n    location / {\n        proxy_pass http://app;\n    }\n}\n`;

/** The workspace: the HAProxy example in lb/, an NGINX configuration of four files in nginx/. */
const WORKSPACE = {
  'lb/00-global.cfg': GLOBAL_CFG,
  'lb/10-shop.cfg': SHOP_CFG,
  'nginx/nginx.conf': NGINX_CONF,
  'nginx/conf.d/app.conf': APP,
  'nginx/sites-enabled/shop': SITE('shop'),
  'nginx/sites-enabled/admin': SITE('admin'),
};

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code)).sort();

/** Each change of a watched file, as a client's file watcher reports it. */
const CREATED = 1;
const CHANGED = 2;

describe('language server: configurations across files (workspace folder over stdio)', function () {
  const trees = new Trees();
  let ws: string;
  let client: LspTestClient;
  const uri = (rel: string): string => pathToFileURL(path.join(ws, rel)).toString();
  let version = 1;
  const open = (rel: string, languageId: string): Promise<void> =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId, version: 1, text: fs.readFileSync(path.join(ws, rel), 'utf8') } });
  const change = (rel: string, text: string): Promise<void> => client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(rel), version: ++version }, contentChanges: [{ text }] });
  const watched = (changes: { rel: string; type: number }[]): Promise<void> =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.rel), type: c.type })) });
  /** The next diagnostics of a file that have (or lack) a rule. */
  const next = (rel: string, test: (codes: string[]) => boolean, since = client.published.length): Promise<PublishDiagnosticsParams> =>
    new Promise((resolve) => {
      const seen = client.published.slice(since).reverse().find((p) => p.uri === uri(rel));
      if (seen && test(codes(seen))) return resolve(seen);
      void client.diagnostics(uri(rel), (p) => client.published.indexOf(p) >= since && test(codes(p))).then(resolve);
    });

  before(async function () {
    assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`);
    ws = trees.make(WORKSPACE);
    client = new LspTestClient();
    await client.start(undefined, [ws]);
  });

  after(async () => {
    await client?.stop();
    trees.cleanup();
  });

  it("the issue's example: 10-shop.cfg opened alone has no diagnostics (its mode comes from 00-global.cfg)", async () => {
    await open('lb/10-shop.cfg', 'haproxy');
    const p = await client.diagnostics(uri('lb/10-shop.cfg'), (x) => x.version === 1);
    assert.deepStrictEqual(codes(p), []);
  });

  it('an edit of 00-global.cfg (mode http -> tcp) gives 10-shop.cfg the invalid-cookie-options error; reverting takes it away', async () => {
    await open('lb/00-global.cfg', 'haproxy');
    let since = client.published.length;
    await change('lb/00-global.cfg', GLOBAL_CFG.replace('mode http', 'mode tcp'));
    const broken = await next('lb/10-shop.cfg', (c) => c.includes('haproxy/invalid-cookie-options'), since);
    const d = broken.diagnostics.find((x) => x.code === 'haproxy/invalid-cookie-options')!;
    assert.strictEqual(d.range.start.line, 2);
    assert.match(d.message, /TCP mode/);
    since = client.published.length;
    await change('lb/00-global.cfg', GLOBAL_CFG);
    await next('lb/10-shop.cfg', (c) => c.length === 0, since);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('lb/00-global.cfg') } });
  });

  it('a change on disk of a closed file, reported by the watcher, does the same', async () => {
    let since = client.published.length;
    fs.writeFileSync(path.join(ws, 'lb/00-global.cfg'), GLOBAL_CFG.replace('mode http', 'mode tcp'));
    await watched([{ rel: 'lb/00-global.cfg', type: CHANGED }]);
    await next('lb/10-shop.cfg', (c) => c.includes('haproxy/invalid-cookie-options'), since);
    since = client.published.length;
    fs.writeFileSync(path.join(ws, 'lb/00-global.cfg'), GLOBAL_CFG);
    await watched([{ rel: 'lb/00-global.cfg', type: CHANGED }]);
    await next('lb/10-shop.cfg', (c) => c.length === 0, since);
  });

  it('a finding in conf.d/app.conf has related information in nginx.conf and the site files', async () => {
    await open('nginx/conf.d/app.conf', 'nginx');
    const p = await next('nginx/conf.d/app.conf', (c) => c.includes('nginx/affinity-without-failover'));
    const d = p.diagnostics.find((x) => x.code === 'nginx/affinity-without-failover')!;
    assert.deepStrictEqual(
      d.relatedInformation?.map((r) => `${r.location.uri.slice(uri('nginx').length + 1)}:${r.location.range.start.line + 1} ${r.message}`),
      ["sites-enabled/admin:4 traffic to 'app'", "sites-enabled/shop:4 traffic to 'app'", "nginx.conf:3 'proxy_next_upstream off' in effect"],
    );
  });

  it("a quick fix that edits other files of the configuration: one WorkspaceEdit over the two site files", async () => {
    const p = await client.diagnostics(uri('nginx/conf.d/app.conf'), (x) => codes(x).includes('nginx/affinity-without-failover'));
    const d = p.diagnostics.find((x) => x.code === 'nginx/affinity-without-failover') as Diagnostic;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('nginx/conf.d/app.conf') }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
    const restore = actions.find((a) => a.title.startsWith('Restore failover'));
    assert.ok(restore, actions.map((a) => a.title).join('\n'));
    const changes = restore.edit!.changes!;
    assert.deepStrictEqual(Object.keys(changes).sort(), [uri('nginx/sites-enabled/admin'), uri('nginx/sites-enabled/shop')]);
    for (const edits of Object.values(changes)) assert.deepStrictEqual(edits.map((e) => ({ line: e.range.start.line, text: e.newText.trim() })), [{ line: 2, text: 'proxy_next_upstream error timeout;' }]);
  });

  it('a new file matched by an include glob is read: its findings are published though it is not open', async () => {
    const since = client.published.length;
    fs.writeFileSync(path.join(ws, 'nginx/conf.d/pinned.conf'), 'upstream pinned {\n    ip_hash;\n    server 10.0.0.3;\n    server 10.0.0.4;\n}\n');
    await watched([{ rel: 'nginx/conf.d/pinned.conf', type: CREATED }]);
    const p = await next('nginx/conf.d/pinned.conf', (c) => c.includes('nginx/ip-hash'), since);
    assert.strictEqual(p.diagnostics.find((d) => d.code === 'nginx/ip-hash')!.range.start.line, 1);
  });

  it('a closed file no configuration reads any more (its include deleted) loses its diagnostics', async () => {
    let since = client.published.length;
    await open('nginx/nginx.conf', 'nginx');
    await next('nginx/nginx.conf', () => true, since);
    since = client.published.length;
    await change('nginx/nginx.conf', NGINX_CONF.replace('    include conf.d/*.conf;\n', ''));
    await next('nginx/conf.d/pinned.conf', (c) => c.length === 0, since);
    // The open conf.d/app.conf is linted alone again: the pass and the setting that decided its finding are not in it.
    await next('nginx/conf.d/app.conf', (c) => !c.includes('nginx/affinity-without-failover'), since);
  });
});

describe('language server: affinityLint/lintWorkspace', function () {
  const trees = new Trees();
  let ws: string;
  let client: LspTestClient;
  const uri = (rel: string): string => pathToFileURL(path.join(ws, rel)).toString();

  beforeEach(async () => {
    ws = trees.make(WORKSPACE);
    client = new LspTestClient();
    await client.start(undefined, [ws]);
  });
  afterEach(async () => {
    await client?.stop();
  });
  after(() => trees.cleanup());

  it('publishes the findings of files that are not open', async () => {
    const result = await client.connection.sendRequest('affinityLint/lintWorkspace', {});
    assert.deepStrictEqual(result, { configurations: 2, files: 6, problems: 1, cancelled: false });
    // Each configuration read once, with its progress; the total counts the files that may be linted alone too.
    assert.deepStrictEqual(client.progress, [
      { done: 0, total: 8, name: 'haproxy -f lb' },
      { done: 1, total: 8, name: 'nginx -c nginx/nginx.conf' },
    ]);
    const app = await client.diagnostics(uri('nginx/conf.d/app.conf'));
    assert.deepStrictEqual(codes(app), ['nginx/affinity-without-failover']);
    const shop = await client.diagnostics(uri('lb/10-shop.cfg'));
    assert.deepStrictEqual(codes(shop), []);
  });

  it('honours cancellation: answers that it was cancelled', async () => {
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('affinityLint/lintWorkspace', {}, source.token);
    source.cancel();
    // Cancelled before the first configuration is read: none is, and no file's findings are published.
    assert.deepStrictEqual(await request, { configurations: 2, files: 0, problems: 0, cancelled: true });
    assert.deepStrictEqual(client.progress, []);
    assert.deepStrictEqual(client.published, []);
  });
});

describe('language server: fix-all in a file of a configuration', function () {
  const trees = new Trees();
  let client: LspTestClient;
  after(async () => {
    await client?.stop();
    trees.cleanup();
  });

  it("applies the fixes the configuration's findings call for (HTTP mode from the other file), until stable", async () => {
    const insecure = SHOP_CFG.replace(' secure httponly attr "SameSite=Lax" maxidle 30m maxlife 8h', '');
    const ws = trees.make({ 'lb/00-global.cfg': GLOBAL_CFG, 'lb/10-shop.cfg': insecure });
    client = new LspTestClient();
    await client.start(undefined, [ws]);
    const shop = pathToFileURL(path.join(ws, 'lb/10-shop.cfg')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: shop, languageId: 'haproxy', version: 1, text: insecure } });
    const p = await client.diagnostics(shop, (x) => x.version === 1);
    // Read alone, the backend would be in TCP mode and its cookie an error; with 00-global.cfg it is HTTP.
    assert.deepStrictEqual(codes(p), ['haproxy/cookie-no-httponly', 'haproxy/cookie-no-samesite', 'haproxy/cookie-no-secure', 'haproxy/cookie-no-ttl']);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: shop },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.affinity-lint'] },
    })) as CodeAction[];
    assert.strictEqual(actions.length, 1);
    const [edit] = actions[0].edit!.changes![shop];
    assert.strictEqual(edit.newText, SHOP_CFG.replace(' secure httponly attr "SameSite=Lax" maxidle 30m maxlife 8h', ' httponly attr "SameSite=Lax" maxidle 30m maxlife 8h'));
  });
});

describe('language server: a file in two configurations', function () {
  const trees = new Trees();
  let client: LspTestClient;
  after(async () => {
    await client?.stop();
    trees.cleanup();
  });

  it('a finding only one of them reports names it, by its path from the workspace folder', async () => {
    const ws = trees.make({
      'nginx.conf': 'events {}\nhttp {\n    include common/app.conf;\n    include sites-enabled/*;\n}\n',
      'staging/nginx.conf': 'events {}\nhttp {\n    proxy_next_upstream off;\n    include ../common/app.conf;\n    include ../sites-enabled/*;\n}\n',
      'common/app.conf': APP,
      'sites-enabled/shop': SITE('shop'),
    });
    client = new LspTestClient();
    await client.start(undefined, [ws]);
    const app = pathToFileURL(path.join(ws, 'common/app.conf')).toString();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: app, languageId: 'nginx', version: 1, text: APP } });
    const p = await client.diagnostics(app, (x) => x.version === 1);
    assert.deepStrictEqual(
      p.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message.replace(/: when .*(?= \[)/, ': …')}`),
      ["2 nginx/affinity-without-failover Upstream 'app' pins clients, but its traffic (line 4 of sites-enabled/shop) has 'proxy_next_upstream off' in effect (line 3 of staging/nginx.conf): … [in nginx -c staging/nginx.conf]"],
    );
  });
});
