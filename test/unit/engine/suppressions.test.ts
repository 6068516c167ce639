import * as assert from 'assert';
import { disableForFile, disableForLine } from '../../../server/src/engine/suppressionEdits';
import { parseIgnoreComment, Suppressions } from '../../../server/src/engine/suppressions';
import { applyEdits } from '../../../server/src/engine/fixes';
import type { NginxConfig } from '../../../server/src/model/nginx';
import { walkNginx } from '../../../server/src/model/nginx';
import type { HaproxyConfig } from '../../../server/src/model/haproxy';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { SourceText } from '../../../server/src/text/sourceText';
import type { Span } from '../../../server/src/text/span';

const parser = new ConfigParser(new GrammarLoader());

async function nginx(text: string): Promise<{ s: Suppressions; at: (name: string, nth?: number) => Span }> {
  const config = (await parser.parse('nginx', text)) as NginxConfig;
  const all = [...walkNginx(config.directives)];
  const s = new Suppressions(config.comments, all.map((d) => d.span), new SourceText(text));
  return { s, at: (name, nth = 0) => all.filter((d) => d.name === name)[nth].span };
}

async function haproxy(text: string): Promise<{ s: Suppressions; at: (keyword: string, nth?: number) => Span }> {
  const config = (await parser.parse('haproxy', text)) as HaproxyConfig;
  const statements: Span[] = [];
  for (const sec of config.sections) statements.push(sec.span, ...sec.directives.map((d) => d.span));
  const s = new Suppressions(config.comments, statements, new SourceText(text));
  const directives = config.sections.flatMap((sec) => sec.directives);
  return { s, at: (keyword, nth = 0) => directives.filter((d) => d.keyword === keyword)[nth].span };
}

describe('suppression comments', () => {
  describe('parseIgnoreComment', () => {
    const span = { start: 0, end: 1 };
    it('reads ids, a reason and the global form', () => {
      assert.deepStrictEqual(parseIgnoreComment({ text: '# affinity-lint ignore=nginx/ip-hash,nginx/sticky-cookie-no-secure -- why', span }), {
        ids: ['nginx/ip-hash', 'nginx/sticky-cookie-no-secure'],
        global: false,
        span,
      });
      assert.deepStrictEqual(parseIgnoreComment({ text: '#affinity-lint   global   ignore = haproxy/balance-source', span }), { ids: ['haproxy/balance-source'], global: true, span });
    });
    it('ignores other comments', () => {
      assert.strictEqual(parseIgnoreComment({ text: '# affinity-lint: sessions live in a shared store', span }), null);
      assert.strictEqual(parseIgnoreComment({ text: '# hadolint ignore=DL3008', span }), null);
      assert.strictEqual(parseIgnoreComment({ text: '# see affinity-lint ignore=nginx/ip-hash', span }), null);
    });
  });

  describe('nginx', () => {
    it('the line before covers the next statement only', async () => {
      const { s, at } = await nginx('upstream a {\n    # affinity-lint ignore=nginx/ip-hash\n    ip_hash;\n    server x;\n}\n');
      assert.ok(s.isSuppressed('nginx/ip-hash', at('ip_hash')));
      assert.ok(!s.isSuppressed('nginx/ip-hash', at('server')));
      assert.ok(!s.isSuppressed('nginx/hash-not-consistent', at('ip_hash')));
    });
    it('more comment lines may stand between; a blank or code line breaks the link', async () => {
      const between = await nginx('upstream a {\n    # affinity-lint ignore=nginx/ip-hash\n    # because\n    ip_hash;\n}\n');
      assert.ok(between.s.isSuppressed('nginx/ip-hash', between.at('ip_hash')));
      const blank = await nginx('upstream a {\n    # affinity-lint ignore=nginx/ip-hash\n\n    ip_hash;\n}\n');
      assert.ok(!blank.s.isSuppressed('nginx/ip-hash', blank.at('ip_hash')));
    });
    it('on a block’s opening line’s predecessor, it covers the whole block', async () => {
      const { s, at } = await nginx('# affinity-lint ignore=nginx/ip-hash\nupstream a {\n    server x;\n    ip_hash;\n}\nupstream b {\n    ip_hash;\n}\n');
      assert.ok(s.isSuppressed('nginx/ip-hash', at('ip_hash', 0)));
      assert.ok(s.isSuppressed('nginx/ip-hash', at('server', 0)));
      assert.ok(!s.isSuppressed('nginx/ip-hash', at('ip_hash', 1)));
    });
    it('a trailing comment covers the statements on its line', async () => {
      const { s, at } = await nginx('upstream a {\n    ip_hash; # affinity-lint ignore=nginx/ip-hash\n    server x;\n}\n');
      assert.ok(s.isSuppressed('nginx/ip-hash', at('ip_hash')));
      assert.ok(!s.isSuppressed('nginx/ip-hash', at('server')));
    });
    it('global ignore covers the file, wherever it stands', async () => {
      const { s, at } = await nginx('upstream a {\n    ip_hash;\n}\n# affinity-lint global ignore=nginx/ip-hash\n');
      assert.ok(s.isSuppressed('nginx/ip-hash', at('ip_hash')));
      assert.ok(!s.isSuppressed('nginx/sticky-cookie-no-secure', at('ip_hash')));
    });
    it('a comment with nothing after it covers nothing', async () => {
      const { s, at } = await nginx('upstream a {\n    ip_hash;\n}\n# affinity-lint ignore=nginx/ip-hash\n');
      assert.ok(!s.isSuppressed('nginx/ip-hash', at('ip_hash')));
    });
  });

  describe('haproxy', () => {
    it('before a section header, it covers the section', async () => {
      const { s, at } = await haproxy('# affinity-lint ignore=haproxy/balance-source\nbackend app\n    mode http\n    balance source\n\nbackend b\n    balance source\n');
      assert.ok(s.isSuppressed('haproxy/balance-source', at('balance', 0)));
      assert.ok(!s.isSuppressed('haproxy/balance-source', at('balance', 1)));
    });
    it('before a line and at the end of a line', async () => {
      const { s, at } = await haproxy('backend app\n    # affinity-lint ignore=haproxy/cookie-no-ttl\n    cookie SRV insert\n    balance source # affinity-lint ignore=haproxy/balance-source\n    server a 1.1.1.1:80\n');
      assert.ok(s.isSuppressed('haproxy/cookie-no-ttl', at('cookie')));
      assert.ok(s.isSuppressed('haproxy/balance-source', at('balance')));
      assert.ok(!s.isSuppressed('haproxy/balance-source', at('server')));
    });
  });

  describe('the Disable quick fixes', () => {
    it('disable for this line writes a comment above at the statement’s indentation', () => {
      const source = new SourceText('upstream a {\n\t\tip_hash;\n}\n');
      const edit = disableForLine(source, 'nginx/ip-hash', 15);
      assert.strictEqual(applyEdits(source.text, [edit]), 'upstream a {\n\t\t# affinity-lint ignore=nginx/ip-hash\n\t\tip_hash;\n}\n');
    });
    it('adds the id to an ignore comment already on the line before', () => {
      const text = 'upstream a {\n    # affinity-lint ignore=nginx/hash-not-consistent -- legacy\n    hash $remote_addr;\n}\n';
      const source = new SourceText(text);
      const edit = disableForLine(source, 'nginx/ip-hash', text.indexOf('hash $'));
      assert.strictEqual(
        applyEdits(text, [edit]),
        'upstream a {\n    # affinity-lint ignore=nginx/hash-not-consistent,nginx/ip-hash -- legacy\n    hash $remote_addr;\n}\n',
      );
    });
    it('an id already listed gives an empty edit', () => {
      const text = '# affinity-lint ignore=nginx/ip-hash\nip_hash;\n';
      const edit = disableForLine(new SourceText(text), 'nginx/ip-hash', text.indexOf('ip_hash;'));
      assert.strictEqual(applyEdits(text, [edit]), text);
    });
    it('keeps CRLF line ends', () => {
      const text = 'backend app\r\n    balance source\r\n';
      const edit = disableForLine(new SourceText(text), 'haproxy/balance-source', text.indexOf('balance'));
      assert.strictEqual(applyEdits(text, [edit]), 'backend app\r\n    # affinity-lint ignore=haproxy/balance-source\r\n    balance source\r\n');
      const file = disableForFile(new SourceText(text), 'haproxy/balance-source');
      assert.strictEqual(applyEdits(text, [file]), '# affinity-lint global ignore=haproxy/balance-source\r\nbackend app\r\n    balance source\r\n');
    });
    it('disable for this file extends an existing global comment anywhere in the file', () => {
      const text = 'http {\n}\n# affinity-lint global ignore=nginx/ip-hash\n';
      const edit = disableForFile(new SourceText(text), 'nginx/sticky-cookie-no-secure');
      assert.strictEqual(applyEdits(text, [edit]), 'http {\n}\n# affinity-lint global ignore=nginx/ip-hash,nginx/sticky-cookie-no-secure\n');
    });
    it('the comments written are the ones the suppressions read', async () => {
      const text = 'upstream a {\n    ip_hash;\n}\n';
      const fixed = applyEdits(text, [disableForLine(new SourceText(text), 'nginx/ip-hash', text.indexOf('ip_hash'))]);
      const { s, at } = await nginx(fixed);
      assert.ok(s.isSuppressed('nginx/ip-hash', at('ip_hash')));
    });
  });
});
