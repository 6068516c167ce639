import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Location, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiskFiles } from '../../../server/src/configuration/fileAccess';
import { loadConfiguration } from '../../../server/src/configuration/load';
import type { ConfigurationSpec, LoadedConfiguration } from '../../../server/src/configuration/spec';
import { includeLinks } from '../../../server/src/features/includeLinks';
import { configurationScope, definitions, references, rename, type NavigationScope } from '../../../server/src/features/navigation';
import { matchQuality, workspaceSymbols } from '../../../server/src/features/workspaceSymbols';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';

const parser = new ConfigParser(new GrammarLoader());

/** A configuration tree of several files, written to a temporary folder. */
const TREE: Record<string, string> = {
  'nginx/nginx.conf': 'events {}\nhttp {\n    include mime.types;\n    include conf.d/*.conf;\n    include sites/*.conf;\n    include extra/*.conf;\n}\n',
  'nginx/mime.types': 'types {\n    text/html html;\n}\n',
  'nginx/conf.d/upstreams.conf': 'upstream shop_api {\n    server 10.0.0.1:8080;\n}\nupstream admin {\n    server 10.0.0.2:8080;\n}\nmap $cookie_beta $pool {\n    default shop_api;\n}\n',
  'nginx/sites/shop.conf': 'server {\n    server_name shop.example.com www.shop.example.com;\n    location / { proxy_pass http://shop_api/; }\n    location /beta { proxy_pass http://$pool; }\n}\n',
  'nginx/sites/admin.conf': 'server {\n    server_name admin.example.com;\n    location / { proxy_pass http://admin; }\n    location /api { proxy_pass http://shop_api/v2/; }\n}\n',
  'haproxy/haproxy.cfg': 'defaults base\n    mode http\n\nfrontend www from base\n    bind :80\n    use_backend shop if { path_beg /shop }\n    default_backend web\n',
  'haproxy/conf.d/10-backends.cfg': 'backend shop from base\n    server s1 10.0.0.1:80\n\nbackend web from base\n    server w1 10.0.0.2:80\n',
};

let root: string;
const loaded: Record<'nginx' | 'haproxy', LoadedConfiguration | null> = { nginx: null, haproxy: null };

function file(rel: string): string {
  return path.join(root, rel);
}

function scopeOf(dialect: 'nginx' | 'haproxy', rel: string): NavigationScope {
  const config = loaded[dialect]!;
  const scope = configurationScope(config, file(rel), TREE[rel]);
  assert.ok(scope, `${rel} is read by the ${dialect} configuration`);
  return scope;
}

/** `file:line:text` of a location, the file relative to the tree. */
function shown(locations: readonly Location[]): string[] {
  return locations.map((l) => {
    const rel = path.relative(root, fileURLToPath(l.uri));
    const doc = TextDocument.create(l.uri, 'x', 1, TREE[rel]);
    return `${rel}:${l.range.start.line + 1}:${doc.getText(l.range)}`;
  });
}

/** The texts of the files a workspace edit changes, by path relative to the tree. */
function edited(edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const rel = path.relative(root, fileURLToPath(uri));
    out[rel] = TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, TREE[rel]), edits);
  }
  return out;
}

function offsetOf(rel: string, word: string, into = 1): number {
  const at = TREE[rel].indexOf(word);
  assert.ok(at >= 0, `${word} is in ${rel}`);
  return at + into;
}

describe('navigation across the files of a configuration', () => {
  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-nav-')));
    for (const [rel, text] of Object.entries(TREE)) {
      fs.mkdirSync(path.dirname(file(rel)), { recursive: true });
      fs.writeFileSync(file(rel), text);
    }
    fs.mkdirSync(file('nginx/extra'));
    const policy = { roots: [root], readOutside: false, nginxRoot: '/etc/nginx' };
    const models = (dialect: 'nginx' | 'haproxy', _file: string, text: string) => parser.parse(dialect, text);
    const load = (spec: ConfigurationSpec) => loadConfiguration(spec, new DiskFiles(), models, policy);
    loaded.nginx = await load({ dialect: 'nginx', entry: file('nginx/nginx.conf') });
    loaded.haproxy = await load({ dialect: 'haproxy', paths: [file('haproxy/haproxy.cfg'), file('haproxy/conf.d')] });
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  const lookups: { name: string; dialect: 'nginx' | 'haproxy'; from: string; word: string; into?: number; definition: string[]; references: string[] }[] = [
    {
      name: 'an upstream from a site file, defined in conf.d',
      dialect: 'nginx',
      from: 'nginx/sites/shop.conf',
      word: 'shop_api/',
      definition: ['nginx/conf.d/upstreams.conf:1:shop_api'],
      references: ['nginx/conf.d/upstreams.conf:1:shop_api', 'nginx/conf.d/upstreams.conf:8:shop_api', 'nginx/sites/admin.conf:4:shop_api', 'nginx/sites/shop.conf:3:shop_api'],
    },
    {
      name: 'a map variable from a site file',
      dialect: 'nginx',
      from: 'nginx/sites/shop.conf',
      word: '$pool',
      into: 2,
      definition: ['nginx/conf.d/upstreams.conf:7:pool'],
      references: ['nginx/conf.d/upstreams.conf:7:pool', 'nginx/sites/shop.conf:4:pool'],
    },
    {
      name: 'a backend in another -f file',
      dialect: 'haproxy',
      from: 'haproxy/haproxy.cfg',
      word: 'shop if',
      definition: ['haproxy/conf.d/10-backends.cfg:1:shop'],
      references: ['haproxy/conf.d/10-backends.cfg:1:shop', 'haproxy/haproxy.cfg:6:shop'],
    },
    {
      name: 'a defaults section from a later file',
      dialect: 'haproxy',
      from: 'haproxy/conf.d/10-backends.cfg',
      word: 'base',
      definition: ['haproxy/haproxy.cfg:1:base'],
      references: ['haproxy/conf.d/10-backends.cfg:1:base', 'haproxy/conf.d/10-backends.cfg:4:base', 'haproxy/haproxy.cfg:1:base', 'haproxy/haproxy.cfg:4:base'],
    },
  ];
  for (const c of lookups) {
    it(`finds ${c.name}`, () => {
      const scope = scopeOf(c.dialect, c.from);
      const offset = offsetOf(c.from, c.word, c.into);
      assert.deepStrictEqual(shown(definitions([scope], offset)), c.definition);
      assert.deepStrictEqual(shown(references([scope], offset, true)).sort(), c.references);
    });
  }

  it('renames an upstream in every file with one workspace edit', () => {
    const edit = rename([scopeOf('nginx', 'nginx/sites/admin.conf')], offsetOf('nginx/sites/admin.conf', 'shop_api'), 'catalog');
    assert.deepStrictEqual(edited(edit), {
      'nginx/conf.d/upstreams.conf': TREE['nginx/conf.d/upstreams.conf'].replace(/shop_api/g, 'catalog'),
      'nginx/sites/shop.conf': TREE['nginx/sites/shop.conf'].replace('shop_api', 'catalog'),
      'nginx/sites/admin.conf': TREE['nginx/sites/admin.conf'].replace('shop_api', 'catalog'),
    });
  });

  it('refuses a rename to an upstream another file defines', () => {
    assert.throws(() => rename([scopeOf('nginx', 'nginx/sites/shop.conf')], offsetOf('nginx/sites/shop.conf', 'shop_api'), 'admin'), /an upstream named admin already exists/);
  });

  it('knows a file only as the configuration read it: another text of it has no scope', () => {
    assert.strictEqual(configurationScope(loaded.nginx!, file('nginx/sites/shop.conf'), `${TREE['nginx/sites/shop.conf']}# edited\n`), null);
  });

  const linkCases: { name: string; from: string; expect: { text: string; target: string | undefined; tooltip: RegExp }[] }[] = [
    {
      name: 'links a plain include to its file, each glob to its first match with the matches listed, and leaves a glob matching nothing unlinked',
      from: 'nginx/nginx.conf',
      expect: [
        { text: 'mime.types', target: 'nginx/mime.types', tooltip: /^Open mime\.types$/ },
        { text: 'conf.d/*.conf', target: 'nginx/conf.d/upstreams.conf', tooltip: /^1 file matches, in the order the server reads them: conf\.d\/upstreams\.conf$/ },
        { text: 'sites/*.conf', target: 'nginx/sites/admin.conf', tooltip: /^2 files match, in the order the server reads them: sites\/admin\.conf, sites\/shop\.conf$/ },
      ],
    },
    { name: 'has no links in a file without includes', from: 'nginx/sites/shop.conf', expect: [] },
  ];
  for (const c of linkCases) {
    it(c.name, () => {
      const links = includeLinks(file(c.from), loaded.nginx!.files.find((f) => f.path === file(c.from))!.source, [loaded.nginx!]);
      const doc = TextDocument.create('file:///x', 'nginx', 1, TREE[c.from]);
      assert.deepStrictEqual(links.map((l) => doc.getText(l.range)), c.expect.map((e) => e.text));
      links.forEach((l, i) => {
        assert.strictEqual(l.target && path.relative(root, fileURLToPath(l.target)), c.expect[i].target);
        assert.match(l.tooltip ?? '', c.expect[i].tooltip);
      });
    });
  }

  const symbolCases: { query: string; expect: string[] }[] = [
    { query: '', expect: ['admin', 'admin.example.com', 'base', 'shop', 'shop_api', 'shop.example.com www.shop.example.com', 'web', 'www'] },
    { query: 'SHOP', expect: ['shop', 'shop_api', 'shop.example.com www.shop.example.com'] },
    { query: 'shpapi', expect: ['shop_api'] },
    { query: 'admin.ex', expect: ['admin.example.com'] },
    { query: 'nothing-like-it', expect: [] },
  ];
  for (const c of symbolCases) {
    it(`finds workspace symbols for ${JSON.stringify(c.query)}, best matches first`, () => {
      const scopes = (['nginx', 'haproxy'] as const).map((d) => {
        const first = loaded[d]!.files[0];
        return { scope: configurationScope(loaded[d]!, first.path, first.source.text)!, label: (uri: string) => path.relative(root, fileURLToPath(uri)) };
      });
      assert.deepStrictEqual(workspaceSymbols(scopes, c.query).map((s) => s.name), c.expect);
    });
  }

  it('names each symbol’s kind and file in its container, at its name', () => {
    const first = loaded.nginx!.files[0];
    const scope = configurationScope(loaded.nginx!, first.path, first.source.text)!;
    const [upstream] = workspaceSymbols([{ scope, label: (uri) => path.relative(root, fileURLToPath(uri)) }], 'shop_api');
    assert.strictEqual(upstream.containerName, 'http upstream in nginx/conf.d/upstreams.conf');
    assert.deepStrictEqual(shown([upstream.location]), ['nginx/conf.d/upstreams.conf:1:shop_api']);
  });

  const qualities: { name: string; query: string; quality: number | null }[] = [
    { name: 'shop_api', query: 'shop_api', quality: 3 },
    { name: 'shop_api', query: 'Shop', quality: 2 },
    { name: 'shop_api', query: 'API', quality: 1 },
    { name: 'shop_api', query: 'sapi', quality: 0 },
    { name: 'shop_api', query: 'ipa', quality: null },
  ];
  for (const q of qualities) {
    it(`rates ${JSON.stringify(q.query)} against ${q.name} ${String(q.quality)}`, () => {
      assert.strictEqual(matchQuality(q.name, q.query), q.quality);
    });
  }
});
