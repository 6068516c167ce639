import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, SERVER_BUNDLE } from '../helpers/lspClient';

const NGINX = 'file:///work/shop/nginx.conf';
const HAPROXY = 'file:///work/shop/haproxy.cfg';

const nginxText = [
  'http {',
  '    upstream shop_api {',
  '        ip_hash;',
  '        server 10.0.1.11:8080;',
  '    }',
  '    upstream admin {',
  '        sticky cookie route expires=1h path=/ secure httponly samesite=lax;',
  '        server 10.0.2.21:3000;',
  '    }',
  '}',
  '',
].join('\n');

const haproxyText = [
  'defaults',
  '    mode http',
  '    timeout connect 5s',
  '',
  'frontend www',
  '    bind :443 ssl crt /etc/haproxy/site.pem',
  '    default_backend app',
  '',
  'backend app',
  '    balance source',
  '    server app1 10.0.0.1:80 check',
  '    server app2 10.0.0.2:80 check',
  '',
].join('\n');

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

/** Applies edits the way an editor does, and returns the incremental changes that describe them. */
function applyAsEditor(doc: TextDocument, edits: readonly TextEdit[]): { text: string; changes: { range: TextEdit['range']; text: string }[] } {
  const text = TextDocument.applyEdits(doc, [...edits]);
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  return { text, changes: sorted.map((e) => ({ range: e.range, text: e.newText })) };
}

describe('language server over stdio (bundled dist/server.js)', function () {
  let client: LspTestClient;

  before(async function () {
    assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`);
    client = new LspTestClient();
    client.settings = { nginx: { flavor: 'plus' } };
    await client.start();
  });

  after(async () => {
    await client?.stop();
  });

  it('publishes diagnostics with rule ids, docs links, source and the rule and version as data on open', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: NGINX, languageId: 'nginx', version: 1, text: nginxText } });
    const published = await client.diagnostics(NGINX, (p) => p.version === 1);
    assert.deepStrictEqual(codes(published.diagnostics), ['nginx/ip-hash']);
    const d = published.diagnostics[0];
    assert.strictEqual(d.source, 'affinity-lint');
    // A client without our command gets the installed page as a file it can open.
    assert.match(d.codeDescription!.href, /^file:\/\/\/.*\/docs\/rules\/nginx\/ip-hash\.md$/);
    assert.ok(fs.existsSync(fileURLToPath(d.codeDescription!.href)), d.codeDescription!.href);
    assert.deepStrictEqual(d.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 16 } });
    // The fixes stay on the server (the next test gets them as code actions): data names the finding.
    assert.deepStrictEqual(d.data, { ruleId: 'nginx/ip-hash', version: 1 });
  });

  it('offers the fixes, disable actions and documentation, and the preferred fix clears the finding', async () => {
    const published = await client.diagnostics(NGINX, (p) => p.version === 1);
    const diagnostic = published.diagnostics[0];
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: NGINX },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Use cookie affinity: sticky cookie srv_id')), titles.join('\n'));
    assert.ok(titles.includes('Disable nginx/ip-hash for this line'));
    assert.ok(titles.includes('Disable nginx/ip-hash for this file'));
    assert.ok(titles.includes('Show documentation for nginx/ip-hash'));
    assert.deepStrictEqual(actions.find((a) => a.title === 'Show documentation for nginx/ip-hash')!.command, {
      title: 'Show documentation for nginx/ip-hash',
      command: 'affinityLint.showDocumentation',
      arguments: ['rules/nginx/ip-hash.md'],
    });
    assert.deepStrictEqual(actions.find((a) => a.title === 'Show how to keep sessions in a shared store')!.command!.arguments, ['shared-session-store.md']);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1);

    const doc = TextDocument.create(NGINX, 'nginx', 1, nginxText);
    const { text, changes } = applyAsEditor(doc, preferred[0].edit!.changes![NGINX]);
    assert.match(text, /        sticky cookie srv_id expires=1h path=\/ secure httponly samesite=lax;\n/);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: NGINX, version: 2 }, contentChanges: changes });
    const after = await client.diagnostics(NGINX, (p) => p.version === 2);
    assert.deepStrictEqual(after.diagnostics, []);
  });

  it('re-lints after keystroke-sized incremental edits exactly as a fresh parse would', async () => {
    // Type "ip_hash;" back into the upstream one character at a time, as an editor sends it.
    let doc = TextDocument.create(NGINX, 'nginx', 2, '');
    const current = client.published.filter((p) => p.uri === NGINX).pop();
    assert.ok(current);
    const afterFix = nginxText.replace('ip_hash;', 'sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;');
    doc = TextDocument.create(NGINX, 'nginx', 2, afterFix);
    const insertAt = doc.positionAt(afterFix.indexOf('        server 10.0.1.11'));
    let version = 2;
    const typed = '        ip_hash;\n';
    for (let i = 0; i < typed.length; i++) {
      version++;
      const position = doc.positionAt(doc.offsetAt(insertAt) + i);
      const change = { range: { start: position, end: position }, text: typed[i] };
      doc = TextDocument.create(NGINX, 'nginx', version, TextDocument.applyEdits(doc, [{ range: change.range, newText: change.text }]));
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: NGINX, version }, contentChanges: [change] });
    }
    const final = await client.diagnostics(NGINX, (p) => p.version === version);
    // ip_hash after sticky in one upstream: flagged on its own line, as IP affinity and as replacing sticky.
    assert.deepStrictEqual(codes(final.diagnostics), ['nginx/balancing-after-sticky', 'nginx/ip-hash']);
    assert.strictEqual(final.diagnostics[0].range.start.line, 3);
  });

  it('computes source.fixAll.affinity-lint as one edit that leaves nothing fixable', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: HAPROXY, languageId: 'haproxy', version: 1, text: haproxyText } });
    const published = await client.diagnostics(HAPROXY, (p) => p.version === 1);
    // balance source in HTTP mode: IP affinity, and (RULES.md) a hash balance without hash-type consistent.
    assert.deepStrictEqual(codes(published.diagnostics), ['haproxy/balance-source', 'haproxy/hash-not-consistent']);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: HAPROXY },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.affinity-lint'] },
    })) as CodeAction[];
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind, 'source.fixAll.affinity-lint');
    const doc = TextDocument.create(HAPROXY, 'haproxy', 1, haproxyText);
    const { text, changes } = applyAsEditor(doc, actions[0].edit!.changes![HAPROXY]);
    assert.match(text, /    balance roundrobin\n    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h\n/);
    assert.match(text, /server app1 10\.0\.0\.1:80 check cookie app1\n/);
    assert.match(text, /option redispatch/);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: HAPROXY, version: 2 }, contentChanges: changes });
    const after = await client.diagnostics(HAPROXY, (p) => p.version === 2);
    assert.deepStrictEqual(codes(after.diagnostics), []);
  });

  it('computes code actions from the current text when asked right after a change', async () => {
    const uri = 'file:///work/shop/race.cfg';
    const before = 'backend app\n    mode http\n    server a 10.0.0.1:80\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'haproxy', version: 1, text: before } });
    await client.diagnostics(uri, (p) => p.version === 1);
    const after = 'backend app\n    mode http\n    balance source\n    server a 10.0.0.1:80\n';
    // Both messages leave in one write, so the server reads the request before its scheduled lint runs.
    const changed = client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '    balance source\n' }],
    });
    const requested = client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.affinity-lint'] },
    });
    await changed;
    const actions = (await requested) as CodeAction[];
    assert.strictEqual(actions.length, 1, 'version 2 has a fixable balance source');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'haproxy', 2, after), actions[0].edit!.changes![uri]);
    assert.match(fixed, /balance roundrobin\n    cookie SERVERID insert/);
    assert.match(fixed, /server a 10\.0\.0\.1:80 cookie a\n/);
  });

  it('offers one "Harden this cookie" action for the hardening findings of a cookie line, which clears them all', async () => {
    const uri = 'file:///work/shop/cookie.cfg';
    // The shop's config with cookie persistence in place of balance source, and redispatch on.
    const text = haproxyText
      .replace('    timeout connect 5s\n', '    timeout connect 5s\n    option redispatch\n')
      .replace('    balance source\n', '    cookie SRV insert\n')
      .replace(/(server (app\d) \S+ check)/g, '$1 cookie $2');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'haproxy', version: 1, text } });
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    const onCookie = published.diagnostics.filter((d) => d.range.start.line === 10);
    assert.strictEqual(onCookie.length, 6, codes(onCookie).join(', '));
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: onCookie[0].range,
      context: { diagnostics: onCookie },
    })) as CodeAction[];
    const harden = actions.filter((a) => a.title.startsWith('Harden this cookie'));
    assert.strictEqual(harden.length, 1, actions.map((a) => a.title).join('\n'));
    // First in the menu: it does at once what the six single fixes below it do one by one.
    assert.strictEqual(actions[0], harden[0], actions.map((a) => a.title).join('\n'));
    assert.strictEqual(harden[0].title, 'Harden this cookie: add every missing option (target: HAProxy 2.6 (assumed: no target set))');
    assert.notStrictEqual(harden[0].isPreferred, true);
    assert.deepStrictEqual(codes(harden[0].diagnostics ?? []), codes(onCookie));
    // Each finding keeps its own fix, and exactly one of each is preferred.
    assert.strictEqual(actions.filter((a) => a.isPreferred).length, 6);

    const edits = harden[0].edit!.changes![uri];
    assert.strictEqual(edits.length, 1);
    const { text: hardened, changes } = applyAsEditor(TextDocument.create(uri, 'haproxy', 1, text), edits);
    assert.match(hardened, /\n    cookie SRV insert indirect nocache httponly attr "SameSite=Lax" secure maxidle 30m maxlife 8h\n/);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepStrictEqual(codes(after.diagnostics), []);
  });

  it('follows settings changes: a rule set to off disappears, traffic=mobile raises severity', async () => {
    const text = 'upstream u {\n    ip_hash;\n}\nserver { location / { proxy_pass http://u; } }\n';
    const uri = 'file:///work/shop/conf.d/u.conf';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    assert.strictEqual(first.diagnostics[0].severity, 2);
    const count = client.published.length;
    client.settings = { traffic: 'mobile' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const mobile = await client.diagnostics(uri, (p) => client.published.indexOf(p) >= count && p.diagnostics.length === 1);
    assert.strictEqual(mobile.diagnostics[0].severity, 1);
    client.settings = { rules: { 'nginx/ip-hash': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    client.settings = { nginx: { flavor: 'plus' } };
  });

  it('layers settings: defaults, then .affinity-lint.json above the file, then explicit editor settings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lsp-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'nginx'));
    fs.writeFileSync(path.join(dir, '.affinity-lint.json'), JSON.stringify({ traffic: 'mobile' }));
    const file = path.join(dir, 'nginx', 'nginx.conf');
    const text = 'http {\n    upstream u {\n        ip_hash;\n    }\n}\n';
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    const fromProject = await client.diagnostics(uri, (p) => p.version === 1);
    assert.strictEqual(fromProject.diagnostics[0].severity, 1, 'traffic mobile from the project file makes ip_hash an error');

    client.settings = { traffic: 'internal' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => p.diagnostics[0]?.severity === 4);

    client.settings = {};
    fs.writeFileSync(path.join(dir, '.affinity-lint.json'), JSON.stringify({ rules: { 'nginx/ip-hash': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.affinity-lint.json')).toString(), type: 2 }] });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    client.settings = { nginx: { flavor: 'plus' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('infers NGINX Plus from a Plus-only directive when no flavor is set, and says so in the targets', async () => {
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///work/shop/conf.d/plus.conf';
    const text = 'upstream u {\n    zone u 64k;\n    sticky cookie srv_id expires=1h path=/ secure httponly samesite=lax;\n    server 10.0.0.1;\n}\nserver {\n    location / { proxy_pass http://u; health_check; }\n}\n';
    let changed = 0;
    client.connection.onNotification('affinityLint/targetsChanged', () => changed++);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    const plus = await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepStrictEqual(codes(plus.diagnostics).filter((c) => c === 'nginx/sticky-unsupported'), [], 'health_check makes it an NGINX Plus configuration');
    const targets = (await client.connection.sendRequest('affinityLint/targets', { uri })) as { text: string };
    assert.match(targets.text, /^Affinity: NGINX Plus \(inferred from health_check at line 7\) · HAProxy /);
    // Notifications sent so far (the settings change, the first lint) arrived before the response.
    changed = 0;

    const without = text.replace(' health_check;', '');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: without }] });
    const oss = await client.diagnostics(uri, (p) => p.version === 2);
    assert.ok(codes(oss.diagnostics).includes('nginx/sticky-unsupported'));
    assert.ok(changed > 0, 'the client is told to ask for the targets again');
    const after = (await client.connection.sendRequest('affinityLint/targets', { uri })) as { text: string };
    assert.match(after.text, /^Affinity: nginx 1\.22 /);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.settings = { nginx: { flavor: 'plus' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('reports a syntax error with its exact range, never a silent pass', async () => {
    const uri = 'file:///work/shop/broken.conf';
    const text = 'http {\n    upstream a {\n        server 10.0.0.1\n    }\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text } });
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(published.diagnostics.length >= 1);
    assert.ok(published.diagnostics.every((d) => d.code === 'nginx/syntax' && d.severity === 1), JSON.stringify(published.diagnostics));
    assert.ok(published.diagnostics.some((d) => /missing ';'|missing '}'|unexpected/.test(d.message)), JSON.stringify(published.diagnostics.map((d) => d.message)));
  });

  it('an Apache file VS Code opened as NGINX by its conf.d path gets one note, and is linted once it reads as NGINX', async () => {
    const uri = 'file:///etc/httpd/conf.d/ssl.conf';
    const apache = 'Listen 443 https\n<VirtualHost _default_:443>\nSSLEngine on\nSSLCertificateFile /etc/pki/tls/certs/localhost.crt\n</VirtualHost>\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text: apache } });
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    assert.strictEqual(first.diagnostics.length, 1, JSON.stringify(first.diagnostics));
    const [note] = first.diagnostics;
    assert.strictEqual(note.severity, 3);
    assert.strictEqual(note.code, undefined);
    assert.strictEqual(note.source, 'affinity-lint');
    assert.match(note.message, /does not lint this file: it was opened as NGINX because of its path .* but it does not read as an NGINX configuration/);
    // Replaced by an nginx fragment: linted from then on, while it is edited.
    const nginx = 'upstream app {\n    ip_hash;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: nginx }] });
    const second = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepStrictEqual(codes(second.diagnostics), ['nginx/ip-hash']);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'upstream app {\n    ip_hash\n' }] });
    const third = await client.diagnostics(uri, (p) => p.version === 3);
    assert.ok(third.diagnostics.some((d) => d.code === 'nginx/syntax'), JSON.stringify(third.diagnostics));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // Under an nginx folder the path decides, as before.
    const own = 'file:///etc/nginx/conf.d/ssl.conf';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: own, languageId: 'nginx', version: 1, text: apache } });
    const claimed = await client.diagnostics(own, (p) => p.version === 1);
    assert.ok(claimed.diagnostics.length > 0 && claimed.diagnostics.every((d) => d.code === 'nginx/syntax'), JSON.stringify(claimed.diagnostics));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: own } });
  });

  it('answers hover, completion and document symbols from the model', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: HAPROXY },
      position: { line: 1, character: 5 },
    })) as Hover | null;
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    assert.match((hover.contents as { value: string }).value, /proxy mode/);
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: NGINX },
      position: { line: 3, character: 8 },
    })) as CompletionItem[];
    assert.ok(items.some((i) => i.label === 'least_conn'), items.map((i) => i.label).join(','));
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: HAPROXY } })) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map((s) => s.name), ['defaults', 'frontend www', 'backend app']);
  });

  it('opens a rule’s documentation through window/showDocument', async () => {
    await client.connection.sendRequest('workspace/executeCommand', { command: 'affinityLint.showDocumentation', arguments: ['haproxy/balance-source'] });
    assert.ok(client.shownDocuments.some((u) => u.endsWith('docs/rules/haproxy/balance-source.md')));
  });

  it('shows the installed page of a code action’s argument, and nothing outside docs/', async () => {
    const before = client.shownDocuments.length;
    for (const page of ['rules/nginx/ip-hash.md', 'shared-session-store.md', '../package.json']) {
      await client.connection.sendRequest('workspace/executeCommand', { command: 'affinityLint.showDocumentation', arguments: [page] });
    }
    const shown = client.shownDocuments.slice(before);
    assert.strictEqual(shown.length, 2, JSON.stringify(shown));
    assert.match(shown[0], /^file:\/\/\/.*\/docs\/rules\/nginx\/ip-hash\.md$/);
    assert.match(shown[1], /^file:\/\/\/.*\/docs\/shared-session-store\.md$/);
    for (const uri of shown) assert.ok(fs.existsSync(fileURLToPath(uri)), uri);
    // The server sends the warning before its reply, on the same stream: it has arrived.
    assert.ok(client.shownMessages.some((m) => /no documentation page for "\.\.\/package\.json"/.test(m)), JSON.stringify(client.shownMessages));
  });

  it('clears diagnostics when a document closes and keeps running after bad input', async () => {
    const uri = 'file:///work/shop/garbage.conf';
    const garbage = '\u0000\u0001\u00ff{{{;;;}}}"unterminated\n'.repeat(50);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nginx', version: 1, text: garbage } });
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(published.diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
    assert.strictEqual(client.stderr.includes('Error'), false, client.stderr);
  });
});

describe('language server with a client that shows the shipped pages (the VS Code client)', function () {
  let client: LspTestClient;

  before(async function () {
    client = new LspTestClient();
    await client.start({ showsRulePages: true });
  });

  after(async () => {
    await client?.stop();
  });

  it('links each diagnostic to the client’s command, which VS Code runs from a code link', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: NGINX, languageId: 'nginx', version: 1, text: nginxText } });
    const published = await client.diagnostics(NGINX, (p) => p.version === 1);
    const d = published.diagnostics.find((x) => x.code === 'nginx/ip-hash')!;
    const href = d.codeDescription!.href;
    const [scheme, rest] = [href.slice(0, href.indexOf(':')), href.slice(href.indexOf(':') + 1)];
    const [command, query] = rest.split('?');
    assert.deepStrictEqual([scheme, command, JSON.parse(decodeURIComponent(query))], ['command', 'affinityLint.showRuleDocs', ['rules/nginx/ip-hash.md']]);
  });

  it('runs the client’s command from "Show documentation" and the shared-store guide', async () => {
    const published = await client.diagnostics(NGINX, (p) => p.version === 1);
    const diagnostic = published.diagnostics.find((x) => x.code === 'nginx/ip-hash')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: NGINX },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const command = (title: string) => actions.find((a) => a.title === title)?.command;
    assert.deepStrictEqual(command('Show documentation for nginx/ip-hash'), {
      title: 'Show documentation for nginx/ip-hash',
      command: 'affinityLint.showRuleDocs',
      arguments: ['rules/nginx/ip-hash.md'],
    });
    assert.deepStrictEqual(command('Show how to keep sessions in a shared store'), {
      title: 'Show how to keep sessions in a shared store',
      command: 'affinityLint.showRuleDocs',
      arguments: ['shared-session-store.md'],
    });
    assert.deepStrictEqual(client.shownDocuments, []);
  });
});
