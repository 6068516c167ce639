import * as assert from 'assert';
import { TextLinter } from '../../../server/src/engine/lintText';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import type { NginxConfig } from '../../../server/src/model/nginx';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { completeFixture } from '../../conformance/fix-safety';
import { haproxyVariants, nginxInsertionPoint, nginxVariants, NGINX_KINDS, HAPROXY_KINDS } from '../../conformance/variants';

/** The pure parts of the fix-safety run (the run itself needs root and the real servers: npm run conformance). */
describe('conformance helpers: variants and fixture completion', () => {
  const linter = new TextLinter(new ConfigParser(new GrammarLoader()));
  const parse = async (text: string): Promise<NginxConfig> => (await linter.lint('nginx', text, DEFAULT_SETTINGS)).config as NginxConfig;

  it('injects an upstream before the closing brace of http in a complete config, and parses clean', async () => {
    const text = 'events {}\nhttp {\n    server { listen 80; }\n}\n';
    const variants = nginxVariants(text, await parse(text), 'main');
    assert.strictEqual(variants.length, NGINX_KINDS.length);
    const ipHash = variants.find((v) => v.kind === 'ip_hash')!;
    assert.match(ipHash.text, /^events \{\}\nhttp \{\n    server \{ listen 80; \}\n\n    upstream afl_up0 \{\n        ip_hash;\n/);
    assert.ok(ipHash.text.endsWith('    }\n}\n'));
    for (const v of variants) {
      const result = await linter.lint('nginx', v.text, DEFAULT_SETTINGS);
      assert.deepStrictEqual(result.findings.filter((f) => f.ruleId === 'nginx/syntax'), [], v.kind);
    }
    assert.deepStrictEqual(variants.filter((v) => v.expectRejected).map((v) => v.kind), ['sticky cookie (Plus / 1.29.6+)', 'sticky-module-ng']);
  });

  it('appends to an http fragment and has no place in a server fragment', async () => {
    const http = 'map $host $x { default 1; }';
    assert.deepStrictEqual(nginxInsertionPoint(http, await parse(http), 'http'), { offset: http.length, indent: '', lead: '\n\n' });
    const server = 'listen 80;\nlocation / { }\n';
    assert.strictEqual(nginxInsertionPoint(server, await parse(server), 'server'), null);
    assert.deepStrictEqual(nginxVariants('stream { }\n', await parse('stream { }\n'), 'main'), []);
  });

  it('appends a frontend and a backend to HAProxy configs', () => {
    const variants = haproxyVariants('defaults\n    mode tcp');
    assert.strictEqual(variants.length, HAPROXY_KINDS.length);
    const cookie = variants.find((v) => v.kind === 'cookie insert without flags, TLS frontend')!.text;
    assert.match(cookie, /^defaults\n    mode tcp\n\nfrontend afl_fe3\n    mode http\n    bind 127\.0\.0\.1:18403 ssl crt \/etc\/ssl\/label\.pem\n/);
    assert.match(cookie, /cookie SRV insert\n    server s1 127\.0\.0\.1:18506 check cookie s1\n/);
  });

  it('gives every server-less upstream of a fixture a server, and leaves the rest alone', () => {
    assert.strictEqual(completeFixture('nginx', 'upstream a { hash $cookie_x; }\nupstream b { server x; }\n'), 'upstream a { server 127.0.0.1:9; hash $cookie_x; }\nupstream b { server x; }\n');
    assert.strictEqual(completeFixture('nginx', 'upstream c {\n    # server commented out\n}\n'), 'upstream c { server 127.0.0.1:9;\n    # server commented out\n}\n');
    assert.strictEqual(completeFixture('haproxy', 'backend a\n'), 'backend a\n');
  });
});
