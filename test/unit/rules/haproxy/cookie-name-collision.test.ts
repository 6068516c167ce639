import * as assert from 'assert';
import { TextLinter } from '../../../../server/src/engine/lintText';
import { DEFAULT_SETTINGS } from '../../../../server/src/engine/settings';
import { ConfigParser } from '../../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../../server/src/parsing/treeSitter';
import { cookieNameCollision } from '../../../../server/src/rules/haproxy/cookie-name-collision';
import { ruleTester } from '../../../helpers/ruleTester';

const HTTP_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n\n';

/**
 * Modeled on a production Java shop: Tomcat's JSESSIONID prefixed with the server id (the mode
 * made for it), a PHP admin app persisted by a dedicated cookie, and a passive cookie that only
 * reads what the application sets.
 */
const PRODUCTION = `global
    log /dev/log local0
    maxconn 6000

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 1m
    timeout server 1m

frontend www
    bind :443 ssl crt /etc/haproxy/certs/shop.pem
    use_backend admin if { path_beg /admin }
    use_backend reports if { path_beg /reports }
    default_backend tomcat

backend tomcat
    balance roundrobin
    cookie JSESSIONID prefix nocache
    server tc1 10.6.0.11:8080 check cookie tc1
    server tc2 10.6.0.12:8080 check cookie tc2

backend admin
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly secure attr "SameSite=Strict"
    server adm1 10.6.1.11:80 check cookie adm1
    server adm2 10.6.1.12:80 check cookie adm2

backend reports
    cookie PHPSESSID
    server rep1 10.6.2.11:80 check cookie rep1
`;

const PREFIX_TITLE = /^Switch to prefix mode: HAProxy prefixes the application's own 'JSESSIONID' with the server id/;

ruleTester(cookieNameCollision, {
  valid: [
    { name: 'a production config: prefix on JSESSIONID, a dedicated cookie, a passive PHPSESSID', code: PRODUCTION },
    { name: 'a dedicated name', code: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert indirect nocache\n` },
    { name: 'a name that merely contains session', code: `${HTTP_DEFAULTS}backend app\n    cookie lb_session_srv insert indirect nocache\n` },
    { name: 'prefix mode is meant for the application’s cookie', code: `${HTTP_DEFAULTS}backend app\n    cookie PHPSESSID prefix\n` },
    { name: 'passive mode only reads it', code: `${HTTP_DEFAULTS}backend app\n    cookie sessionid\n` },
    { name: 'a tcp backend', code: 'backend db\n    mode tcp\n    cookie JSESSIONID insert\n' },
    { name: 'a frontend ignores cookie', code: `${HTTP_DEFAULTS}frontend fe\n    bind :80\n    cookie JSESSIONID insert\n` },
    { name: 'two modes at once is invalid-cookie-options’ business', code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID insert prefix\n` },
  ],
  invalid: [
    {
      name: 'insert JSESSIONID: rename to SERVERID (preferred), or switch to prefix',
      code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID insert indirect nocache\n    server a 10.0.0.1:8080 cookie a\n`,
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 46,
          severity: 'error',
          message: /^persistence cookie 'JSESSIONID' \(insert mode\) has the name of the session cookie of Java servlet containers: HAProxy's Set-Cookie replaces the application's session id with a server id and, with indirect, strips the cookie from requests/,
        },
      ],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert indirect nocache\n    server a 10.0.0.1:8080 cookie a\n`,
      suggestions: [
        { title: PREFIX_TITLE, output: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix indirect nocache\n    server a 10.0.0.1:8080 cookie a\n` },
      ],
    },
    {
      name: 'rewrite mode: switching to prefix is preferred; renaming also switches to insert',
      code: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID rewrite\n`,
      errors: [{ line: 6, message: /\(rewrite mode\).*in rewrite mode HAProxy replaces the application's session id/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix\n`,
      suggestions: [
        { title: PREFIX_TITLE, output: `${HTTP_DEFAULTS}backend app\n    cookie JSESSIONID prefix\n` },
        { title: /^Rename the persistence cookie to SERVERID and insert it$/, output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert\n` },
      ],
    },
    {
      name: 'SERVERID already used by another proxy: no preferred fix, the title says why',
      code: `${HTTP_DEFAULTS}backend web\n    cookie SERVERID insert indirect nocache\n\nbackend api\n    cookie connect.sid insert indirect nocache\n`,
      errors: [{ line: 9, message: /session cookie of Express/ }],
      output: null,
      suggestions: [
        {
          title: /^Rename the persistence cookie to SERVERID \(another proxy already uses SERVERID: make sure they never serve the same site\)$/,
          output: `${HTTP_DEFAULTS}backend web\n    cookie SERVERID insert indirect nocache\n\nbackend api\n    cookie SERVERID insert indirect nocache\n`,
        },
      ],
    },
    {
      name: 'each listed name; quoted; in defaults; CRLF and a trailing comment kept',
      code: 'defaults\r\n    mode http\r\n    cookie "laravel_session" insert # LB\r\n',
      errors: [{ line: 3, column: 5, endColumn: 36, message: /Laravel/ }],
      output: 'defaults\r\n    mode http\r\n    cookie SERVERID insert # LB\r\n',
    },
    {
      name: 'PHPSESSID',
      code: `${HTTP_DEFAULTS}backend app\n    cookie PHPSESSID insert\n`,
      errors: [{ line: 6, message: /PHP/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert\n`,
    },
    {
      name: 'ASP.NET_SessionId',
      code: `${HTTP_DEFAULTS}backend app\n    cookie ASP.NET_SessionId insert\n`,
      errors: [{ line: 6, message: /ASP\.NET/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert\n`,
    },
    {
      name: 'session',
      code: `${HTTP_DEFAULTS}backend app\n    cookie session insert\n`,
      errors: [{ line: 6, message: /Flask/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert\n`,
    },
    {
      name: 'sessionid',
      code: `${HTTP_DEFAULTS}backend app\n    cookie sessionid insert\n`,
      errors: [{ line: 6, message: /Django/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert\n`,
    },
    {
      name: 'a name that differs only in case: a warning',
      code: `${HTTP_DEFAULTS}backend app\n    cookie jsessionid insert indirect nocache\n`,
      errors: [{ line: 6, severity: 'warning', message: /^persistence cookie 'jsessionid' \(insert mode\) differs only in case from 'JSESSIONID'/ }],
      output: `${HTTP_DEFAULTS}backend app\n    cookie SERVERID insert indirect nocache\n`,
    },
  ],
});

describe('haproxy/cookie-name-collision in several proxies', () => {
  it('only the first colliding cookie gets a preferred rename, so that fix-all never gives two proxies SERVERID', async () => {
    const linter = new TextLinter(new ConfigParser(new GrammarLoader()), [cookieNameCollision]);
    const code = `${HTTP_DEFAULTS}backend a\n    cookie PHPSESSID insert\n\nbackend b\n    cookie sessionid insert\n`;
    const { findings } = await linter.lint('haproxy', code, DEFAULT_SETTINGS);
    assert.deepStrictEqual(
      findings.map((f) => f.fixes.map((x) => `${x.preferred ? '*' : ''}${x.title.split(' (')[0].split(':')[0]}`)),
      [
        ['*Rename the persistence cookie to SERVERID', 'Switch to prefix mode'],
        ['Rename the persistence cookie to SERVERID', 'Switch to prefix mode'],
      ],
    );
  });
});
