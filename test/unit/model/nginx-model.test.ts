import * as assert from 'assert';
import type { NginxConfig, NginxDirective } from '../../../server/src/model/nginx';
import { nginxAncestor, nginxChildren, walkNginx } from '../../../server/src/model/nginx';
import { paramValue, parseSticky, stickyCookie } from '../../../server/src/model/nginxSticky';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { unquoteNginx } from '../../../server/src/parsing/nginxModel';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';

const parser = new ConfigParser(new GrammarLoader());

async function parse(text: string): Promise<NginxConfig> {
  const config = await parser.parse('nginx', text);
  assert.strictEqual(config.dialect, 'nginx');
  return config as NginxConfig;
}

function find(config: NginxConfig, name: string, nth = 0): NginxDirective {
  const found = [...walkNginx(config.directives)].filter((d) => d.name === name);
  assert.ok(found[nth], `no ${name} #${nth}`);
  return found[nth];
}

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe('nginx model', () => {
  describe('directives and blocks', () => {
    const text = 'events {\n    worker_connections 1024;\n}\nhttp {\n    upstream app {\n        server 10.0.0.1:8080 weight=2;\n        server 10.0.0.2:8080;\n    }\n}\n';

    it('builds the tree: names, children, parents', async () => {
      const config = await parse(text);
      assert.deepStrictEqual(config.directives.map((d) => d.name), ['events', 'http']);
      const upstream = find(config, 'upstream');
      assert.strictEqual(upstream.parent?.name, 'http');
      assert.strictEqual(upstream.parent?.parent, null);
      assert.deepStrictEqual(upstream.children?.map((c) => c.args[0].value), ['10.0.0.1:8080', '10.0.0.2:8080']);
      assert.ok(upstream.children?.every((c) => c.parent === upstream));
      assert.strictEqual(find(config, 'server').children, null, 'a simple directive has no children');
      assert.strictEqual(find(config, 'server').bodySpan, null);
      assert.deepStrictEqual(config.syntaxProblems, []);
    });

    it('walks parents before children in source order, and finds ancestors and children', async () => {
      const config = await parse(text);
      assert.deepStrictEqual([...walkNginx(config.directives)].map((d) => d.name), ['events', 'worker_connections', 'http', 'upstream', 'server', 'server']);
      const server = find(config, 'server', 1);
      assert.strictEqual(nginxAncestor(server, 'http')?.name, 'http');
      assert.strictEqual(nginxAncestor(server, 'stream'), null);
      assert.strictEqual(nginxChildren(find(config, 'upstream'), 'server').length, 2);
      assert.deepStrictEqual(nginxChildren(server, 'server'), []);
    });

    it('gives exact spans: name, arguments, the statement with its ; and the block with its braces', async () => {
      const config = await parse(text);
      const server = find(config, 'server');
      assert.strictEqual(slice(text, server.nameSpan), 'server');
      assert.strictEqual(slice(text, server.span), 'server 10.0.0.1:8080 weight=2;');
      assert.deepStrictEqual(server.args.map((a) => slice(text, a.span)), ['10.0.0.1:8080', 'weight=2']);
      const upstream = find(config, 'upstream');
      assert.ok(slice(text, upstream.span).startsWith('upstream app {'));
      assert.ok(slice(text, upstream.span).endsWith('}'));
      assert.ok(upstream.bodySpan);
      assert.strictEqual(text[upstream.bodySpan.start], '{');
      assert.strictEqual(text[upstream.bodySpan.end - 1], '}');
    });

    it('keeps a Lua block as a body without directives', async () => {
      const t = 'http {\n    server {\n        location /t {\n            content_by_lua_block {\n                ngx.say("}")\n            }\n        }\n    }\n}\n';
      const config = await parse(t);
      const lua = find(config, 'content_by_lua_block');
      assert.deepStrictEqual(lua.children, []);
      assert.ok(lua.bodySpan && slice(t, lua.bodySpan).includes('ngx.say("}")'));
      assert.deepStrictEqual(config.syntaxProblems, []);
    });
  });

  describe('arguments: raw text and value', () => {
    it('removes quotes and resolves the escapes nginx resolves', async () => {
      const t = 'http {\n    add_header X-A "a b";\n    add_header X-B \'c "d"\';\n    add_header X-C "say \\"hi\\"\\n";\n    set $v a\\;b;\n    set $w "${host}x";\n    return 200 \\\\n;\n}\n';
      const config = await parse(t);
      const values = (name: string, nth = 0): { raw: string; value: string; quoted: boolean }[] =>
        find(config, name, nth).args.map((a) => ({ raw: a.raw, value: a.value, quoted: a.quoted }));
      assert.deepStrictEqual(values('add_header', 0)[1], { raw: '"a b"', value: 'a b', quoted: true });
      assert.deepStrictEqual(values('add_header', 1)[1], { raw: '\'c "d"\'', value: 'c "d"', quoted: true });
      assert.deepStrictEqual(values('add_header', 2)[1], { raw: '"say \\"hi\\"\\n"', value: 'say "hi"\n', quoted: true });
      assert.deepStrictEqual(values('set', 0)[1], { raw: 'a\\;b', value: 'a\\;b', quoted: false }, 'nginx keeps a backslash before ;');
      assert.deepStrictEqual(values('set', 1)[1], { raw: '"${host}x"', value: '${host}x', quoted: true }, 'variables stay as written');
      assert.deepStrictEqual(values('return')[1], { raw: '\\\\n', value: '\\n', quoted: false });
    });

    it('unquoteNginx on its own', () => {
      assert.deepStrictEqual(unquoteNginx('plain'), { value: 'plain', quoted: false });
      assert.deepStrictEqual(unquoteNginx('"a\\tb"'), { value: 'a\tb', quoted: true });
      assert.deepStrictEqual(unquoteNginx("'x'"), { value: 'x', quoted: true });
      assert.deepStrictEqual(unquoteNginx('"unbalanced'), { value: '"unbalanced', quoted: false });
      assert.deepStrictEqual(unquoteNginx('$cookie_${name}'), { value: '$cookie_${name}', quoted: false });
      assert.deepStrictEqual(unquoteNginx('\\x'), { value: '\\x', quoted: false });
    });

    it('reads a quoted directive name', async () => {
      const config = await parse('map $a $b {\n    "~^/x" 1;\n    default 0;\n}\n');
      assert.deepStrictEqual(config.directives[0].children?.map((c) => c.name), ['~^/x', 'default']);
    });
  });

  describe('protocol', () => {
    it('comes from the enclosing http, stream or mail block', async () => {
      const t = 'http {\n    upstream a { server x; }\n}\nstream {\n    upstream b { server y:1; }\n}\nmail {\n    server { listen 25; }\n}\n';
      const config = await parse(t);
      const [a, b] = [find(config, 'upstream', 0), find(config, 'upstream', 1)];
      assert.deepStrictEqual([a.protocol, a.protocolKnown], ['http', true]);
      assert.deepStrictEqual([b.protocol, b.protocolKnown], ['stream', true]);
      assert.deepStrictEqual([b.children?.[0].protocol, b.children?.[0].protocolKnown], ['stream', true]);
      const mailServer = find(config, 'server', 2);
      assert.deepStrictEqual([mailServer.protocol, mailServer.protocolKnown], ['mail', true]);
    });

    it('an http block nested somewhere else does not set the protocol', async () => {
      const config = await parse('stream {\n    http {\n        upstream x { server a; }\n    }\n}\n');
      assert.strictEqual(find(config, 'upstream').protocol, 'stream');
    });

    it('is guessed for a fragment: http by default and with http-only directives', async () => {
      const http = await parse('upstream app {\n    server 10.0.0.1;\n}\nserver {\n    location / { proxy_pass http://app; }\n}\n');
      assert.deepStrictEqual([find(http, 'upstream').protocol, find(http, 'upstream').protocolKnown], ['http', false]);
      const bare = await parse('upstream app {\n    server 10.0.0.1;\n}\n');
      assert.strictEqual(find(bare, 'upstream').protocol, 'http');
    });

    it('is guessed as stream for a fragment with stream-only directives or udp listens', async () => {
      const timeout = await parse('upstream dns {\n    hash $remote_addr;\n    server 10.0.0.53:53;\n}\nserver {\n    listen 53;\n    proxy_timeout 5s;\n    proxy_pass dns;\n}\n');
      assert.deepStrictEqual([find(timeout, 'upstream').protocol, find(timeout, 'upstream').protocolKnown], ['stream', false]);
      const udp = await parse('server {\n    listen 514 udp;\n    proxy_pass syslog;\n}\n');
      assert.strictEqual(find(udp, 'server').protocol, 'stream');
    });

    it('reads proxy_pass as nginx does: a group or address without a scheme, or a pass in a server, is stream', async () => {
      const named = await parse('upstream dns {\n    hash $remote_addr;\n    server 10.0.0.53:53;\n}\nserver {\n    listen 53;\n    proxy_pass dns;\n}\n');
      assert.deepStrictEqual([find(named, 'upstream').protocol, find(named, 'upstream').protocolKnown], ['stream', false]);
      const address = await parse('server {\n    listen 3306;\n    proxy_pass 10.0.0.5:3306;\n}\n');
      assert.strictEqual(find(address, 'server').protocol, 'stream');
      const variable = await parse('server {\n    listen 3306;\n    proxy_pass $db_backend;\n}\n');
      assert.strictEqual(find(variable, 'server').protocol, 'stream');
      const oneLine = await parse('proxy_pass backend:8080;\n');
      assert.strictEqual(find(oneLine, 'proxy_pass').protocol, 'stream');
    });

    it('a URL with an http scheme, or a pass in a location, is http', async () => {
      const url = await parse('upstream app {\n    hash $remote_addr;\n    server 10.0.0.1:80;\n}\nproxy_pass http://app;\n');
      assert.strictEqual(find(url, 'upstream').protocol, 'http');
      const inLocation = await parse('server {\n    listen 80;\n    location / { proxy_pass $backend; }\n}\n');
      assert.strictEqual(find(inLocation, 'server').protocol, 'http');
      const variableOnly = await parse('proxy_pass $backend;\n');
      assert.strictEqual(find(variableOnly, 'proxy_pass').protocol, 'http');
    });

    it('directives both modules accept are no evidence: a stream server that returns a value', async () => {
      const config = await parse('server {\n    listen 12345;\n    return $time_iso8601;\n}\nserver {\n    listen 53 udp;\n    proxy_pass 10.0.0.53:53;\n    proxy_connect_timeout 1s;\n}\n');
      assert.strictEqual(find(config, 'server').protocol, 'stream');
    });

    it('proxy_next_upstream on is stream, a list of conditions is http', async () => {
      const on = await parse('upstream db {\n    hash $remote_addr;\n    server 10.0.0.5:5432;\n}\nproxy_next_upstream on;\n');
      assert.strictEqual(find(on, 'upstream').protocol, 'stream');
      const conditions = await parse('upstream app {\n    hash $remote_addr;\n    server 10.0.0.5:80;\n}\nproxy_next_upstream error timeout;\n');
      assert.strictEqual(find(conditions, 'upstream').protocol, 'http');
    });

    it('conflicting evidence: the module most directives name wins', async () => {
      const config = await parse('server {\n    listen 3306;\n    server_name db.example.com;\n    proxy_pass db;\n    proxy_timeout 10m;\n}\n');
      assert.strictEqual(find(config, 'server').protocol, 'stream');
    });

    it('the evidence of a fragment is its own: a file with an http block and stray directives', async () => {
      const config = await parse('proxy_timeout 5s;\nhttp {\n    upstream app { hash $remote_addr; server 10.0.0.1:80; }\n}\n');
      assert.deepStrictEqual([find(config, 'upstream').protocol, find(config, 'upstream').protocolKnown], ['http', true]);
      assert.strictEqual(find(config, 'proxy_timeout').protocol, 'stream');
    });

    it('a fragment with both stream and http directives is http', async () => {
      const config = await parse('server {\n    listen 80;\n    proxy_timeout 5s;\n    location / { return 200; }\n}\n');
      assert.strictEqual(find(config, 'server').protocol, 'http');
    });
  });

  describe('comments', () => {
    it('collects every comment in source order, including one between arguments', async () => {
      const t = '# top\nhttp { # after brace\n    upstream app {\n        server 10.0.0.1 # between\n            weight=2;\n    } # after block\n}\n# end';
      const config = await parse(t);
      assert.deepStrictEqual(config.comments.map((c) => c.text), ['# top', '# after brace', '# between', '# after block', '# end']);
      for (const c of config.comments) assert.strictEqual(slice(t, c.span), c.text);
      assert.deepStrictEqual(find(config, 'server').args.map((a) => a.value), ['10.0.0.1', 'weight=2']);
    });

    it('a # inside a word is not a comment', async () => {
      const config = await parse('http {\n    return 200 a#b;\n}\n');
      assert.deepStrictEqual(config.comments, []);
      assert.strictEqual(find(config, 'return').args[1].value, 'a#b');
    });
  });

  describe('CRLF and problems', () => {
    it('CRLF text gives the same tree with spans that exclude the CR', async () => {
      const t = 'http {\r\n    upstream app {\r\n        ip_hash;\r\n    }\r\n}\r\n';
      const config = await parse(t);
      assert.deepStrictEqual(config.syntaxProblems, []);
      assert.strictEqual(slice(t, find(config, 'ip_hash').span), 'ip_hash;');
    });

    it('reports problems but keeps the directives it could read', async () => {
      const t = 'http {\n    upstream app {\n        server 10.0.0.1;\n        ip_hash\n    }\n}\n';
      const config = await parse(t);
      assert.strictEqual(config.syntaxProblems.length, 1);
      assert.match(config.syntaxProblems[0].message, /missing ';'/);
      assert.strictEqual(find(config, 'server').parent?.name, 'upstream');
    });

    it('a line break is only whitespace: a forgotten ; joins the next line into the directive, as nginx reads it', async () => {
      const config = await parse('http {\n    upstream app {\n        ip_hash\n        server 10.0.0.1;\n    }\n}\n');
      assert.deepStrictEqual(config.syntaxProblems, []);
      assert.deepStrictEqual(find(config, 'ip_hash').args.map((a) => a.value), ['server', '10.0.0.1']);
    });

    it('lists at most 100 problems and counts the rest', async () => {
      const t = `http {\n${'    a "\n'.repeat(1)}${Array.from({ length: 150 }, () => '    }\n').join('')}`;
      const config = await parse(t);
      assert.ok(config.syntaxProblems.length <= 101, `${config.syntaxProblems.length} problems`);
      assert.ok(config.syntaxProblems.length > 0);
    });
  });

  describe('sticky', () => {
    it('reads sticky cookie with its name, parameters and flags', async () => {
      const config = await parse('http {\n    upstream a {\n        sticky cookie srv_id expires=1h Path=/ SECURE httponly;\n    }\n}\n');
      const sticky = stickyCookie(find(config, 'sticky'));
      assert.ok(sticky);
      assert.strictEqual(sticky.method, 'cookie');
      assert.strictEqual(sticky.cookieName, 'srv_id');
      assert.deepStrictEqual([...sticky.params.keys()], ['expires', 'path']);
      assert.strictEqual(paramValue(sticky.params, 'expires'), '1h');
      assert.strictEqual(paramValue(sticky.params, 'path'), '/');
      assert.strictEqual(paramValue(sticky.params, 'samesite'), null);
      assert.deepStrictEqual([...sticky.flags.keys()], ['secure', 'httponly']);
    });

    it('tells route, learn and nginx-sticky-module-ng apart', async () => {
      const config = await parse(
        'http {\n    upstream a {\n        sticky route $r1 $r2;\n        sticky learn create=$c lookup=$l zone=z:1m;\n        sticky name=lb hash=md5 secure;\n        sticky;\n    }\n}\n',
      );
      const all = [0, 1, 2, 3].map((i) => parseSticky(find(config, 'sticky', i)));
      assert.deepStrictEqual(all.map((s) => s?.method), ['route', 'learn', 'module-ng', 'module-ng']);
      assert.deepStrictEqual(all.map((s) => s?.cookieName), [null, null, 'lb', 'route']);
      assert.ok(all[2]?.flags.has('secure'));
      for (let i = 0; i < 4; i++) assert.strictEqual(stickyCookie(find(config, 'sticky', i)), null);
    });

    it('sticky cookie outside an upstream is not an affinity cookie', async () => {
      const config = await parse('http {\n    sticky cookie x;\n}\n');
      assert.strictEqual(stickyCookie(find(config, 'sticky')), null);
      assert.strictEqual(parseSticky(find(config, 'sticky'))?.method, 'cookie');
    });
  });
});
