import * as assert from 'assert';
import * as path from 'path';
import { GrammarLoader } from '../../../server/src/parsing/treeSitter';
import { ConfigParser } from '../../../server/src/parsing/configParser';
import { linksOf, type WorkspaceLinkIndex } from '../../../server/src/link/associate';
import { haproxyGroups, nginxGroups, parseAddress, serverCount } from '../../../server/src/link/groups';
import { withSessionEvidence, SHARED_STORE_FIX_TITLE } from '../../../server/src/link/annotate';
import { appMappingsOf, composeRefsOf } from '../../../server/src/link/compose';
import type { AppSessions, BalancedGroup } from '../../../server/src/link/model';
import { readManifest } from '../../../server/src/manifest/kind';
import { buildWorkspaceLinks } from '../../../server/src/link/workspaceIndex';
import { SourceText } from '../../../server/src/text/sourceText';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';
import { NO_FILES } from '../../../server/src/kinds/kindLinter';
import type { Finding } from '../../../server/src/rules/types';

const parser = new ConfigParser(new GrammarLoader());

const NGINX = [
  'http {',
  '    upstream shop {',
  '        server web:3000;',
  '        server web2:3000 backup;',
  '    }',
  '    upstream pinned {',
  '        ip_hash;',
  '        server 10.0.0.1;',
  '        server unix:/run/app.sock;',
  '    }',
  '}',
  '',
].join('\n');

const HAPROXY = [
  'backend web',
  '    balance roundrobin',
  '    server-template app 1-3 web:3000 check',
  'backend sticky',
  '    cookie SRV insert indirect nocache',
  '    server a 10.0.0.1:80 cookie a',
  'listen stats',
  '    balance source',
  '    server s [::1]:8404',
  '',
].join('\n');

function app(file: string, store: AppSessions['store'] = 'memory', folder = path.dirname(file)): AppSessions {
  return { file, folder, store, storeLabel: store === 'memory' ? "MemoryStore (express-session's default)" : 'Redis (connect-redis)', span: { start: 0, end: 10 } };
}

describe('workspace links between load balancers and apps', () => {
  describe('server addresses', () => {
    const cases: [string, { host: string | null; port: number | null }][] = [
      ['web:3000', { host: 'web', port: 3000 }],
      ['10.0.0.1', { host: '10.0.0.1', port: null }],
      ['[::1]:8404', { host: '::1', port: 8404 }],
      ['ipv4@web:80', { host: 'web', port: 80 }],
      ['unix:/run/app.sock', { host: null, port: null }],
      ['/run/app.sock', { host: null, port: null }],
      ['abns@app', { host: null, port: null }],
      ['app.internal:8080', { host: 'app.internal', port: 8080 }],
    ];
    for (const [text, want] of cases) it(text, () => assert.deepStrictEqual(parseAddress(text), want));
  });

  it('NGINX upstreams and HAProxy backends, with servers and affinity', async () => {
    const n = nginxGroups((await parser.parse('nginx', NGINX)) as never, () => '/w/nginx.conf');
    assert.deepStrictEqual(
      n.map((g) => [g.name, g.servers.map((s) => s.host), g.affinity, NGINX.slice(g.span.start, g.span.end)]),
      [
        ['shop', ['web', 'web2'], null, 'upstream shop'],
        ['pinned', ['10.0.0.1', null], 'ip_hash', 'upstream pinned'],
      ],
    );
    const h = haproxyGroups((await parser.parse('haproxy', HAPROXY)) as never, () => '/w/haproxy.cfg');
    assert.deepStrictEqual(
      h.map((g) => [g.name, g.servers.map((s) => `${s.host}:${s.port}`), serverCount(g), g.affinity]),
      [
        ['web', ['web:3000'], 3, null],
        ['sticky', ['10.0.0.1:80'], 1, 'cookie SRV'],
        ['stats', ['::1:8404'], 1, 'balance source'],
      ],
    );
  });

  it('compose services: build contexts (string or map), hostnames and network aliases; a git URL is no folder', () => {
    const text = [
      'services:',
      '  web:',
      '    build: ./app',
      '    hostname: shop-web',
      '    networks:',
      '      front:',
      '        aliases: [shop]',
      '  api:',
      '    build:',
      '      context: services/api',
      '    deploy:',
      '      replicas: 3',
      '  remote:',
      '    build: https://github.com/example/app.git',
      '  redis:',
      '    image: redis:7',
      '',
    ].join('\n');
    const reading = readManifest({ file: '/w/compose.yaml', text, source: new SourceText(text), settings: DEFAULT_SETTINGS, files: NO_FILES });
    assert.deepStrictEqual(composeRefsOf(reading.model!), [
      { name: 'web', file: '/w/compose.yaml', buildContext: '/w/app', aliases: ['shop-web', 'shop'], replicas: 1 },
      { name: 'api', file: '/w/compose.yaml', buildContext: '/w/services/api', aliases: [], replicas: 3 },
      { name: 'remote', file: '/w/compose.yaml', buildContext: null, aliases: [], replicas: 1 },
      { name: 'redis', file: '/w/compose.yaml', buildContext: null, aliases: [], replicas: 1 },
    ]);
  });

  it('.affinity-lint.json apps: folders relative to the file; malformed entries warn', () => {
    assert.deepStrictEqual(appMappingsOf({ apps: [{ path: 'app', behind: ['shop'] }] }, '/w/.affinity-lint.json'), {
      mappings: [{ folder: '/w/app', groups: ['shop'], declaredIn: '/w/.affinity-lint.json' }],
      warnings: [],
    });
    assert.deepStrictEqual(appMappingsOf({ apps: [{ path: 'app' }, 'x'] }, '/w/.affinity-lint.json').warnings, [
      'apps[0]: expected { "path": "...", "behind": ["upstream or backend name", ...] }',
      'apps[1]: expected { "path": "...", "behind": ["upstream or backend name", ...] }',
    ]);
    assert.deepStrictEqual(appMappingsOf({ rules: {} }, '/w/.affinity-lint.json'), { mappings: [], warnings: [] });
  });

  describe('associations, each with its reason', () => {
    const group = (name: string, file: string, hosts: string[]): BalancedGroup => ({
      dialect: 'nginx',
      kind: 'upstream',
      name,
      file,
      span: { start: 0, end: 1 },
      extent: { start: 0, end: 100 },
      servers: hosts.map((host) => ({ host, port: 3000, count: 1 })),
      affinity: null,
    });
    const label = (f: string): string => path.relative('/w', f);
    const cases: { name: string; index: Omit<WorkspaceLinkIndex, 'label'>; want: string[] }[] = [
      {
        name: 'a server that is a compose service built from the app folder',
        index: {
          groups: [group('shop', '/w/nginx/nginx.conf', ['web', 'redis'])],
          apps: [app('/w/app/server.js')],
          compose: [
            { name: 'web', file: '/w/compose.yaml', buildContext: '/w/app', aliases: [], replicas: 1 },
            { name: 'redis', file: '/w/compose.yaml', buildContext: null, aliases: [], replicas: 1 },
          ],
          mappings: [],
        },
        want: ["shop (2 servers) -> app/server.js: server web:3000 is compose service 'web' (compose.yaml), built from app"],
      },
      {
        name: 'a compose alias counts as the service; its 3 replicas count as 3 servers behind one name',
        index: {
          groups: [group('shop', '/w/nginx.conf', ['shop-web'])],
          apps: [app('/w/app/src/main.ts', 'memory', '/w/app')],
          compose: [{ name: 'web', file: '/w/compose.yaml', buildContext: '/w/app', aliases: ['shop-web'], replicas: 3 }],
          mappings: [],
        },
        want: ["shop (3 servers) -> app/src/main.ts: server shop-web:3000 is compose service 'web' (compose.yaml), built from app"],
      },
      {
        name: 'an explicit mapping',
        index: {
          groups: [group('shop', '/w/deploy/nginx.conf', ['10.0.0.1'])],
          apps: [app('/w/services/web/index.js')],
          compose: [],
          mappings: [{ folder: '/w/services/web', groups: ['shop'], declaredIn: '/w/.affinity-lint.json' }],
        },
        want: ["shop (1 servers) -> services/web/index.js: .affinity-lint.json maps upstream 'shop' to services/web"],
      },
      {
        name: 'the config in the app folder',
        index: { groups: [group('app', '/w/app/nginx.conf', ['127.0.0.1'])], apps: [app('/w/app/server.js')], compose: [], mappings: [] },
        want: ["app (1 servers) -> app/server.js: app/nginx.conf sits in the app's folder app"],
      },
      {
        name: 'nothing links a config elsewhere to an unrelated app',
        index: { groups: [group('shop', '/w/deploy/nginx.conf', ['10.0.0.1'])], apps: [app('/w/app/server.js')], compose: [], mappings: [] },
        want: [],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const links = linksOf({ ...c.index, label });
        assert.deepStrictEqual(links.map((l) => `${l.group.name} (${l.servers} servers) -> ${label(l.app.file)}: ${l.reason}`), c.want);
      });
    }
  });

  it('the shared-store fix and message say where the app keeps sessions (memory: not yet; Redis: checked)', () => {
    const g: BalancedGroup = { dialect: 'nginx', kind: 'upstream', name: 'shop', file: '/w/nginx.conf', span: { start: 0, end: 5 }, extent: { start: 0, end: 50 }, servers: [], affinity: 'ip_hash' };
    const finding: Finding = {
      ruleId: 'nginx/ip-hash',
      message: "'ip_hash' pins clients.",
      span: { start: 10, end: 18 },
      severity: 'warning',
      fixes: [{ title: `${SHARED_STORE_FIX_TITLE} (least_conn)`, edits: [], preferred: false }, { title: 'Use cookie affinity', edits: [], preferred: true }],
    };
    const label = (f: string): string => path.relative('/w', f);
    const memory = withSessionEvidence([finding], '/w/nginx.conf', [{ group: g, app: app('/w/app/server.js'), reason: 'R', servers: 2 }], label)[0];
    assert.strictEqual(
      memory.fixes[0].title,
      `${SHARED_STORE_FIX_TITLE} (least_conn) — not yet: but app/server.js keeps sessions in process memory (MemoryStore (express-session's default)): move them to a shared store first; linked because R`,
    );
    assert.strictEqual(memory.fixes[1].title, 'Use cookie affinity');
    assert.match(memory.message, /^'ip_hash' pins clients\. The app behind it: but app\/server\.js keeps sessions in process memory/);
    assert.deepStrictEqual(memory.related, [{ message: "MemoryStore (express-session's default) session set-up", span: { start: 0, end: 10 }, file: '/w/app/server.js' }]);
    const redis = withSessionEvidence([finding], '/w/nginx.conf', [{ group: g, app: app('/w/app/server.js', 'shared'), reason: 'R', servers: 2 }], label)[0];
    assert.match(redis.fixes[0].title, / — checked: app\/server\.js keeps sessions in Redis \(connect-redis\); linked because R$/);
    // A finding outside the group, or in another file, is left as it was.
    assert.deepStrictEqual(withSessionEvidence([{ ...finding, span: { start: 60, end: 70 } }], '/w/nginx.conf', [{ group: g, app: app('/w/a.js'), reason: 'R', servers: 2 }], label)[0].message, finding.message);
    assert.deepStrictEqual(withSessionEvidence([finding], '/w/other.conf', [{ group: g, app: app('/w/a.js'), reason: 'R', servers: 2 }], label), [finding]);
  });

  describe('what the workspace reads to link', () => {
    const COMPOSE = 'services:\n  app1:\n    build: ./app\n  app2:\n    build: ./app\n';
    const UPSTREAM = 'http {\n    upstream shop {\n        server app1:3000;\n        server app2:3000;\n    }\n}\n';
    const APP = "const session = require('express-session');\napp.use(session({ secret: process.env.S }));\n";
    const cases: { name: string; files: Record<string, string>; read: string[]; links: string[] }[] = [
      {
        name: 'no app: neither the compose file nor the configuration is read, and nothing is linked',
        files: { '/w/compose.yaml': COMPOSE, '/w/nginx.conf': UPSTREAM, '/w/app/util.js': 'module.exports = 1;\n' },
        read: ['/w/app/util.js'],
        links: [],
      },
      {
        name: 'an app: then the compose file and the configuration are read, and linked',
        files: { '/w/compose.yaml': COMPOSE, '/w/nginx.conf': UPSTREAM, '/w/app/server.js': APP },
        read: ['/w/app/server.js', '/w/compose.yaml', '/w/nginx.conf'],
        links: ['shop (2 servers) -> /w/app/server.js'],
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const read: string[] = [];
        const links = await buildWorkspaceLinks({
          files: Object.keys(c.files),
          read: (file) => {
            if (file in c.files) read.push(file);
            return Promise.resolve(c.files[file] ?? null);
          },
          parser,
          mappings: [],
          base: '/w',
        });
        assert.deepStrictEqual(read, c.read);
        assert.deepStrictEqual(links?.links.map((l) => `${l.group.name} (${l.servers} servers) -> ${l.app.file}`) ?? [], c.links);
      });
    }
  });
});
