import * as assert from 'assert';
import type { Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dialect } from '../../../server/src/model/common';
import { definitions, prepareRename, references, rename, type NavigationScope } from '../../../server/src/features/navigation';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { SourceText } from '../../../server/src/text/sourceText';

const parser = new ConfigParser(new GrammarLoader());
const URI = 'file:///work/site.conf';
const CURSOR = '‸';

/** A document alone, with the cursor where `‸` stands. */
async function documentWithCursor(dialect: Dialect, marked: string): Promise<{ scope: NavigationScope; source: SourceText; offset: number }> {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the case marks the cursor with ‸');
  const source = new SourceText(marked.replace(CURSOR, ''));
  const config = await parser.parse(dialect, source.text);
  return { scope: { config, text: source.text, home: 0, locate: (span) => ({ uri: URI, source, span }) }, source, offset };
}

/** `line:text` of each location (all in the one document). */
function shown(source: SourceText, locations: readonly Location[]): string[] {
  return locations.map((l) => `${l.range.start.line + 1}:${source.text.slice(source.offsetAt(l.range.start), source.offsetAt(l.range.end))}`);
}

function applied(text: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = edit.changes?.[URI] ?? [];
  return TextDocument.applyEdits(TextDocument.create(URI, 'nginx', 1, text), edits);
}

const NGINX = `http {
    upstream App { server 10.0.0.1; }
    upstream api { server 10.0.0.2; }
    map $cookie_beta $pool { default app; 1 api; }
    server {
        location / { proxy_pass http://app/shop; }
        location /g { grpc_pass grpc://app; }
        location /f { fastcgi_pass app; }
        location /p { proxy_pass http://$pool; add_header X-Pool "\${pool}-x"; }
        location /e { proxy_pass http://example.com; }
        location /port { proxy_pass http://app:8080; }
    }
}
stream {
    upstream app { server 10.0.0.3:5432; }
    server { listen 5432; proxy_pass app; }
}
`;

const HAPROXY = `defaults base
    mode http

frontend www from base
    bind :80
    use_backend shop if { path_beg /shop }
    default_backend www
    http-request track-sc0 src table shop

backend www
    server w1 10.0.0.9:80

backend shop from base
    stick-table type ip size 1m peers mesh
    stick on src table shop
    server s1 10.0.0.1:80

frontend other
    use_backend missing
    http-request track-sc1 src table mesh/quota

peers mesh
    peer a 10.0.0.1:1024
    table quota type ip size 1m
`;

const FETCHES = `frontend f
    acl shop_down nbsrv(shop) lt 1
    use_backend shop if !shop_down { srv_is_up(shop/s1) }
    http-request set-header X-Load "%[be_conn(shop)]"
    http-request deny if { table_cnt(shop) gt 1000 }

backend shop
    stick-table type ip size 1m
    server s1 10.0.0.1:80
`;

/** Puts the cursor before the `nth` (0-based) occurrence of `word` in `text`, shifted by `into` characters. */
function at(text: string, word: string, nth = 0, into = 1): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  assert.ok(i >= 0, `${word} #${nth} is in the text`);
  return text.slice(0, i + into) + CURSOR + text.slice(i + into);
}

describe('navigation: definitions and references in one file', () => {
  const cases: { name: string; dialect: Dialect; text: string; definition: string[]; references: string[] }[] = [
    {
      name: 'an http upstream from proxy_pass (its name in any case), every pass that names it and the map value routing to it',
      dialect: 'nginx',
      text: at(NGINX, 'http://app/shop', 0, 8),
      definition: ['2:App'],
      references: ['2:App', '4:app', '6:app', '7:app', '8:app'],
    },
    { name: 'the stream upstream of the same name is another one', dialect: 'nginx', text: at(NGINX, 'proxy_pass app;', 0, 12), definition: ['15:app'], references: ['15:app', '16:app'] },
    { name: 'from the upstream block to its passes', dialect: 'nginx', text: at(NGINX, 'api {'), definition: ['3:api'], references: ['3:api', '4:api'] },
    { name: 'a map variable from a pass, both spellings', dialect: 'nginx', text: at(NGINX, '$pool;', 0, 2), definition: ['4:pool'], references: ['4:pool', '9:pool', '9:pool'] },
    { name: 'a map variable with the cursor on its $', dialect: 'nginx', text: at(NGINX, '$pool;', 0, 0), definition: ['4:pool'], references: ['4:pool', '9:pool', '9:pool'] },
    { name: 'a map variable with the cursor on the { of ${...}', dialect: 'nginx', text: at(NGINX, '{pool}', 0, 0), definition: ['4:pool'], references: ['4:pool', '9:pool', '9:pool'] },
    { name: 'a host name no upstream defines: no definition, its uses', dialect: 'nginx', text: at(NGINX, 'example.com'), definition: [], references: ['10:example.com'] },
    { name: 'an address with a port names no group', dialect: 'nginx', text: at(NGINX, 'app:8080'), definition: [], references: [] },
    { name: 'a backend from use_backend, with default_backend and table', dialect: 'haproxy', text: at(HAPROXY, 'use_backend shop', 0, 13), definition: ['13:shop'], references: ['6:shop', '8:shop', '13:shop', '15:shop'] },
    { name: 'a backend that shares a frontend’s name', dialect: 'haproxy', text: at(HAPROXY, 'default_backend www', 0, 17), definition: ['10:www'], references: ['7:www', '10:www'] },
    { name: 'a defaults section from `from`', dialect: 'haproxy', text: at(HAPROXY, 'from base', 1, 6), definition: ['1:base'], references: ['1:base', '4:base', '13:base'] },
    { name: 'a peers section from stick-table', dialect: 'haproxy', text: at(HAPROXY, 'peers mesh', 0, 7), definition: ['22:mesh'], references: ['14:mesh', '20:mesh', '22:mesh'] },
    { name: 'a table of a peers section, from `table <peers>/<table>`', dialect: 'haproxy', text: at(HAPROXY, 'mesh/quota', 0, 6), definition: ['24:quota'], references: ['20:quota', '24:quota'] },
    {
      name: 'a backend named in sample fetches (acl, condition, log format) and as a table',
      dialect: 'haproxy',
      text: at(FETCHES, 'backend shop', 0, 9),
      definition: ['7:shop'],
      references: ['2:shop', '3:shop', '3:shop', '4:shop', '5:shop', '7:shop'],
    },
    { name: 'a backend nothing defines', dialect: 'haproxy', text: at(HAPROXY, 'missing'), definition: [], references: ['19:missing'] },
    { name: 'a keyword is no name', dialect: 'haproxy', text: at(HAPROXY, 'mode http', 0, 2), definition: [], references: [] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { scope, source, offset } = await documentWithCursor(c.dialect, c.text);
      assert.deepStrictEqual(shown(source, definitions([scope], offset)), c.definition);
      assert.deepStrictEqual(shown(source, references([scope], offset, true)), c.references);
      const withoutDefinition = c.references.filter((r) => !c.definition.includes(r));
      assert.deepStrictEqual(shown(source, references([scope], offset, false)), withoutDefinition);
    });
  }
});

describe('navigation: rename in one file', () => {
  const cases: { name: string; dialect: Dialect; text: string; newName: string; expect: RegExp | ((before: string) => string) }[] = [
    {
      name: 'an upstream: its block, every pass and the map value, not the stream one nor the address',
      dialect: 'nginx',
      text: at(NGINX, 'App'),
      newName: 'shop',
      expect: (t) => t.replace('upstream App', 'upstream shop').replace('http://app/shop', 'http://shop/shop').replace('grpc://app', 'grpc://shop').replace('fastcgi_pass app', 'fastcgi_pass shop').replace('default app;', 'default shop;'),
    },
    { name: 'a map variable, with or without its $', dialect: 'nginx', text: at(NGINX, '$pool {', 0, 2), newName: '$group', expect: (t) => t.replace('$pool {', '$group {').replace('http://$pool', 'http://$group').replace('${pool}', '${group}') },
    { name: 'a backend, in use_backend, default_backend and table', dialect: 'haproxy', text: at(HAPROXY, 'backend shop', 0, 9), newName: 'store', expect: (t) => t.replace(/(?<!\/)\bshop\b/g, 'store') },
    { name: 'a backend may take a frontend’s name', dialect: 'haproxy', text: at(HAPROXY, 'backend shop', 0, 9), newName: 'other', expect: (t) => t.replace(/(?<!\/)\bshop\b/g, 'other') },
    { name: 'a backend and its fetches, leaving the acl named like it alone', dialect: 'haproxy', text: at(FETCHES, 'backend shop', 0, 9), newName: 'store', expect: (t) => t.replace(/(?<![_!])\bshop\b(?!_)/g, 'store') },
    { name: 'a defaults section', dialect: 'haproxy', text: at(HAPROXY, 'base'), newName: 'common', expect: (t) => t.replace(/\bbase\b/g, 'common') },
    { name: 'refused: an upstream name already taken', dialect: 'nginx', text: at(NGINX, 'App'), newName: 'API', expect: /an upstream named api already exists/ },
    { name: 'refused: an upstream name a pass uses as a host', dialect: 'nginx', text: at(NGINX, 'App'), newName: 'example.com', expect: /already used as a host name/ },
    { name: 'refused: a variable already used', dialect: 'nginx', text: at(NGINX, '$pool {', 0, 2), newName: 'cookie_beta', expect: /\$cookie_beta is already used/ },
    { name: 'refused: not an upstream name', dialect: 'nginx', text: at(NGINX, 'App'), newName: 'a b', expect: /is not an upstream name/ },
    { name: 'refused: a host no upstream defines', dialect: 'nginx', text: at(NGINX, 'example.com'), newName: 'x', expect: /no upstream block defines example.com/ },
    { name: 'refused: a backend name a listen or backend has', dialect: 'haproxy', text: at(HAPROXY, 'backend shop', 0, 9), newName: 'www', expect: /a backend named www already exists/ },
    { name: 'a peers section, in its stick-table and table references', dialect: 'haproxy', text: at(HAPROXY, 'peers mesh', 1, 7), newName: 'cluster', expect: (t) => t.replace(/\bmesh\b/g, 'cluster') },
    { name: 'a table of a peers section', dialect: 'haproxy', text: at(HAPROXY, 'table quota', 0, 7), newName: 'rate', expect: (t) => t.replace(/\bquota\b/g, 'rate') },
    { name: 'refused: a backend nothing defines', dialect: 'haproxy', text: at(HAPROXY, 'missing'), newName: 'x', expect: /nothing defines backend missing/ },
    { name: 'refused: an invalid HAProxy name', dialect: 'haproxy', text: at(HAPROXY, 'mesh'), newName: 'a/b', expect: /not a valid peers name/ },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { scope, source, offset } = await documentWithCursor(c.dialect, c.text);
      if (c.expect instanceof RegExp) {
        assert.throws(() => rename([scope], offset, c.newName), c.expect);
        return;
      }
      const prepared = prepareRename([scope], source, offset);
      assert.strictEqual(prepared.placeholder, source.text.slice(source.offsetAt(prepared.range.start), source.offsetAt(prepared.range.end)));
      assert.strictEqual(applied(source.text, rename([scope], offset, c.newName)), c.expect(source.text));
    });
  }

  const refusedHere: { name: string; dialect: Dialect; text: string; message: RegExp }[] = [
    { name: 'a directive name', dialect: 'nginx', text: at(NGINX, 'proxy_pass'), message: /Nothing to rename here: rename works on upstream names/ },
    { name: 'a variable no map sets', dialect: 'nginx', text: at(NGINX, '$cookie_beta', 0, 2), message: /Cannot rename: variable \$cookie_beta is not set by a map/ },
    { name: 'a server line', dialect: 'haproxy', text: at(HAPROXY, 'server s1', 0, 8), message: /Nothing to rename here: rename works on backend/ },
  ];
  for (const c of refusedHere) {
    it(`prepareRename refuses ${c.name} and says why`, async () => {
      const { scope, source, offset } = await documentWithCursor(c.dialect, c.text);
      assert.throws(() => prepareRename([scope], source, offset), c.message);
    });
  }
});
