import * as assert from 'assert';
import { fullKeyword, type HaproxyConfig, type HaproxySection } from '../../../server/src/model/haproxy';
import {
  effectiveCookie,
  effectiveDirective,
  effectiveMode,
  inheritanceChain,
  optionState,
  parseCookie,
  proxiesInheriting,
  proxiesRoutingTo,
  serverLines,
} from '../../../server/src/model/haproxyQueries';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { unquoteHaproxy } from '../../../server/src/parsing/haproxyModel';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';

const parser = new ConfigParser(new GrammarLoader());

async function parse(text: string): Promise<HaproxyConfig> {
  const config = await parser.parse('haproxy', text);
  assert.strictEqual(config.dialect, 'haproxy');
  return config as HaproxyConfig;
}

function section(config: HaproxyConfig, kind: string, name: string | null): HaproxySection {
  const s = config.sections.find((x) => x.kind === kind && x.name === name);
  assert.ok(s, `no ${kind} ${name}`);
  return s;
}

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe('haproxy model', () => {
  describe('sections', () => {
    const text = `global
    daemon

defaults
    mode http

defaults base from other
    timeout connect 5s

frontend fe
    bind :80

backend app from base
    server a 10.0.0.1:80

listen stats
    bind :8404

peers mypeers
    peer lb1 10.0.0.2:10000

userlist admins
    user ops insecure-password x
`;

    it('reads kinds, names and from', async () => {
      const config = await parse(text);
      assert.deepStrictEqual(
        config.sections.map((s) => [s.kind, s.name, s.fromName]),
        [
          ['global', null, null],
          ['defaults', null, null],
          ['defaults', 'base', 'other'],
          ['frontend', 'fe', null],
          ['backend', 'app', 'base'],
          ['listen', 'stats', null],
          ['peers', 'mypeers', null],
          ['userlist', 'admins', null],
        ],
      );
      assert.deepStrictEqual(config.orphans, []);
      assert.deepStrictEqual(config.syntaxProblems, []);
    });

    it('reads an anonymous defaults with from', async () => {
      const config = await parse('defaults base\n    mode http\n\ndefaults from base\n    timeout client 5s\n');
      const anon = config.sections[1];
      assert.deepStrictEqual([anon.name, anon.fromName, anon.defaults?.name], [null, 'base', 'base']);
    });

    it('gives spans: keyword, header, whole section up to its last line', async () => {
      const config = await parse(text);
      const app = section(config, 'backend', 'app');
      assert.strictEqual(slice(text, app.keywordSpan), 'backend');
      assert.strictEqual(slice(text, app.headerSpan), 'backend app from base');
      assert.strictEqual(slice(text, app.span), 'backend app from base\n    server a 10.0.0.1:80');
      assert.ok(app.directives.every((d) => d.section === app));
    });
  });

  describe('defaults resolution', () => {
    it('a proxy takes the last defaults before it, named or not', async () => {
      const config = await parse('defaults one\n    mode tcp\n\nbackend a\n    server s 1.1.1.1:80\n\ndefaults two\n    mode http\n\nbackend b\n    server s 1.1.1.1:80\n\ndefaults\n    mode tcp\n');
      assert.strictEqual(section(config, 'backend', 'a').defaults?.name, 'one');
      assert.strictEqual(section(config, 'backend', 'b').defaults?.name, 'two');
      assert.strictEqual(effectiveMode(section(config, 'backend', 'b')), 'http');
    });

    it('from X takes the defaults named X, even when others come later', async () => {
      const config = await parse('defaults web\n    mode http\n\ndefaults db\n    mode tcp\n\nbackend app from web\n    server s 1.1.1.1:80\n');
      const app = section(config, 'backend', 'app');
      assert.strictEqual(app.defaults?.name, 'web');
      assert.strictEqual(effectiveMode(app), 'http');
    });

    it('a defaults without from inherits nothing', async () => {
      const config = await parse('defaults web\n    mode http\n    option redispatch\n\ndefaults\n    timeout connect 5s\n\nbackend app\n    cookie SRV insert\n');
      const anon = config.sections[1];
      assert.strictEqual(anon.defaults, null);
      const app = section(config, 'backend', 'app');
      assert.strictEqual(app.defaults, anon);
      assert.deepStrictEqual(inheritanceChain(app), [app, anon]);
      assert.strictEqual(effectiveMode(app), 'tcp');
      assert.strictEqual(optionState(app, 'redispatch').on, false);
    });

    it('a defaults with from chains to the named one', async () => {
      const config = await parse('defaults base\n    mode http\n\ndefaults web from base\n    option redispatch\n\nbackend app from web\n    cookie SRV insert\n');
      const app = section(config, 'backend', 'app');
      assert.deepStrictEqual(inheritanceChain(app).map((s) => s.name), ['app', 'web', 'base']);
      assert.strictEqual(effectiveMode(app), 'http');
      assert.strictEqual(optionState(app, 'redispatch').on, true);
    });

    it('global, peers and the like take no defaults; from X names an earlier defaults only, so no loop forms', async () => {
      // haproxy 2.6 on 'backend app from web' before 'defaults web': "defaults section 'web' not found".
      const config = await parse('global\n    daemon\n\ndefaults a from b\n    mode http\n\ndefaults b from a\n    mode tcp\n\npeers p\n    peer x 1.1.1.1:1\n');
      assert.strictEqual(section(config, 'global', null).defaults, null);
      assert.strictEqual(section(config, 'peers', 'p').defaults, null);
      assert.deepStrictEqual(inheritanceChain(section(config, 'defaults', 'a')).map((s) => s.name), ['a']);
      assert.deepStrictEqual(inheritanceChain(section(config, 'defaults', 'b')).map((s) => s.name), ['b', 'a']);
    });
  });

  describe('directives', () => {
    const text = `backend app # the app
    no option redispatch
    default option http-keep-alive
    option redispatch
    stick on src table st
    timeout connect 5s
    balance roundrobin
    http-request deny if !{ src 10.0.0.0/8 } || blocked
    use-server a unless maintenance
    server a "10.0.0.1:80" weight\\ 1 'x y' \\x41 \${VAR} "$HOME" # trailing
`;

    it('reads no/default prefixes, keywords and full keywords', async () => {
      const config = await parse(text);
      const ds = config.sections[0].directives;
      assert.deepStrictEqual(
        ds.map((d) => [d.prefix, d.keyword, fullKeyword(d)]),
        [
          ['no', 'option', 'option redispatch'],
          ['default', 'option', 'option http-keep-alive'],
          [null, 'option', 'option redispatch'],
          [null, 'stick', 'stick on'],
          [null, 'timeout', 'timeout connect'],
          [null, 'balance', 'balance'],
          [null, 'http-request', 'http-request deny'],
          [null, 'use-server', 'use-server'],
          [null, 'server', 'server'],
        ],
      );
      assert.strictEqual(slice(text, ds[0].span), 'no option redispatch');
      assert.strictEqual(slice(text, ds[0].keywordSpan), 'option');
    });

    it('reads conditions, kept out of the arguments', async () => {
      const config = await parse(text);
      const [deny, useServer] = [config.sections[0].directives[6], config.sections[0].directives[7]];
      assert.deepStrictEqual(deny.args.map((a) => a.value), ['deny']);
      assert.strictEqual(deny.condition?.kind, 'if');
      assert.strictEqual(deny.condition?.text, 'if !{ src 10.0.0.0/8 } || blocked');
      assert.strictEqual(slice(text, deny.span), 'http-request deny if !{ src 10.0.0.0/8 } || blocked');
      assert.strictEqual(useServer.condition?.kind, 'unless');
      assert.strictEqual(useServer.condition?.text, 'unless maintenance');
    });

    it('arguments: raw text, value without quotes and escapes, variables as written; the span stops before a trailing comment', async () => {
      const config = await parse(text);
      const server = config.sections[0].directives[8];
      assert.deepStrictEqual(
        server.args.map((a) => [a.raw, a.value, a.quoted]),
        [
          ['a', 'a', false],
          ['"10.0.0.1:80"', '10.0.0.1:80', true],
          ['weight\\ 1', 'weight 1', false],
          ["'x y'", 'x y', true],
          ['\\x41', 'A', false],
          ['${VAR}', '${VAR}', false],
          ['"$HOME"', '$HOME', true],
        ],
      );
      for (const a of server.args) assert.strictEqual(slice(text, a.span), a.raw);
      assert.ok(slice(text, server.span).endsWith('"$HOME"'));
      assert.deepStrictEqual(config.comments.map((c) => c.text), ['# the app', '# trailing']);
    });

    it('unquoteHaproxy on its own', () => {
      assert.deepStrictEqual(unquoteHaproxy('"a b"c'), { value: 'a bc', quoted: true });
      assert.deepStrictEqual(unquoteHaproxy("'$X \\n'"), { value: '$X \\n', quoted: true }, 'strong quotes keep everything');
      assert.deepStrictEqual(unquoteHaproxy('"\\"q\\""'), { value: '"q"', quoted: true });
      assert.deepStrictEqual(unquoteHaproxy('a\\tb'), { value: 'a\tb', quoted: false });
      assert.deepStrictEqual(unquoteHaproxy('${X-def}'), { value: '${X-def}', quoted: false });
    });

    it('lines before any section are orphans', async () => {
      const t = '# header\nmaxconn 100\nno log\nglobal\n    daemon\n';
      const config = await parse(t);
      assert.deepStrictEqual(config.orphans.map((d) => [d.prefix, d.keyword, d.section]), [[null, 'maxconn', null], ['no', 'log', null]]);
      assert.strictEqual(slice(t, config.orphans[0].span), 'maxconn 100');
      assert.deepStrictEqual(config.sections.map((s) => s.kind), ['global']);
    });

    it('CRLF text: spans exclude the CR', async () => {
      const t = 'backend app\r\n    mode http\r\n    cookie SRV insert # c\r\n';
      const config = await parse(t);
      assert.deepStrictEqual(config.syntaxProblems, []);
      const [mode, cookie] = config.sections[0].directives;
      assert.strictEqual(slice(t, mode.span), 'mode http');
      assert.strictEqual(slice(t, cookie.span), 'cookie SRV insert');
      assert.strictEqual(config.comments[0].text, '# c');
    });
  });

  describe('queries', () => {
    const text = `defaults
    mode http
    option redispatch
    cookie SRV insert indirect nocache maxidle 30m attr "SameSite=Lax" attr Partitioned

frontend www
    bind :443 ssl crt /etc/site.pem
    use_backend api if { path_beg /api }
    default_backend app

frontend plain
    bind :80
    use_backend %[req.hdr(host),lower,map(/etc/haproxy/hosts.map)]

backend app
    no option redispatch
    server a 10.0.0.1:80 cookie a1 check
    server b 10.0.0.2:80 check backup

backend api
    mode tcp
    cookie API rewrite
    server c 10.0.0.3:80

backend other
    server d 10.0.0.4:80
`;

    it('effective directives, mode and options honour inheritance and no', async () => {
      const config = await parse(text);
      const [app, api] = [section(config, 'backend', 'app'), section(config, 'backend', 'api')];
      assert.strictEqual(effectiveMode(app), 'http');
      assert.strictEqual(effectiveMode(api), 'tcp');
      const app0 = optionState(app, 'redispatch');
      assert.strictEqual(app0.on, false);
      assert.strictEqual(app0.decidedBy?.prefix, 'no');
      assert.strictEqual(optionState(api, 'redispatch').on, true);
      assert.strictEqual(optionState(api, 'redispatch').decidedBy?.section?.kind, 'defaults');
      assert.strictEqual(optionState(api, 'httplog').decidedBy, null);
      assert.strictEqual(effectiveDirective(app, 'cookie')?.section?.kind, 'defaults');
      assert.strictEqual(effectiveDirective(api, 'cookie')?.section, api);
      assert.strictEqual(effectiveDirective(app, 'balance'), null);
    });

    it('parses cookie lines', async () => {
      const config = await parse(text);
      const cookie = effectiveCookie(section(config, 'backend', 'app'));
      assert.ok(cookie);
      assert.strictEqual(cookie.name, 'SRV');
      assert.strictEqual(cookie.mode, 'insert');
      assert.deepStrictEqual([...cookie.flags], ['insert', 'indirect', 'nocache']);
      assert.strictEqual(cookie.maxidle?.value, '30m');
      assert.strictEqual(cookie.maxlife, null);
      assert.deepStrictEqual(cookie.attrs.map((a) => a.value), ['SameSite=Lax', 'Partitioned']);
      assert.strictEqual(effectiveCookie(section(config, 'backend', 'api'))?.mode, 'rewrite');
      const passive = await parse('backend x\n    cookie SRV\n    no cookie\n');
      assert.strictEqual(parseCookie(passive.sections[0].directives[0])?.mode, null);
      assert.strictEqual(parseCookie(passive.sections[0].directives[1]), null);
    });

    it('lists server lines with their cookie values', async () => {
      const config = await parse(text);
      assert.deepStrictEqual(
        serverLines(section(config, 'backend', 'app')).map((s) => [s.name, s.cookieValue, s.backup]),
        [['a', 'a1', false], ['b', null, true]],
      );
    });

    it('finds the proxies routing to a backend (default_backend, use_backend, dynamic use_backend)', async () => {
      const config = await parse(text);
      assert.deepStrictEqual(proxiesRoutingTo(config, section(config, 'backend', 'app')).map((s) => s.name), ['www', 'plain']);
      assert.deepStrictEqual(proxiesRoutingTo(config, section(config, 'backend', 'api')).map((s) => s.name), ['www', 'plain']);
      assert.deepStrictEqual(proxiesRoutingTo(config, section(config, 'backend', 'other')).map((s) => s.name), ['plain']);
    });

    it('finds the proxies that inherit a directive from a defaults section', async () => {
      const config = await parse(text);
      const defaults = config.sections[0];
      assert.deepStrictEqual(proxiesInheriting(config, defaults, 'cookie').map((s) => s.name), ['app', 'other']);
      assert.deepStrictEqual(proxiesInheriting(config, defaults, 'mode').map((s) => s.name), ['app', 'other']);
    });
  });
});
