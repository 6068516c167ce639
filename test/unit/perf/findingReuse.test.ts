import * as assert from 'assert';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Linter } from '../../../server/src/engine/linter';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { DocumentLinter } from '../../../server/src/features/documentLinter';
import { DocumentStore } from '../../../server/src/features/documentStore';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { TextLinter } from '../../../server/src/engine/lintText';
import { RULES } from '../../../server/src/rules/registry';
import { SourceText } from '../../../server/src/text/sourceText';
import { allUnitLinks, unitLinks } from '../../../server/src/engine/nginxReuse';
import { nginxUnits } from '../../../server/src/model/nginx';
import type { Dialect } from '../../../server/src/model/common';
import { applyEdit, prng, randomEdit, sampleTexts, type TextEdit } from './modelSnapshot';

const parser = new ConfigParser(new GrammarLoader());
const textLinter = new TextLinter(parser);
const fullLinter = new Linter(RULES);

/** The affinity of each upstream, in rotation: every NGINX rule has something to judge. */
const AFFINITY = [
  ['ip_hash;'],
  ['hash $remote_addr;'],
  ['hash $cookie_sid consistent;'],
  ['hash $sid_key;'],
  ['sticky cookie srv_id expires=1h domain=.example.test path=/;'],
  ['sticky route $route_cookie $route_uri;'],
  ['sticky learn create=$upstream_cookie_sid lookup=$cookie_sid zone=s:1m;'],
  ['least_conn;', 'ip_hash;'],
];

/**
 * An http block of `count` upstreams, each proxied to from its own server (some from two), with
 * the shared pieces that link units: a log_format, a map, failover turned off in places, cookie
 * flags, and suppression comments.
 */
function linkedConfig(count: number): string {
  const out = ['http {', "    log_format main '$remote_addr $request $status';", '    map $cookie_sid $sid_key {', '        default $cookie_sid;', '    }'];
  for (let i = 0; i < count; i++) {
    out.push(`    upstream up_${i} {`);
    for (const line of AFFINITY[i % AFFINITY.length]) out.push(`        ${line}`);
    out.push(`        server 10.0.${i}.1:80 max_fails=${i % 3};`, `        server 10.0.${i}.2:80${i % 4 === 0 ? ' backup' : ''};`, '    }');
    out.push('    server {', `        server_name s${i}.example.test;`, '        access_log /var/log/nginx/a.log main;');
    if (i % 5 === 0) out.push('        proxy_next_upstream off;');
    if (i % 7 === 0) out.push('        # affinity-lint ignore=nginx/ip-hash');
    out.push('        location / {', `            proxy_pass http://up_${i};`);
    if (i % 3 === 0) out.push('            proxy_cookie_flags sid secure httponly;');
    out.push('        }', `        location /other { proxy_pass http://up_${(i + 1) % count}/x; }`, '    }');
  }
  out.push('}', '');
  return out.join('\n');
}

function asLspChange(text: string, e: TextEdit): TextDocumentContentChangeEvent {
  const source = new SourceText(text);
  return { range: { start: source.positionAt(e.start), end: source.positionAt(e.end) }, text: e.text };
}

/** A place right after a letter or digit: typing there changes a word, not the structure. */
function insideWord(text: string, rand: () => number): number {
  let at = Math.floor(rand() * text.length);
  while (at < text.length && !/[A-Za-z0-9]/.test(text[at - 1] ?? '')) at++;
  return at;
}

/**
 * Opens each text, lints it, then applies `steps` edits through the server's path (DocumentStore,
 * DocumentLinter) and compares every run with a full lint of the same model, and of a fresh parse
 * when the tree is clean. Returns the DocumentLinter's counts of partial and full runs.
 */
async function check(dialect: Dialect, texts: { name: string; text: string }[], steps: number, seed: number, edit: (text: string, rand: () => number) => TextEdit, batch = 0.2): Promise<DocumentLinter['stats']> {
  const rand = prng(seed);
  const documentLinter = new DocumentLinter(new Linter(RULES));
  for (const sample of texts) {
    let text = sample.text;
    const store = new DocumentStore(parser);
    const uri = `file:///reuse/${dialect}`;
    const doc = store.open(uri, dialect, 1, text)!;
    await store.refresh(doc);
    documentLinter.lint(doc, DEFAULT_SETTINGS);
    for (let step = 0; step < steps; step++) {
      const e = edit(text, rand);
      store.change(uri, step + 2, [asLspChange(text, e)]);
      text = applyEdit(text, e);
      // Sometimes a refresh without a lint in between (hover, outline), or two changes in one run.
      if (rand() < batch) await store.refresh(doc);
      if (rand() < batch && step < steps - 1) continue;
      await store.refresh(doc);
      const got = doc.config ? documentLinter.lint(doc, DEFAULT_SETTINGS).findings : [];
      // The same model linted whole: whether the model equals a fresh parse is incremental.test.ts's
      // question (tree-sitter may recover from a syntax error differently after an edit).
      const expected = doc.config ? fullLinter.lint(doc.config, doc.source, DEFAULT_SETTINGS).findings : [];
      assert.deepStrictEqual(got, expected, `${sample.name}, step ${step}: findings differ from a full lint after ${JSON.stringify(e)}`);
      if (doc.config && doc.config.syntaxProblems.length === 0) {
        assert.deepStrictEqual(got, (await textLinter.lint(dialect, text, DEFAULT_SETTINGS)).findings, `${sample.name}, step ${step}: findings differ from a fresh parse and lint`);
      }
    }
    store.close(uri);
  }
  return documentLinter.stats;
}

/** Letters typed (or deleted) right after a letter or digit. */
function typing(text: string, rand: () => number): TextEdit {
  const at = insideWord(text, rand);
  return rand() < 0.5 || at >= text.length ? { start: at, end: at, text: 'q' } : { start: at - 1, end: at, text: '' };
}

/** Half structural edits anywhere, half a letter typed inside a word. */
function structuralOrTyping(text: string, rand: () => number): TextEdit {
  if (rand() < 0.5) return randomEdit(text, rand);
  const at = insideWord(text, rand);
  return { start: at, end: at, text: 'z' };
}

/**
 * Replaces `from` by `to` and back, checking both runs; returns the counts. With `minimal`, only the
 * part of `from` that differs from `to` is replaced (the edit a keystroke or a rename makes).
 */
async function swap(dialect: Dialect, base: string, from: string, to: string, minimal = false): Promise<DocumentLinter['stats']> {
  let at = base.indexOf(from);
  assert.ok(at >= 0, from);
  if (minimal) {
    let head = 0;
    while (head < from.length && head < to.length && from[head] === to[head]) head++;
    let tail = 0;
    while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
    at += head;
    [from, to] = [from.slice(head, from.length - tail), to.slice(head, to.length - tail)];
  }
  return check(dialect, [{ name: `${from} -> ${to}`, text: base }], 2, 1, (text) => (text === base ? { start: at, end: at + from.length, text: to } : { start: at, end: at + to.length, text: from }), 0);
}

/**
 * The server lints a changed NGINX document by checking again only the unit the change is in and
 * the units linked to it, and moving the other units' findings. After any edit, what it publishes
 * must be exactly what a full lint of the same text gives: messages, spans and every fix's edits.
 */
describe('nginx: findings reused across edits equal a full lint', function () {
  this.timeout(300000);

  it('the links of all units read from the index equal each unit’s own (real files, the linked config)', async () => {
    const texts = [linkedConfig(12), ...sampleTexts('nginx').map((x) => x.text).filter((t) => !t.includes('\u0000'))];
    for (const text of texts) {
      const { config, source } = await textLinter.lint('nginx', text, DEFAULT_SETTINGS);
      if (!config || config.dialect !== 'nginx') continue;
      const units = nginxUnits(config.directives);
      const all = allUnitLinks(config, source, units);
      for (const u of units) assert.strictEqual(all.get(u), unitLinks(u, source), `${u.name} at ${u.span.start}`);
    }
  });

  it('letters typed inside words of linked servers and upstreams (the path the reuse is for)', async () => {
    const stats = await check('nginx', [{ name: 'linked config', text: linkedConfig(40) }], 300, 11, typing, 0);
    // Letters typed into unit headers (`upstream up_3q9`, `erver {`) and pass targets rightly take full runs.
    assert.ok(stats.partial > stats.full, `reuse was taken ${stats.partial} times, full runs ${stats.full}: ${JSON.stringify([...stats.fullBecause])}`);
  });

  it('structural edits anywhere (braces, quotes, line ends, comments) in linked configs and real files', async () => {
    const samples = sampleTexts('nginx').filter((s) => s.text.length > 500 && s.text.length < 30000 && !s.text.includes('\u0000'));
    const texts = [{ name: 'linked config', text: linkedConfig(12) }, ...samples.filter((_, i) => i % 7 === 0).slice(0, 12)];
    const stats = await check('nginx', texts, 60, 5, structuralOrTyping);
    assert.ok(stats.partial > 0, 'no run reused findings');
  });

  it('edits that change what links units: a pass retargeted, an upstream renamed, failover turned off', async () => {
    const base = linkedConfig(6);
    const edits: [string, string][] = [
      ['proxy_pass http://up_2;', 'proxy_pass http://up_3;'],
      ['upstream up_4 {', 'upstream up_44 {'],
      ['upstream up_5 {', 'upstream up_2 {'],
      ['upstream up_1 {', 'upstream up_3 {'],
      ['server_name s1.example.test;', 'server_name s1.example.test; proxy_next_upstream off;'],
      ["'$remote_addr $request $status'", "'$remote_addr $upstream_addr'"],
      ['default $cookie_sid;', 'default "";'],
      ['# affinity-lint ignore=nginx/ip-hash', '# affinity-lint ignore=nginx/ip-hash,nginx/affinity-unmonitored'],
      // The sticky cookie of up_4 is judged by how clients reach the servers that pass to it.
      ['server_name s4.example.test;', 'server_name s4.example.test; listen 443 ssl;'],
      ['server_name s3.example.test;', 'server_name s3.example.test; include tls.conf;'],
      // A Plus-only directive typed in one server makes the whole file NGINX Plus: sticky is no longer unsupported anywhere.
      ['server_name s2.example.test;', 'server_name s2.example.test; status_zone s2;'],
      // A pass through a variable may reach any upstream.
      ['location / {\n            proxy_pass http://up_2;', 'location / {\n            proxy_pass http://$up_2;'],
    ];
    for (const [from, to] of edits) {
      const stats = await swap('nginx', base, from, to);
      // A server's pass retargeted re-checks the server and both upstreams, an upstream renamed
      // itself and the servers that name either name: not the whole file.
      if (from.startsWith('proxy_pass') || from.startsWith('upstream')) assert.strictEqual(stats.partial, 2, JSON.stringify([...stats.fullBecause]));
    }
  });

  it('an edit inside one server that changes what a fragment says its module is re-checks every unit', async () => {
    // A conf.d fragment: its scheme-less proxy_pass makes it stream, where address hashing is not
    // nginx/ip-hash's business; with a URL it is http, and both upstreams are flagged.
    const fragment = [
      'upstream dns {', '    hash $remote_addr;', '    server 10.0.0.53:53;', '    server 10.0.0.54:53;', '}',
      'upstream syslog {', '    hash $binary_remote_addr consistent;', '    server 10.0.1.1:514;', '    server 10.0.1.2:514;', '}',
      'server {', '    listen 53;', '    proxy_pass dns;', '}', '',
    ].join('\n');
    for (const [from, to] of [['proxy_pass dns;', 'proxy_pass http://dns;'], ['listen 53;', 'listen 53; location / {}']]) {
      const stats = await swap('nginx', fragment, from, to);
      assert.strictEqual(stats.partial, 0, JSON.stringify([...stats.fullBecause]));
    }
  });
});

/**
 * A HAProxy file whose sections link every way the rules look across sections: defaults chains
 * (named, `from`), frontends routing to backends (some over TLS, some setting the hashed header),
 * every kind of persistence, a shared stick table used by name, peers.
 */
function linkedHaproxy(count: number): string {
  const out = [
    'global',
    '    maxconn 1000',
    '',
    'peers mypeers',
    '    peer lb1 10.0.0.1:10000',
    '',
    'defaults base',
    '    mode http',
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    '',
    'defaults farm from base',
    '    balance roundrobin',
    '    retries 3',
    '',
  ];
  for (let f = 0; f < 2; f++) {
    out.push(`frontend fe_${f} from base`, `    bind :${8080 + f}${f === 1 ? ' ssl crt /etc/ssl/site.pem' : ''}`);
    if (f === 0) out.push('    http-request set-header X-Client %[src]');
    for (let i = f; i < count; i += 2) out.push(`    use_backend be_${i} if { path_beg /b${i}/ }`);
    out.push(`    default_backend be_${f}`, '');
  }
  const persistence = [
    ['balance source'],
    ['cookie SERVERID insert indirect nocache'],
    ['stick-table type ip size 200k expire 30m peers mypeers', 'stick on src'],
    ['balance hdr(X-Client)'],
    ['cookie JSESSIONID prefix nocache'],
    ['stick on src table be_2'],
    ['balance uri', 'hash-type consistent'],
    ['cookie SRV insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m', 'option redispatch'],
  ];
  for (let i = 0; i < count; i++) {
    out.push(`backend be_${i}${i % 3 === 0 ? ' from farm' : ''}`);
    if (i % 5 === 4) out.push('    # affinity-lint ignore=haproxy/balance-source');
    for (const line of persistence[i % persistence.length]) out.push(`    ${line}`);
    const cookies = persistence[i % persistence.length].some((l) => l.startsWith('cookie'));
    for (let s = 1; s <= 4; s++) out.push(`    server s${s} 10.1.${i}.${s}:80 check inter 5s${cookies ? ` cookie s${s}` : ''}${s === 4 && i % 4 === 0 ? ' backup' : ''}`);
    out.push('');
  }
  out.push('listen stats', '    bind :9000', '    balance source', '    server st 10.2.0.1:80', '');
  return out.join('\n');
}

/**
 * The same for HAProxy, section by section: a keystroke in one backend, frontend or listen checks
 * again that section, its defaults chain and the proxies routing to it or routed to from it.
 */
describe('haproxy: findings reused across edits equal a full lint', function () {
  this.timeout(300000);

  it('letters typed inside words of linked sections (the path the reuse is for)', async () => {
    const stats = await check('haproxy', [{ name: 'linked haproxy', text: linkedHaproxy(24) }], 300, 13, typing, 0);
    assert.ok(stats.partial > stats.full, `reuse was taken ${stats.partial} times, full runs ${stats.full}: ${JSON.stringify([...stats.fullBecause])}`);
  });

  it('structural edits anywhere in linked configs and real files', async () => {
    const samples = sampleTexts('haproxy').filter((s) => s.text.length > 500 && s.text.length < 30000 && !s.text.includes('\u0000'));
    const texts = [{ name: 'linked haproxy', text: linkedHaproxy(10) }, ...samples.filter((_, i) => i % 5 === 0).slice(0, 12)];
    const stats = await check('haproxy', texts, 60, 9, structuralOrTyping);
    assert.ok(stats.partial > 0, 'no run reused findings');
  });

  it('edits that change what links sections: routing, TLS, headers, cookies, tables, defaults', async () => {
    const base = linkedHaproxy(8);
    const swaps: [string, string, 'partial' | 'rename' | 'any'][] = [
      ['    server s1 10.1.3.1:80 check inter 5s', '    server s1 10.1.3.1:80 check inter 2s', 'partial'],
      ['    balance source\n    server s1 10.1.0.1', '    balance leastconn\n    server s1 10.1.0.1', 'partial'],
      ['    http-request set-header X-Client %[src]', '    http-request set-header X-Other %[src]', 'partial'],
      ['use_backend be_2 if', 'use_backend be_3 if', 'partial'],
      ['use_backend be_2 if { path_beg /b2/ }', 'use_backend be_2 if { path_beg /bx/ }', 'partial'],
      ['use_backend be_3 if', 'use_backend be_99 if', 'partial'],
      ['use_backend be_3 if', 'use_backend be_0 if', 'partial'],
      ['default_backend be_1\n', 'default_backend be_7\n', 'partial'],
      ['use_backend be_3 if', 'use_backend be_%[req.hdr(host)] if', 'any'],
      // Proxies renamed (only the name edited): routers, same-named proxies and stick rules naming
      // either table are checked again.
      ['backend be_2\n', 'backend be_9\n', 'rename'],
      ['backend be_2\n', 'backend be_1\n', 'rename'],
      ['backend be_5\n', 'backend be_2\n', 'rename'],
      ['backend be_3 from farm', 'backend be_3x from farm', 'rename'],
      ['frontend fe_0 from base', 'frontend fe_7 from base', 'rename'],
      ['frontend fe_1 from base', 'frontend fe_0 from base', 'rename'],
      ['listen stats\n', 'listen be_6\n', 'rename'],
      ['backend be_3 from farm', 'backend be_3 from base', 'any'],
      ['bind :8081 ssl crt /etc/ssl/site.pem', 'bind :8081', 'any'],
      ['cookie SERVERID insert', 'cookie JSESSIONID insert', 'any'],
      ['cookie SERVERID insert indirect nocache', 'cookie SERVERID insert indirect', 'partial'],
      ['httponly secure attr "SameSite=Lax" maxidle 30m', 'httponly attr "SameSite=None" maxidle 30m', 'partial'],
      ['cookie JSESSIONID prefix nocache', 'cookie JSESSIONID insert nocache', 'any'],
      ['cookie SERVERID insert indirect nocache', 'cookie SERVERID rewrite indirect nocache', 'any'],
      ['stick on src table be_2', 'stick on src table be_6', 'any'],
      ['    balance roundrobin\n    retries 3', '    balance source\n    retries 3', 'any'],
      ['    mode http', '    mode tcp', 'any'],
      ['backend be_1\n', 'backend be_1 from base\n', 'any'],
    ];
    for (const [from, to, path] of swaps) {
      const stats = await swap('haproxy', base, from, to, path === 'rename');
      if (path !== 'any') assert.strictEqual(stats.partial, 2, `${from}: ${JSON.stringify([...stats.fullBecause])}`);
    }
  });

  it('edits in a section with a suppression comment: local when the comment covers a line of the section', async () => {
    const base = [
      'backend be_a',
      '    # affinity-lint ignore=haproxy/balance-source',
      '    balance source',
      '    server a1 10.0.0.1:80 check',
      '    # affinity-lint ignore=haproxy/balance-source',
      'backend be_b',
      '    balance source',
      '    server b1 10.0.1.1:80 check',
      '    # affinity-lint ignore=haproxy/persistence-without-redispatch',
      '',
      'backend be_c',
      '    balance source',
      '    server c1 10.0.2.1:80 check',
      '    server c2 10.0.2.2:80 check # affinity-lint ignore=haproxy/balance-source',
      '',
    ].join('\n');
    const cases: [string, string, 'partial' | 'full'][] = [
      // be_a's second comment stands right before be_b's header and silences be_b.
      ['server a1 10.0.0.1:80 check', 'server a1 10.0.0.9:80 check', 'full'],
      // be_b's comment is followed by a blank line: it silences nothing, but no line of be_b follows it.
      ['server b1 10.0.1.1:80 check', 'server b1 10.0.1.9:80 check', 'full'],
      // Typing on that blank line makes a line the comment covers (of be_b).
      ['redispatch\n\n', 'redispatch\nq\n', 'full'],
      // be_c's comment ends a line of be_c.
      ['server c1 10.0.2.1:80 check', 'server c1 10.0.2.9:80 check', 'partial'],
      ['balance source\n    server c1', 'balance sourcex\n    server c1', 'partial'],
    ];
    for (const [from, to, path] of cases) {
      const stats = await swap('haproxy', base, from, to);
      if (path === 'partial') assert.strictEqual(stats.partial, 2, `${from}: ${JSON.stringify([...stats.fullBecause])}`);
      else assert.strictEqual(stats.full, 3, `${from}: reuse taken`);
    }
    // A comment on its own line before a line of the section: typing elsewhere in it stays local.
    const linked = linkedHaproxy(8);
    const stats = await swap('haproxy', linked, 'server s1 10.1.4.1:80 check inter 5s', 'server s1 10.1.4.1:80 check inter 2s');
    assert.ok(linked.includes('backend be_4\n    # affinity-lint ignore=haproxy/balance-source'));
    assert.strictEqual(stats.partial, 2, JSON.stringify([...stats.fullBecause]));
  });

  it('a frontend that routes through the default_backend of its defaults section', async () => {
    // The backend hashes on a header the frontend sets: it must be checked again when the frontend
    // changes, though the route to it is written in the defaults section, not in the frontend.
    const base = [
      'defaults web',
      '    mode http',
      '    default_backend be_hdr',
      '',
      'frontend fe from web',
      '    bind :8080',
      '    http-request set-header X-Client %[src]',
      '',
      'backend be_hdr',
      '    balance hdr(X-Client)',
      '    server s1 10.0.0.1:80 check',
      '    server s2 10.0.0.2:80 check',
      '',
    ].join('\n');
    const stats = await swap('haproxy', base, 'set-header X-Client', 'set-header X-Other');
    assert.strictEqual(stats.partial, 2, JSON.stringify([...stats.fullBecause]));
  });
});
