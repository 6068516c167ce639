import * as assert from 'assert';
import { parseHaproxyOutput, parseHaproxyVersion, parseNginxOutput, parseNginxVersion } from '../../../server/src/validation/messages';
import { contextsToTry, inferNginxContext, isContextError, nginxWrapper, quoteNginx } from '../../../server/src/validation/nginxContext';
import { proxyLine } from '../../../server/src/validation/validator';

describe('validation: reading nginx -t and haproxy -c', () => {
  it('reads nginx messages in both formats, with file and line, and drops the summary', () => {
    const out = [
      'nginx: [warn] the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/sites-enabled/shop:7',
      'nginx: [emerg] unknown directive "sticky" in /etc/nginx/nginx.conf:12',
      'nginx: configuration file /etc/nginx/nginx.conf test failed',
      '2024/05/01 10:00:00 [emerg] 4711#4711: host not found in upstream "app:8080" in /tmp/x/conf.d/app.conf:3',
      '2024/05/01 10:00:00 [emerg] 4711#4711: bind() to 0.0.0.0:80 failed (13: Permission denied)',
    ].join('\n');
    assert.deepStrictEqual(parseNginxOutput(out), [
      { level: 'warn', severity: 'warning', text: 'the "ssl" directive is deprecated, use the "listen ... ssl" directive instead', file: '/etc/nginx/sites-enabled/shop', line: 7, proxy: null },
      { level: 'emerg', severity: 'error', text: 'unknown directive "sticky"', file: '/etc/nginx/nginx.conf', line: 12, proxy: null },
      { level: 'emerg', severity: 'error', text: 'host not found in upstream "app:8080"', file: '/tmp/x/conf.d/app.conf', line: 3, proxy: null },
      { level: 'emerg', severity: 'error', text: 'bind() to 0.0.0.0:80 failed (13: Permission denied)', file: null, line: null, proxy: null },
    ]);
    assert.deepStrictEqual(parseNginxOutput('nginx: the configuration file /x syntax is ok\nnginx: configuration file /x test is successful\n'), []);
  });

  it('reads a path with spaces', () => {
    const [m] = parseNginxOutput('nginx: [emerg] unexpected "}" in /home/me/my configs/nginx.conf:40');
    assert.strictEqual(m.file, '/home/me/my configs/nginx.conf');
    assert.strictEqual(m.line, 40);
  });

  it('reads HAProxy 2.x alerts and warnings, joins continuation lines, drops notices and summaries', () => {
    const out = [
      '[NOTICE]   (7297) : haproxy version is 2.6.12-1+deb12u4',
      '[NOTICE]   (7297) : path to executable is /usr/sbin/haproxy',
      "[ALERT]    (7297) : config : [h.cfg:6] : 'server b/s1' : 'cookie' expects <value> as argument..",
      "[ALERT]    (7297) : config : parsing [/etc/haproxy/haproxy.cfg:7] : unknown keyword 'foo' in 'backend' section",
      "[WARNING]  (7299) : config : missing timeouts for backend 'b'.",
      '   | While not properly invalid, you will certainly encounter various problems',
      "   | with such a configuration.",
      '[ALERT]    (7297) : config : Error(s) found in configuration file : h.cfg',
      '[ALERT]    (7297) : config : Fatal errors found in configuration.',
    ].join('\n');
    assert.deepStrictEqual(parseHaproxyOutput(out), [
      { level: 'ALERT', severity: 'error', text: "'server b/s1' : 'cookie' expects <value> as argument..", file: 'h.cfg', line: 6, proxy: null },
      { level: 'ALERT', severity: 'error', text: "unknown keyword 'foo' in 'backend' section", file: '/etc/haproxy/haproxy.cfg', line: 7, proxy: null },
      {
        level: 'WARNING',
        severity: 'warning',
        text: "missing timeouts for backend 'b'. While not properly invalid, you will certainly encounter various problems with such a configuration.",
        file: null,
        line: null,
        proxy: 'b',
      },
    ]);
  });

  it('reads HAProxy 1.x lines with a date stamp', () => {
    const [m] = parseHaproxyOutput("[ALERT] 123/104512 (4711) : parsing [/etc/haproxy/haproxy.cfg:12] : 'balance' expects one of ...");
    assert.strictEqual(m.line, 12);
    assert.strictEqual(m.file, '/etc/haproxy/haproxy.cfg');
  });

  it('reads the versions the servers report', () => {
    assert.deepStrictEqual(parseNginxVersion('nginx version: nginx/1.22.1\nbuilt with OpenSSL 3.0.11'), { version: '1.22.1', plus: false });
    assert.deepStrictEqual(parseNginxVersion('nginx version: nginx/1.25.1 (nginx-plus-r30)'), { version: '1.25.1', plus: true });
    assert.deepStrictEqual(parseNginxVersion('nginx version: openresty/1.21.4.1'), { version: '1.21.4', plus: false });
    assert.strictEqual(parseNginxVersion('command not found'), null);
    assert.strictEqual(parseHaproxyVersion('HAProxy version 2.6.12-1+deb12u4 2023/12/01 - https://haproxy.org/'), '2.6.12');
    assert.strictEqual(parseHaproxyVersion('HA-Proxy version 1.8.19 2019/02/11'), '1.8.19');
    assert.strictEqual(parseHaproxyVersion(''), null);
  });

  it('finds the line of a named proxy', () => {
    assert.strictEqual(proxyLine('global\n\nbackend app\n  balance source\nbackend app2\n', 'app2'), 4);
    assert.strictEqual(proxyLine('listen  web.1 \n', 'web.1'), 0);
    assert.strictEqual(proxyLine('backend other\n', 'app'), -1);
  });
});

describe('validation: nginx contexts for fragments', () => {
  it('tells a complete config from fragments of each context', () => {
    assert.strictEqual(inferNginxContext(['user', 'events', 'http']), 'main');
    assert.strictEqual(inferNginxContext(['upstream'], 'http', '/etc/nginx/nginx.conf'), 'main');
    assert.strictEqual(inferNginxContext(['upstream', 'server']), 'http');
    assert.strictEqual(inferNginxContext(['listen', 'server_name', 'location']), 'server');
    assert.strictEqual(inferNginxContext(['proxy_set_header', 'proxy_pass']), 'location');
    assert.strictEqual(inferNginxContext(['upstream', 'server'], 'stream'), 'stream');
    assert.strictEqual(inferNginxContext(['add_header']), 'http');
  });

  it('tries the other fragment contexts after the inferred one', () => {
    assert.deepStrictEqual(contextsToTry('server'), ['server', 'http', 'location']);
    assert.deepStrictEqual(contextsToTry('main'), ['main']);
    assert.deepStrictEqual(contextsToTry('stream'), ['stream']);
  });

  it('wraps a fragment, quoting paths nginx would split', () => {
    assert.strictEqual(nginxWrapper('server', '/tmp/a b/x.conf'), 'events {}\nhttp {\nserver {\ninclude "/tmp/a b/x.conf";\n}\n}\n');
    assert.strictEqual(nginxWrapper('stream', '/tmp/x.conf', 'include /m/*.conf;\n'), 'include /m/*.conf;\nevents {}\nstream {\ninclude /tmp/x.conf;\n}\n');
    assert.strictEqual(quoteNginx('/etc/nginx/conf.d/app.conf'), '/etc/nginx/conf.d/app.conf');
    assert.strictEqual(quoteNginx('/tmp/x;y'), '"/tmp/x;y"');
    assert.ok(isContextError('"location" directive is not allowed here'));
    assert.ok(!isContextError('unknown directive "sticky"'));
  });
});
