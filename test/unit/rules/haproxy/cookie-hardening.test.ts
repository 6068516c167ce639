import * as assert from 'assert';
import { applyEdits, combinedFixes } from '../../../../server/src/engine/fixes';
import { TextLinter } from '../../../../server/src/engine/lintText';
import { normalizeSettings } from '../../../../server/src/engine/settings';
import { ConfigParser } from '../../../../server/src/parsing/configParser';
import { GrammarLoader } from '../../../../server/src/parsing/treeSitter';
import { HAPROXY_RULES } from '../../../../server/src/rules/haproxy';

const linter = new TextLinter(new ConfigParser(new GrammarLoader()), HAPROXY_RULES);

const HARDENING = /^haproxy\/(cookie-insert-no-nocache|cookie-insert-no-indirect|cookie-no-secure|cookie-no-httponly|cookie-no-samesite|cookie-no-ttl|cookie-samesite-none-insecure)$/;

/** Modeled on the reviewed configs: a TLS frontend and a backend whose cookie has no hardening at all. */
const site = (cookie: string, prefix = '') =>
  `defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\nfrontend www\n    bind :443 ssl crt /etc/haproxy/site.pem\n    default_backend app\n\nbackend app\n    balance roundrobin\n    option redispatch\n${prefix}    ${cookie}\n    server app1 10.0.0.1:8080 check cookie app1\n    server app2 10.0.0.2:8080 check cookie app2\n`;

async function lint(text: string, raw: Record<string, unknown> = {}) {
  const { settings } = normalizeSettings(raw);
  return (await linter.lint('haproxy', text, settings)).findings;
}

/** The combined fixes of a text, each with the ids it stands for and the line it leaves. */
async function harden(text: string, raw: Record<string, unknown> = {}) {
  const findings = await lint(text, raw);
  return combinedFixes(findings).map((c) => ({
    title: c.fix.title,
    preferred: c.fix.preferred,
    ids: c.findings.map((f) => f.ruleId),
    line: applyEdits(text, c.fix.edits).split('\n').find((l) => l.trimStart().startsWith('cookie ')),
    after: applyEdits(text, c.fix.edits),
  }));
}

describe('haproxy: "Harden this cookie", one action for every hardening finding of a cookie line', () => {
  it('a bare insert cookie: one fix adds every missing option in one edit, and nothing is left to harden', async () => {
    const text = site('cookie SRV insert');
    const [only, ...more] = await harden(text);
    assert.deepStrictEqual(more, []);
    assert.strictEqual(only.title, 'Harden this cookie: add every missing option (target: HAProxy 2.6 (assumed: no target set))');
    assert.strictEqual(only.preferred, false);
    assert.strictEqual(only.ids.length, 6);
    assert.strictEqual(only.line, '    cookie SRV insert indirect nocache httponly attr "SameSite=Lax" secure maxidle 30m maxlife 8h');
    assert.deepStrictEqual((await lint(only.after)).filter((f) => HARDENING.test(f.ruleId)), []);
  });

  it('behind plain-HTTP binds only, secure is left out: it would switch affinity off there', async () => {
    const text = site('cookie SRV insert').replace('bind :443 ssl crt /etc/haproxy/site.pem', 'bind :80');
    const [only, ...more] = await harden(text);
    assert.deepStrictEqual(more, []);
    assert.ok(!only.ids.includes('haproxy/cookie-no-secure'), only.ids.join());
    assert.strictEqual(only.line, '    cookie SRV insert indirect nocache httponly attr "SameSite=Lax" maxidle 30m maxlife 8h');
    assert.deepStrictEqual((await lint(only.after)).filter((f) => HARDENING.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`), ['haproxy/cookie-no-secure info']);
  });

  it('targets older than 2.2 get no attr', async () => {
    const [only] = await harden(site('cookie SRV insert indirect'), { haproxy: { version: '2.1' } });
    assert.strictEqual(only.line, '    cookie SRV insert indirect nocache httponly secure maxidle 30m maxlife 8h');
    assert.match(only.title, /\(target: HAProxy 2\.1\)$/);
  });

  it('SameSite=None without secure: secure is added once for the two findings that ask for it', async () => {
    const [only] = await harden(site('cookie SRV insert indirect nocache attr "SameSite=None" maxidle 30m'));
    assert.deepStrictEqual(only.ids, ['haproxy/cookie-no-httponly', 'haproxy/cookie-no-secure', 'haproxy/cookie-samesite-none-insecure']);
    assert.strictEqual(only.line, '    cookie SRV insert indirect nocache attr "SameSite=None" maxidle 30m httponly secure');
  });

  it('leaves out what settings turn off or a comment suppresses, and keeps a trailing comment after the options', async () => {
    const text = site('cookie SRV insert nocache # LB cookie', '    # affinity-lint ignore=haproxy/cookie-no-samesite\n');
    const [only] = await harden(text, { rules: { 'haproxy/cookie-no-ttl': 'off' } });
    assert.strictEqual(only.line, '    cookie SRV insert nocache indirect httponly secure # LB cookie');
  });

  it('one hardening finding: no combined action, the rule’s own fix is enough', async () => {
    assert.deepStrictEqual(await harden(site('cookie SRV insert indirect nocache secure attr "SameSite=Lax" maxidle 30m maxlife 8h')), []);
  });

  it('a hardened cookie and rewrite mode: nothing', async () => {
    assert.deepStrictEqual(await harden(site('cookie SRV insert indirect nocache httponly secure attr "SameSite=Lax" maxidle 30m maxlife 8h')), []);
    assert.deepStrictEqual(await harden(site('cookie JSESSIONID prefix nocache')), []);
  });

  it('two cookie lines (defaults and backend) get one action each', async () => {
    const text = site('cookie SRV insert').replace('    timeout connect 5s\n', '    timeout connect 5s\n    cookie LB insert\n');
    const fixes = await harden(text);
    assert.strictEqual(fixes.length, 2);
  });
});
