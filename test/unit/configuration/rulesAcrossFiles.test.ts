import * as assert from 'assert';
import * as path from 'path';
import { applyEdits } from '../../../server/src/engine/fixes';
import type { Finding } from '../../../server/src/rules/types';
import { lintTree, policyFor, Trees, type LintedTree } from '../../helpers/configurationTree';

const NGINX_CONF = (httpLevel: string): string => `events {}\nhttp {\n${httpLevel}    include conf.d/*.conf;\n    include sites-enabled/*;\n}\n`;
const APP_UPSTREAM = 'upstream app {\n    hash $cookie_session consistent;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\n';
const SHOP_SITE = 'server {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n    }\n}\n';

/** A finding with where its related locations and fix edits are: "label:line", in the finding's own file when no file is named. */
function described(linted: LintedTree, home: string, f: Finding): { at: string; related: string[]; edits: string[][] } {
  const labelOf = (file: string | undefined): string => (file === undefined ? home : linted.loaded.files.find((x) => x.path === file)!.label);
  const line = (label: string, offset: number): string => `${label}:${linted.source(label).positionAt(offset).line + 1}`;
  return {
    at: line(home, f.span.start),
    related: (f.related ?? []).map((r) => `${line(labelOf(r.file), r.span.start)} ${r.message}`),
    edits: f.fixes.map((x) => x.edits.map((e) => line(labelOf(e.file), e.start))),
  };
}

interface AcrossCase {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly rules: readonly string[];
  /** "line ruleId" by file label. */
  readonly findings: Record<string, string[]>;
  /** For the first finding of `detail.file`: where its related locations and fix edits are. */
  readonly detail?: { readonly file: string; readonly related: readonly string[]; readonly edits?: readonly (readonly string[])[]; readonly message?: RegExp };
}

const CASES: readonly AcrossCase[] = [
  {
    name: "http-level 'proxy_next_upstream off' in nginx.conf strands the clients of an upstream of conf.d, proxied to from a site",
    files: { 'nginx.conf': NGINX_CONF('    proxy_next_upstream off;\n'), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': ['2 nginx/affinity-without-failover'], 'sites-enabled/shop': [] },
    detail: {
      file: 'conf.d/app.conf',
      message: /traffic \(line 4 of sites-enabled\/shop\) has 'proxy_next_upstream off' in effect \(line 3 of nginx\.conf\)/,
      related: ["sites-enabled/shop:4 traffic to 'app'", "nginx.conf:3 'proxy_next_upstream off' in effect"],
      // Failover restored in the location (inserted after its '{'), so that other locations under http keep what they have.
      edits: [['sites-enabled/shop:3']],
    },
  },
  {
    name: "'proxy_next_upstream off' in the site's own location: related and fixed there",
    files: { 'nginx.conf': NGINX_CONF(''), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE.replace('proxy_pass', 'proxy_next_upstream off;\n        proxy_pass') },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': ['2 nginx/affinity-without-failover'], 'sites-enabled/shop': [] },
    detail: { file: 'conf.d/app.conf', related: ["sites-enabled/shop:5 traffic to 'app'", "sites-enabled/shop:4 'proxy_next_upstream off' in effect"], edits: [['sites-enabled/shop:4']] },
  },
  {
    name: 'an upstream hashed on a cookie, proxied to from another file without proxy_cookie_flags',
    files: { 'nginx.conf': NGINX_CONF(''), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE },
    rules: ['nginx/app-cookie-no-flags'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': ['2 nginx/app-cookie-no-flags'], 'sites-enabled/shop': [] },
    detail: { file: 'conf.d/app.conf', related: ["sites-enabled/shop:4 'app' proxied to without 'proxy_cookie_flags session'"] },
  },
  {
    name: 'proxy_cookie_flags at http level in nginx.conf silences app-cookie-no-flags for the sites',
    files: { 'nginx.conf': NGINX_CONF('    proxy_cookie_flags session secure httponly samesite=lax;\n'), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE },
    rules: ['nginx/app-cookie-no-flags'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': [], 'sites-enabled/shop': [] },
  },
  {
    name: 'an upstream no file proxies to is judged as one nobody uses (the site proxies to another)',
    files: { 'nginx.conf': NGINX_CONF('    proxy_next_upstream off;\n'), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE.replace('http://app', 'http://other') },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': [], 'sites-enabled/shop': [] },
  },
  {
    name: 'a suppression comment in the file of the finding silences it',
    files: { 'nginx.conf': NGINX_CONF('    proxy_next_upstream off;\n'), 'conf.d/app.conf': `# affinity-lint ignore=nginx/affinity-without-failover\n${APP_UPSTREAM}`, 'sites-enabled/shop': SHOP_SITE },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': [], 'sites-enabled/shop': [] },
  },
  {
    name: "a file-wide suppression in nginx.conf covers nginx.conf only, not the files it includes",
    files: { 'nginx.conf': `# affinity-lint global ignore=nginx/affinity-without-failover\n${NGINX_CONF('    proxy_next_upstream off;\n')}`, 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': ['2 nginx/affinity-without-failover'], 'sites-enabled/shop': [] },
  },
  {
    name: 'a suppression above the include does not reach into the included file',
    files: { 'nginx.conf': NGINX_CONF('    proxy_next_upstream off;\n    # affinity-lint ignore=nginx/affinity-without-failover\n'), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': ['2 nginx/affinity-without-failover'], 'sites-enabled/shop': [] },
  },
  {
    name: 'a snippet included in two locations: its finding is reported once',
    files: {
      'nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n    server {\n        location /a {\n            include snippets/noretry.conf;\n        }\n        location /b {\n            include snippets/noretry.conf;\n        }\n    }\n}\n',
      'conf.d/app.conf': APP_UPSTREAM,
      'snippets/noretry.conf': 'proxy_next_upstream off;\nproxy_pass http://app;\n',
    },
    rules: ['nginx/affinity-without-failover'],
    findings: { 'nginx.conf': [], 'conf.d/app.conf': ['2 nginx/affinity-without-failover'], 'snippets/noretry.conf': [] },
    detail: { file: 'conf.d/app.conf', related: ["snippets/noretry.conf:2 traffic to 'app'", "snippets/noretry.conf:1 'proxy_next_upstream off' in effect"], edits: [['snippets/noretry.conf:1']] },
  },
  {
    name: 'a balancing snippet included in two upstreams: one finding in the snippet per upstream it judges',
    files: {
      'nginx.conf': 'events {}\nhttp {\n    upstream a {\n        include snippets/pin.conf;\n    }\n    upstream b {\n        include snippets/pin.conf;\n    }\n}\n',
      'snippets/pin.conf': 'ip_hash;\nserver 10.0.0.1;\nserver 10.0.0.2;\n',
    },
    rules: ['nginx/ip-hash'],
    findings: { 'nginx.conf': [], 'snippets/pin.conf': ['1 nginx/ip-hash'] },
  },
];

describe('configuration: rules across files', () => {
  const trees = new Trees();
  after(() => trees.cleanup());

  for (const c of CASES) {
    it(c.name, async () => {
      const ws = trees.make(c.files);
      const linted = await lintTree({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws), { rules: c.rules });
      assert.deepStrictEqual(linted.findings, c.findings);
      if (c.detail) {
        const f = linted.raw.get(c.detail.file)![0];
        const d = described(linted, c.detail.file, f);
        assert.deepStrictEqual(d.related, c.detail.related);
        if (c.detail.edits) assert.deepStrictEqual(d.edits, c.detail.edits);
        if (c.detail.message) assert.match(f.message, c.detail.message);
      }
    });
  }

  it('spans are local: the finding, its related locations and edits each index their own file', async () => {
    const ws = trees.make({ 'nginx.conf': NGINX_CONF('    proxy_next_upstream off;\n'), 'conf.d/app.conf': APP_UPSTREAM, 'sites-enabled/shop': SHOP_SITE });
    const linted = await lintTree({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws), { rules: ['nginx/affinity-without-failover'] });
    const f = linted.raw.get('conf.d/app.conf')![0];
    const text = (file: string | undefined, span: { start: number; end: number }): string =>
      (file === undefined ? linted.source('conf.d/app.conf') : linted.loaded.files.find((x) => x.path === file)!.source).text.slice(span.start, span.end);
    assert.strictEqual(text(undefined, f.span), 'hash $cookie_session consistent;');
    assert.deepStrictEqual(
      (f.related ?? []).map((r) => ({ file: r.file && path.relative(ws, r.file), text: text(r.file, r.span) })),
      [
        { file: path.join('sites-enabled', 'shop'), text: 'proxy_pass http://app;' },
        { file: 'nginx.conf', text: 'proxy_next_upstream off;' },
      ],
    );
    const edit = f.fixes[0].edits[0];
    assert.strictEqual(edit.file, path.join(ws, 'sites-enabled', 'shop'));
    assert.strictEqual(
      applyEdits(linted.source('sites-enabled/shop').text, [edit]),
      'server {\n    listen 80;\n    location / {\n        proxy_next_upstream error timeout;\n        proxy_pass http://app;\n    }\n}\n',
    );
  });

  it('a related location in the finding\'s own file names no file', async () => {
    const ws = trees.make({ 'nginx.conf': `events {}\nhttp {\n${APP_UPSTREAM}${SHOP_SITE}}\n` });
    const linted = await lintTree({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws), { rules: ['nginx/app-cookie-no-flags'] });
    const f = linted.raw.get('nginx.conf')![0];
    assert.deepStrictEqual(f.related?.map((r) => r.file), [undefined]);
  });
});
