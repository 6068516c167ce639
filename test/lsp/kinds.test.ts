import * as assert from 'assert';
import * as fs from 'fs';
import type { CodeAction, CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, SERVER_BUNDLE } from '../helpers/lspClient';

const SERVICE = 'file:///work/shop/k8s/service.yaml';
const WORKFLOW = 'file:///work/shop/.github/workflows/ci.yml';
const BROKEN = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec: {type: ClusterIP\n';
const WHOLE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec: {type: ClusterIP}\n';

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

describe('language server: documents of the joined languages (YAML, TOML, compose, JS/TS)', function () {
  let client: LspTestClient;

  before(async function () {
    assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`);
    client = new LspTestClient();
    await client.start();
  });

  after(async () => client.stop());

  it('a YAML manifest: diagnostics on open, gone after the edit that mends it, and none left after close', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: SERVICE, languageId: 'yaml', version: 1, text: BROKEN } });
    const first = await client.diagnostics(SERVICE, (p) => p.version === 1);
    assert.deepStrictEqual(codes(first.diagnostics), ['manifest/syntax']);
    assert.strictEqual(first.diagnostics[0].source, 'affinity-lint');
    assert.strictEqual(first.diagnostics[0].range.start.line, 5);

    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SERVICE, version: 2 }, contentChanges: [{ text: WHOLE }] });
    const mended = await client.diagnostics(SERVICE, (p) => p.version === 2);
    assert.deepStrictEqual(mended.diagnostics, []);

    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: SERVICE, version: 3 },
      contentChanges: [{ range: { start: { line: 4, character: 22 }, end: { line: 4, character: 23 } }, text: '' }],
    });
    const broken = await client.diagnostics(SERVICE, (p) => p.version === 3);
    assert.deepStrictEqual(codes(broken.diagnostics), ['manifest/syntax'], 'an incremental change applies to the text');

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SERVICE },
      range: broken.diagnostics[0].range,
      context: { diagnostics: broken.diagnostics },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable manifest/syntax for this file'), JSON.stringify(titles));
    const disable = actions.find((a) => a.title === 'Disable manifest/syntax for this file')!;
    assert.strictEqual(disable.edit!.changes![SERVICE][0].newText, '# affinity-lint global ignore=manifest/syntax\n');

    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: SERVICE } });
    const closed = await client.diagnostics(SERVICE, (p) => p.diagnostics.length === 0 && client.published.filter((x) => x.uri === SERVICE).length > 3);
    assert.deepStrictEqual(closed.diagnostics, []);
  });

  it("a manifest's affinity field: the hover says what it does, from the manifest kind", async () => {
    const uri = 'file:///work/shop/k8s/affinity.yaml';
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: ClientIP\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await client.diagnostics(uri, (p) => p.version === 1);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 4 } })) as Hover | null;
    assert.ok(hover, 'a hover on sessionAffinity');
    assert.match((hover.contents as MarkupContent).value, /^\*\*`spec\.sessionAffinity`\*\* \(Kubernetes Service\)/);
    assert.deepStrictEqual(hover.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 17 } });
  });

  it('YAML of another program (a CI workflow), even broken, gets an empty list and no error', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: WORKFLOW, languageId: 'yaml', version: 1, text: 'jobs:\n  build: [\n' } });
    const published = await client.diagnostics(WORKFLOW, (p) => p.version === 1);
    assert.deepStrictEqual(published.diagnostics, []);
    assert.doesNotMatch(client.stderr, /Error|failed/);
  });

  it('JS session code: hover on an option, completion of cookie values and of the express-session-redis set-up', async () => {
    const uri = 'file:///work/shop/app.js';
    const text = "const session = require('express-session');\napp.use(session({ secret: process.env.S, cookie: { sameSite: 'lax' } }));\n";
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: text.split('\n')[1].indexOf('secret') + 2 } })) as Hover | null;
    assert.match(JSON.stringify(hover?.contents), /express-session\*\* `secret`/);
    const values = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: text.split('\n')[1].indexOf("'lax'") } })) as CompletionItem[];
    assert.deepStrictEqual(values.map((c) => c.label), ["'lax'", "'strict'", "'none'", 'true', 'false']);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}exp` }] });
    const setup = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 3 } })) as CompletionItem[];
    assert.deepStrictEqual(setup.map((c) => [c.label, c.detail]), [['express-session-redis', 'CommonJS, connect-redis 8-10 (not installed: the current form), redis']]);
    assert.match((setup[0].textEdit as { newText: string }).newText, /^const \{ RedisStore \} = require\('connect-redis'\);\n/);
  });

  it('a language no kind joins (markdown) is left alone: nothing published', async () => {
    const uri = 'file:///work/shop/README.md';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Shop\n' } });
    // A round trip after the open: any diagnostics it caused would be published by now.
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepStrictEqual(client.published.filter((p) => p.uri === uri), []);
  });
});
