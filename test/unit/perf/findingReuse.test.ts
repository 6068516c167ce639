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
 * The server lints a changed NGINX document by checking again only the unit the change is in and
 * the units linked to it, and moving the other units' findings. After any edit, what it publishes
 * must be exactly what a full lint of the same text gives: messages, spans and every fix's edits.
 */
describe('nginx: findings reused across edits equal a full lint', function () {
  this.timeout(300000);

  async function check(texts: { name: string; text: string }[], steps: number, seed: number, edit: (text: string, rand: () => number) => TextEdit, batch = 0.2): Promise<DocumentLinter['stats']> {
    const rand = prng(seed);
    const documentLinter = new DocumentLinter(new Linter(RULES));
    for (const sample of texts) {
      let text = sample.text;
      const store = new DocumentStore(parser);
      const uri = 'file:///reuse/nginx.conf';
      const doc = store.open(uri, 'nginx', 1, text)!;
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
          assert.deepStrictEqual(got, (await textLinter.lint('nginx', text, DEFAULT_SETTINGS)).findings, `${sample.name}, step ${step}: findings differ from a fresh parse and lint`);
        }
      }
      store.close(uri);
    }
    return documentLinter.stats;
  }

  it('letters typed inside words of linked servers and upstreams (the path the reuse is for)', async () => {
    const stats = await check([{ name: 'linked config', text: linkedConfig(40) }], 300, 11, (text, rand) => {
      const at = insideWord(text, rand);
      return rand() < 0.5 || at >= text.length ? { start: at, end: at, text: 'q' } : { start: at - 1, end: at, text: '' };
    }, 0);
    // Letters typed into unit headers (`upstream up_3q9`, `erver {`) and pass targets rightly take full runs.
    assert.ok(stats.partial > stats.full, `reuse was taken ${stats.partial} times, full runs ${stats.full}: ${JSON.stringify([...stats.fullBecause])}`);
  });

  it('structural edits anywhere (braces, quotes, line ends, comments) in linked configs and real files', async () => {
    const samples = sampleTexts('nginx').filter((s) => s.text.length > 500 && s.text.length < 30000 && !s.text.includes('\u0000'));
    const texts = [{ name: 'linked config', text: linkedConfig(12) }, ...samples.filter((_, i) => i % 7 === 0).slice(0, 12)];
    const stats = await check(texts, 60, 5, (text, rand) => {
      if (rand() < 0.5) return randomEdit(text, rand);
      const at = insideWord(text, rand);
      return { start: at, end: at, text: 'z' };
    });
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
    ];
    for (const [from, to] of edits) {
      const at = base.indexOf(from);
      assert.ok(at >= 0, from);
      const stats = await check([{ name: `${from} -> ${to}`, text: base }], 2, 1, (text) => (text === base ? { start: at, end: at + from.length, text: to } : { start: at, end: at + to.length, text: from }), 0);
      // A server's pass retargeted re-checks the server and both upstreams, an upstream renamed
      // itself and the servers that name either name: not the whole file.
      if (from.startsWith('proxy_pass') || from.startsWith('upstream')) assert.strictEqual(stats.partial, 2, JSON.stringify([...stats.fullBecause]));
    }
  });
});
