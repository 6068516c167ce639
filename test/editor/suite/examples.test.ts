// The bundled examples through the VS Code API: diagnostics, code actions and their edits, fix-all.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { apply, codeActions, codeOf, codes, EXTENSION_ID, lineOf, open, ours, resetSettings, restore, waitForDiagnostics } from './helpers';

const NGINX_IDS = ['nginx/ip-hash', 'nginx/sticky-cookie-no-expiry', 'nginx/sticky-cookie-no-httponly', 'nginx/sticky-cookie-no-samesite', 'nginx/sticky-cookie-no-secure'];
const HAPROXY_IDS = [
  'haproxy/balance-source',
  'haproxy/cookie-no-httponly',
  'haproxy/cookie-no-samesite',
  'haproxy/cookie-no-secure',
  'haproxy/cookie-no-ttl',
  'haproxy/persistence-without-redispatch',
];
const hasAll = (ids: string[]) => (d: vscode.Diagnostic[]) => ids.every((id) => d.some((x) => codeOf(x) === id));

describe('examples in the extension host', function () {
  before(resetSettings);
  after(resetSettings);

  describe('nginx/nginx.conf', function () {
    let doc: vscode.TextDocument;
    let original: string;

    before(async function () {
      ({ doc } = await open('nginx/nginx.conf'));
      original = doc.getText();
    });
    afterEach(async function () {
      await restore(doc, original);
      await waitForDiagnostics(doc.uri, hasAll(NGINX_IDS), 'the original nginx diagnostics');
    });

    it('gets the nginx language and activates the extension', async function () {
      assert.strictEqual(doc.languageId, 'nginx');
      await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'any diagnostic');
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, `${EXTENSION_ID} is active`);
    });

    it('reports every rule the example breaks, with rule ids, positions and docs links', async function () {
      const diagnostics = await waitForDiagnostics(doc.uri, hasAll(NGINX_IDS), NGINX_IDS.join(', '));
      // The rule set grows: every expected id is there (others may be too).
      for (const id of NGINX_IDS) assert.ok(diagnostics.some((d) => codeOf(d) === id), `${id} in ${codes(doc.uri)}`);
      const ipHash = diagnostics.find((d) => codeOf(d) === 'nginx/ip-hash')!;
      assert.strictEqual(ipHash.range.start.line, lineOf(doc, 'ip_hash;'));
      assert.strictEqual(doc.getText(ipHash.range), 'ip_hash;');
      assert.strictEqual(ipHash.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(ipHash.message, /'ip_hash' pins clients/);
      // The rule id links to the extension's command, which shows the page shipped with it.
      const target = typeof ipHash.code === 'object' ? ipHash.code.target : undefined;
      assert.strictEqual(target?.scheme, 'command');
      assert.strictEqual(target?.path, 'affinityLint.showRuleDocs');
      assert.deepStrictEqual(JSON.parse(decodeURIComponent(target.query)), ['rules/nginx/ip-hash.md']);
    });

    it('offers the fixes and the disable/docs actions for ip_hash, and "disable for this line" works', async function () {
      const diagnostics = await waitForDiagnostics(doc.uri, hasAll(NGINX_IDS));
      const ipHash = diagnostics.find((d) => codeOf(d) === 'nginx/ip-hash')!;
      const actions = await codeActions(doc.uri, ipHash.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      // Default target: open-source nginx 1.22, which has no sticky: the cookie fix hashes on a cookie.
      assert.ok(titles.some((t) => t.startsWith('Use cookie affinity: hash $cookie_srv_id consistent')), JSON.stringify(titles));
      assert.ok(titles.includes('Remove affinity: sessions live in a shared store (least_conn)'), JSON.stringify(titles));
      for (const t of ['Disable nginx/ip-hash for this line', 'Disable nginx/ip-hash for this file', 'Show documentation for nginx/ip-hash']) {
        assert.ok(titles.includes(t), `${t} in ${JSON.stringify(titles)}`);
      }
      const disable = actions.find((a) => a.title === 'Disable nginx/ip-hash for this line')!;
      await apply(disable);
      assert.match(doc.getText(), /\n        # affinity-lint ignore=nginx\/ip-hash\n        ip_hash;/);
      await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'nginx/ip-hash') && d.length > 0, 'nginx/ip-hash suppressed');
    });

    it('rewrites ip_hash with the cookie fix', async function () {
      const ipHash = (await waitForDiagnostics(doc.uri, hasAll(NGINX_IDS))).find((d) => codeOf(d) === 'nginx/ip-hash')!;
      const actions = await codeActions(doc.uri, ipHash.range, vscode.CodeActionKind.QuickFix.value);
      await apply(actions.find((a) => a.title.startsWith('Use cookie affinity'))!);
      assert.strictEqual(doc.lineAt(lineOf(doc, 'upstream shop_api')).text.trim(), 'upstream shop_api {');
      assert.strictEqual(doc.lineAt(lineOf(doc, 'upstream shop_api') + 1).text, '        hash $cookie_srv_id consistent;');
      await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'nginx/ip-hash'), 'nginx/ip-hash gone');
    });

    it('fixes everything with editor.action.sourceAction (source.fixAll.affinity-lint)', async function () {
      await waitForDiagnostics(doc.uri, hasAll(NGINX_IDS));
      await vscode.window.showTextDocument(doc);
      const changed = new Promise<void>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === doc) {
            sub.dispose();
            resolve();
          }
        });
      });
      await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.affinity-lint', apply: 'first' });
      await changed;
      const sticky = doc.lineAt(lineOf(doc, 'sticky cookie admin_route')).text;
      for (const flag of ['expires=1h', 'httponly', 'samesite=lax', 'secure']) assert.ok(sticky.split(/\s+|;/).includes(flag), `${flag} in ${sticky}`);
      // ip_hash has no preferred fix for open-source nginx 1.22 (no sticky there): it stays.
      await waitForDiagnostics(
        doc.uri,
        (d) => d.some((x) => codeOf(x) === 'nginx/ip-hash') && !d.some((x) => NGINX_IDS.includes(codeOf(x)) && codeOf(x) !== 'nginx/ip-hash'),
        'the sticky cookie problems gone, nginx/ip-hash left',
      );
    });
  });

  describe('haproxy/haproxy.cfg', function () {
    let doc: vscode.TextDocument;
    let original: string;

    before(async function () {
      ({ doc } = await open('haproxy/haproxy.cfg'));
      original = doc.getText();
    });
    afterEach(async function () {
      await restore(doc, original);
      await waitForDiagnostics(doc.uri, hasAll(HAPROXY_IDS), 'the original HAProxy diagnostics');
    });

    it('reports balance source and the flagless cookie', async function () {
      assert.strictEqual(doc.languageId, 'haproxy');
      await waitForDiagnostics(doc.uri, hasAll(HAPROXY_IDS), HAPROXY_IDS.join(', '));
      for (const id of HAPROXY_IDS) assert.ok(codes(doc.uri).includes(id), `${id} in ${codes(doc.uri)}`);
      const secure = ours(doc.uri).find((d) => codeOf(d) === 'haproxy/cookie-no-secure')!;
      assert.strictEqual(secure.range.start.line, lineOf(doc, 'cookie SERVERID insert'));
    });

    it('applies the preferred balance source fix: cookie persistence', async function () {
      const diagnostics = await waitForDiagnostics(doc.uri, hasAll(HAPROXY_IDS));
      const balance = diagnostics.find((d) => codeOf(d) === 'haproxy/balance-source')!;
      const actions = await codeActions(doc.uri, balance.range, vscode.CodeActionKind.QuickFix.value);
      // Other rules may flag the same line with preferred fixes of their own: pick balance source's by title.
      const preferred = actions.filter((a) => a.isPreferred && a.title.startsWith('Use cookie persistence'));
      assert.strictEqual(preferred.length, 1, JSON.stringify(actions.map((a) => [a.title, a.isPreferred])));
      assert.match(preferred[0].title, /^Use cookie persistence: balance roundrobin with a hardened SERVERID cookie \(target: HAProxy 2\.6/);
      assert.ok(actions.some((a) => a.title === 'Disable haproxy/balance-source for this line'));
      await apply(preferred[0]);
      const text = doc.getText();
      assert.match(text, /backend api\n    balance roundrobin\n    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h\n/);
      assert.match(text, /server api1 10\.0\.1\.11:8080 check cookie api1\n/);
      assert.match(text, /server api2 10\.0\.1\.12:8080 check cookie api2\n/);
      await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'haproxy/balance-source'), 'haproxy/balance-source gone');
    });

    it('fixes everything with executeCodeActionProvider(source.fixAll.affinity-lint)', async function () {
      await waitForDiagnostics(doc.uri, hasAll(HAPROXY_IDS));
      const actions = await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.affinity-lint');
      assert.deepStrictEqual(actions.map((a) => [a.title, a.kind?.value]), [['Fix all affinity-lint problems', 'source.fixAll.affinity-lint']]);
      await apply(actions[0]);
      assert.match(doc.getText(), /option redispatch/);
      await waitForDiagnostics(doc.uri, (d) => !d.some((x) => HAPROXY_IDS.includes(codeOf(x))), 'none of the HAProxy problems left');
    });
  });
});
