import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { DocumentLink, Location, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, SERVER_BUNDLE } from '../helpers/lspClient';

/** A workspace of two configurations and a file neither reads, as it lies on disk. */
const TREE: Record<string, string> = {
  'nginx/nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n    include sites/*.conf;\n}\n',
  'nginx/conf.d/upstreams.conf': 'upstream shop_api {\n    server 10.0.0.1:8080;\n}\nupstream admin {\n    server 10.0.0.2:8080;\n}\n',
  'nginx/sites/shop.conf': 'server {\n    server_name shop.example.com;\n    location / { proxy_pass http://shop_api/; }\n}\n',
  'nginx/sites/admin.conf': 'server {\n    server_name admin.example.com;\n    location / { proxy_pass http://admin; }\n    location /api { proxy_pass http://shop_api/v2/; }\n}\n',
  'haproxy/haproxy.cfg': 'defaults base\n    mode http\n\nfrontend www from base\n    bind :80\n    default_backend web\n',
  'haproxy/conf.d/10-web.cfg': 'backend web from base\n    server w1 10.0.0.2:80\n',
  'lone/app.nginx': 'http {\n    upstream lone_pool { server 10.0.0.9; }\n    server { location / { proxy_pass http://lone_pool; } }\n}\n',
};

let root: string;
const uri = (rel: string): string => pathToFileURL(path.join(root, rel)).toString();

/** `file:line:text` of each location, the file relative to the workspace. */
function shown(locations: readonly Location[]): string[] {
  return locations
    .map((l) => {
      const rel = path.relative(root, fileURLToPath(l.uri));
      return `${rel}:${l.range.start.line + 1}:${TextDocument.create(l.uri, 'x', 1, TREE[rel]).getText(l.range)}`;
    })
    .sort();
}

function position(rel: string, word: string, into = 1): { line: number; character: number } {
  const at = TREE[rel].indexOf(word);
  assert.ok(at >= 0, `${word} is in ${rel}`);
  return TextDocument.create(uri(rel), 'x', 1, TREE[rel]).positionAt(at + into);
}

describe('language server navigation across the files of a workspace (bundled dist/server.js)', function () {
  let client: LspTestClient;

  before(async function () {
    assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`);
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lsp-nav-')));
    for (const [rel, text] of Object.entries(TREE)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    client = new LspTestClient();
    await client.start(undefined, [root]);
    for (const [rel, languageId] of [['nginx/sites/shop.conf', 'nginx'], ['nginx/nginx.conf', 'nginx'], ['haproxy/haproxy.cfg', 'haproxy'], ['lone/app.nginx', 'nginx']]) {
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId, version: 1, text: TREE[rel] } });
      await client.diagnostics(uri(rel), (p) => p.version === 1);
    }
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const lookups: { name: string; from: string; word: string; definition: string[]; references: string[] }[] = [
    {
      name: 'an upstream from a site file into conf.d/upstreams.conf',
      from: 'nginx/sites/shop.conf',
      word: 'shop_api',
      definition: ['nginx/conf.d/upstreams.conf:1:shop_api'],
      references: ['nginx/conf.d/upstreams.conf:1:shop_api', 'nginx/sites/admin.conf:4:shop_api', 'nginx/sites/shop.conf:3:shop_api'],
    },
    {
      name: 'a backend in a conf.d file of haproxy.cfg',
      from: 'haproxy/haproxy.cfg',
      word: 'web',
      definition: ['haproxy/conf.d/10-web.cfg:1:web'],
      references: ['haproxy/conf.d/10-web.cfg:1:web', 'haproxy/haproxy.cfg:6:web'],
    },
    { name: 'an upstream of a file no configuration reads, in the file alone', from: 'lone/app.nginx', word: 'lone_pool;', definition: ['lone/app.nginx:2:lone_pool'], references: ['lone/app.nginx:2:lone_pool', 'lone/app.nginx:3:lone_pool'] },
  ];
  for (const c of lookups) {
    it(`goes to the definition of and finds the references to ${c.name}`, async () => {
      const at = { textDocument: { uri: uri(c.from) }, position: position(c.from, c.word) };
      const definition = (await client.connection.sendRequest('textDocument/definition', at)) as Location[];
      assert.deepStrictEqual(shown(definition), c.definition);
      const refs = (await client.connection.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } })) as Location[];
      assert.deepStrictEqual(shown(refs), c.references);
    });
  }

  it('renames an upstream across files in one workspace edit, after prepareRename offers its name', async () => {
    const at = { textDocument: { uri: uri('nginx/sites/shop.conf') }, position: position('nginx/sites/shop.conf', 'shop_api', 3) };
    const prepared = (await client.connection.sendRequest('textDocument/prepareRename', at)) as { range: Range; placeholder: string };
    assert.strictEqual(prepared.placeholder, 'shop_api');
    const edit = (await client.connection.sendRequest('textDocument/rename', { ...at, newName: 'catalog' })) as WorkspaceEdit;
    const after = Object.fromEntries(
      Object.entries(edit.changes ?? {}).map(([u, edits]) => {
        const rel = path.relative(root, fileURLToPath(u));
        return [rel, TextDocument.applyEdits(TextDocument.create(u, 'nginx', 1, TREE[rel]), edits)];
      }),
    );
    assert.deepStrictEqual(after, {
      'nginx/conf.d/upstreams.conf': TREE['nginx/conf.d/upstreams.conf'].replace('shop_api', 'catalog'),
      'nginx/sites/shop.conf': TREE['nginx/sites/shop.conf'].replace('shop_api', 'catalog'),
      'nginx/sites/admin.conf': TREE['nginx/sites/admin.conf'].replace('shop_api', 'catalog'),
    });
  });

  const refusals: { name: string; request: 'textDocument/prepareRename' | 'textDocument/rename'; word: string; newName?: string; message: RegExp }[] = [
    { name: 'a directive name', request: 'textDocument/prepareRename', word: 'proxy_pass', message: /^Nothing to rename here: rename works on upstream names/ },
    { name: 'a name another file defines', request: 'textDocument/rename', word: 'shop_api', newName: 'admin', message: /^Cannot rename: an upstream named admin already exists\.$/ },
  ];
  for (const c of refusals) {
    it(`refuses to rename ${c.name}, with the reason as the error message`, async () => {
      const params = { textDocument: { uri: uri('nginx/sites/shop.conf') }, position: position('nginx/sites/shop.conf', c.word), ...(c.newName ? { newName: c.newName } : {}) };
      await assert.rejects(client.connection.sendRequest(c.request, params), (e: Error) => {
        assert.match(e.message, c.message);
        return true;
      });
    });
  }

  it('links the include paths of nginx.conf to the files they name', async () => {
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uri('nginx/nginx.conf') } })) as DocumentLink[];
    assert.deepStrictEqual(
      links.map((l) => [l.range.start.line + 1, path.relative(root, fileURLToPath(l.target!)), l.tooltip]),
      [
        [3, 'nginx/conf.d/upstreams.conf', '1 file matches, in the order the server reads them: conf.d/upstreams.conf'],
        [4, 'nginx/sites/admin.conf', '2 files match, in the order the server reads them: sites/admin.conf, sites/shop.conf'],
      ],
    );
  });

  const symbolQueries: { query: string; expect: string[] }[] = [
    { query: 'shop', expect: ['shop_api @ nginx/conf.d/upstreams.conf:1', 'shop.example.com @ nginx/sites/shop.conf:2'] },
    { query: 'WEB', expect: ['web @ haproxy/conf.d/10-web.cfg:1'] },
    { query: 'lone', expect: ['lone_pool @ lone/app.nginx:2'] },
  ];
  for (const c of symbolQueries) {
    it(`finds workspace symbols for ${JSON.stringify(c.query)} in every configuration and open file`, async () => {
      const symbols = (await client.connection.sendRequest('workspace/symbol', { query: c.query })) as SymbolInformation[];
      assert.deepStrictEqual(
        symbols.map((s) => `${s.name} @ ${path.relative(root, fileURLToPath(s.location.uri))}:${s.location.range.start.line + 1}`),
        c.expect,
      );
    });
  }

  it('answers from the text just typed, before its diagnostics are published (last: it edits shop.conf)', async () => {
    const rel = 'nginx/sites/shop.conf';
    const start = position(rel, 'shop_api', 0);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(rel), version: 2 },
      contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 'shop_api'.length } }, text: 'admin' }],
    });
    const definition = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri(rel) }, position: { line: start.line, character: start.character + 1 } })) as Location[];
    assert.deepStrictEqual(shown(definition), ['nginx/conf.d/upstreams.conf:4:admin']);
    const refs = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uri(rel) }, position: { line: start.line, character: start.character + 1 }, context: { includeDeclaration: false } })) as Location[];
    assert.deepStrictEqual(
      refs.map((l) => `${path.relative(root, fileURLToPath(l.uri))}:${l.range.start.line + 1}`).sort(),
      ['nginx/sites/admin.conf:3', 'nginx/sites/shop.conf:3'],
    );
  });
});
