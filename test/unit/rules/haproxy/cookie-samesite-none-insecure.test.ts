import * as assert from 'assert';
import { fixUntilStable } from '../../../../server/src/engine/fixes';
import { TextLinter } from '../../../../server/src/engine/lintText';
import { DEFAULT_SETTINGS } from '../../../../server/src/engine/settings';
import { ConfigParser } from '../../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../../server/src/parsing/treeSitter';
import { cookieNoSecure } from '../../../../server/src/rules/haproxy/cookie-no-secure';
import { cookieSamesiteNoneInsecure } from '../../../../server/src/rules/haproxy/cookie-samesite-none-insecure';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production config for an app embedded cross-site (an iframe widget and a payment
 * callback): its persistence cookie must be SameSite=None, and so it is Secure; the main site keeps Lax.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 8000
    ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend https-in
    bind :443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1
    http-request redirect scheme https unless { ssl_fc }
    use_backend widget if { hdr(host) -i widget.example.com }
    default_backend site

backend widget
    balance roundrobin
    cookie WIDGETSRV insert indirect nocache httponly secure attr "SameSite=None" maxidle 30m maxlife 8h
    server w1 10.5.0.11:8080 check cookie w1
    server w2 10.5.0.12:8080 check cookie w2

backend site
    balance roundrobin
    cookie SITESRV insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h
    server s1 10.5.1.11:8080 check cookie s1
    server s2 10.5.1.12:8080 check cookie s2
`;

ruleTester(cookieSamesiteNoneInsecure, {
  valid: [
    { name: 'a production config: SameSite=None with secure for a cross-site widget', code: PRODUCTION },
    { name: 'SameSite=None with secure', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert secure attr "SameSite=None"\n` },
    { name: 'SameSite=None with attr Secure (HAProxy appends it the same way)', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr Secure attr "SameSite=None"\n` },
    { name: 'SameSite=Lax without secure is cookie-no-secure’s business', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=Lax"\n` },
    { name: 'no SameSite at all', code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert\n` },
    { name: 'a tcp backend: HAProxy ignores the cookie', code: 'backend db\n    mode tcp\n    cookie SRV insert attr "SameSite=None"\n' },
    { name: 'prefix mode: attr does not apply to the application’s cookie', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix attr "SameSite=None"\n` },
  ],
  invalid: [
    {
      name: 'SameSite=None without secure',
      code: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache httponly attr "SameSite=None"\n    server a 10.0.0.1:80 cookie a\n`,
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 69,
          severity: 'error',
          message: /^persistence cookie 'SRV' sets SameSite=None without 'secure': browsers reject such a cookie/,
        },
      ],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SRV insert indirect nocache httponly attr "SameSite=None" secure\n    server a 10.0.0.1:80 cookie a\n`,
    },
    {
      name: 'any case and spacing, single quotes, in defaults; CRLF and a comment kept',
      code: "defaults\r\n    mode http\r\n    cookie SRV insert attr 'samesite = NONE' # cross-site\r\n",
      errors: [{ line: 3, column: 5, endColumn: 45 }],
      output: "defaults\r\n    mode http\r\n    cookie SRV insert attr 'samesite = NONE' secure # cross-site\r\n",
    },
    {
      name: 'another attr (Path) is not secure; a listen binding with ssl',
      code: `${HTTP_DEFAULTS}listen web\n    bind :443 ssl crt /etc/haproxy/site.pem\n    cookie SRV insert attr "SameSite=None" attr "Path=/app"\n`,
      errors: [{ line: 7 }],
      output: `${HTTP_DEFAULTS}listen web\n    bind :443 ssl crt /etc/haproxy/site.pem\n    cookie SRV insert attr "SameSite=None" attr "Path=/app" secure\n`,
    },
  ],
});

describe('haproxy/cookie-samesite-none-insecure with haproxy/cookie-no-secure', () => {
  it('both fire on SameSite=None without secure, and fixing all of them appends secure once', async () => {
    const linter = new TextLinter(new ConfigParser(new GrammarLoader()), [cookieNoSecure, cookieSamesiteNoneInsecure]);
    const code = `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=None"\n`;
    const lint = async (text: string) => (await linter.lint('haproxy', text, DEFAULT_SETTINGS)).findings;
    assert.deepStrictEqual((await lint(code)).map((f) => f.ruleId).sort(), ['haproxy/cookie-no-secure', 'haproxy/cookie-samesite-none-insecure']);
    const fixed = await fixUntilStable(code, lint);
    assert.strictEqual(fixed.text, `${HTTP_DEFAULTS}backend app\n    cookie SRV insert attr "SameSite=None" secure\n`);
    assert.deepStrictEqual(await lint(fixed.text), []);
  });
});
