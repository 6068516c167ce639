import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT, SERVER_BUNDLE } from '../helpers/lspClient';

/**
 * The two halves of a workspace in the editor: the bundled compose-shop example (nginx round robin
 * over two compose services built from ./app, an express-session app with its MemoryStore).
 */
describe('language server: apps linked to the load balancers in front of them', function () {
  let client: LspTestClient;
  let dir: string;
  const uri = (rel: string): string => pathToFileURL(path.join(dir, rel)).toString();
  const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();

  before(async function () {
    assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-links-'));
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'compose-shop'), dir, { recursive: true });
    client = new LspTestClient();
    await client.start({}, [dir]);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the app in memory behind the round-robin upstream: app/memory-store-unpinned, with the reason', async () => {
    const text = fs.readFileSync(path.join(dir, 'app', 'server.js'), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('app/server.js'), languageId: 'javascript', version: 1, text } });
    const published = await client.diagnostics(uri('app/server.js'), (p) => p.diagnostics.some((d) => d.code === 'app/memory-store-unpinned'));
    const d = published.diagnostics.find((x) => x.code === 'app/memory-store-unpinned')!;
    assert.match(d.message, /^NGINX upstream 'shop' \(nginx\.conf\) spreads this app's requests over 2 servers with no affinity/);
    assert.match(d.message, /Linked because server app1:3000 is compose service 'app1' \(compose\.yaml\), built from app\.$/);
    assert.deepStrictEqual(d.relatedInformation?.map((r) => [r.location.uri, r.message]), [[uri('nginx.conf'), "upstream 'shop': 2 servers, no affinity"]]);
    assert.ok(codes(published.diagnostics).includes('app/in-process-store'));
  });

  it('ip_hash typed into the upstream: the shared-store fix says the app is not ready for it yet; Redis in the app (saved) turns it to checked', async () => {
    const nginx = fs.readFileSync(path.join(dir, 'nginx.conf'), 'utf8').replace('upstream shop {\n', 'upstream shop {\n        ip_hash;\n');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('nginx.conf'), languageId: 'nginx', version: 1, text: nginx } });
    const first = await client.diagnostics(uri('nginx.conf'), (p) => p.diagnostics.some((x) => x.code === 'nginx/ip-hash' && /The app behind it/.test(x.message)));
    const ipHash = first.diagnostics.find((x) => x.code === 'nginx/ip-hash')!;
    assert.match(ipHash.message, /The app behind it: but app\/server\.js keeps sessions in process memory \(MemoryStore \(express-session's default\)\): move them to a shared store first/);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('nginx.conf') },
      range: ipHash.range,
      context: { diagnostics: [ipHash] },
    })) as CodeAction[];
    assert.ok(actions.some((a) => /^Remove affinity: sessions live in a shared store \(least_conn\) — not yet: but app\/server\.js keeps sessions in process memory/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));

    // The app moves its sessions to Redis: saved, the workspace is read again.
    const redis = [
      "const express = require('express');",
      "const session = require('express-session');",
      "const { RedisStore } = require('connect-redis');",
      "const { createClient } = require('redis');",
      'const redisClient = createClient({ url: process.env.REDIS_URL });',
      'redisClient.connect().catch(console.error);',
      'const app = express();',
      "app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));",
      'app.listen(3000);',
      '',
    ].join('\n');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('app/server.js'), version: 2 }, contentChanges: [{ text: redis }] });
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uri('app/server.js') } });
    const after = await client.diagnostics(uri('nginx.conf'), (p) => p.diagnostics.some((x) => x.code === 'nginx/ip-hash' && /keeps sessions in Redis \(connect-redis\)/.test(x.message)));
    assert.match(after.diagnostics.find((x) => x.code === 'nginx/ip-hash')!.message, /The app behind it: app\/server\.js keeps sessions in Redis \(connect-redis\); linked because server app1:3000 is compose service 'app1'/);
    const app = await client.diagnostics(uri('app/server.js'), (p) => p.version === 2 && !p.diagnostics.some((x) => x.code === 'app/memory-store-unpinned'));
    assert.ok(!codes(app.diagnostics).includes('app/in-process-store'));
  });
});
