import * as assert from 'assert';
import * as path from 'path';
import { DiskFiles } from '../../../server/src/configuration/fileAccess';
import { includeTarget } from '../../../server/src/configuration/nginx/includePath';
import type { NginxDirective } from '../../../server/src/model/nginx';
import type { ReadPolicy } from '../../../server/src/configuration/spec';
import { lintTree, load, outline, policyFor, problems, Trees, type Entry } from '../../helpers/configurationTree';

const UPSTREAM = 'upstream app {\n    server 10.0.0.1;\n}\n';

interface IncludeCase {
  readonly name: string;
  /** The workspace folder's files; the entry is `nginx.conf` unless `entry` says otherwise. */
  readonly files: Record<string, Entry>;
  readonly entry?: string;
  /** Files outside the workspace folder (in a sibling folder `outside/`). */
  readonly outside?: Record<string, Entry>;
  readonly policy?: Partial<Omit<ReadPolicy, 'roots'>>;
  /** The files read, by label, in the order nginx first reads them. */
  readonly read: readonly string[];
  /** The joined model (see `outline`); omitted: not checked. */
  readonly outline?: readonly string[];
  /** "label:line severity message" with the message as a pattern. */
  readonly problems?: readonly string[];
  /** The protocol of each `upstream` of the joined model, in order. */
  readonly upstreamProtocols?: readonly string[];
}

const CASES: readonly IncludeCase[] = [
  // Where an include stands: the files' directives take its place, with its block as parent.
  {
    name: 'in the main context',
    files: { 'nginx.conf': 'include modules.conf;\nevents {}\n', 'modules.conf': 'worker_processes 2;\n' },
    read: ['nginx.conf', 'modules.conf'],
    outline: ['worker_processes@modules.conf', 'events'],
  },
  {
    name: 'in http',
    files: { 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/up.conf': UPSTREAM },
    read: ['nginx.conf', 'conf.d/up.conf'],
    outline: ['http', 'http/upstream@conf.d/up.conf', 'http/upstream/server@conf.d/up.conf'],
    upstreamProtocols: ['http'],
  },
  {
    name: 'in server',
    files: { 'nginx.conf': 'http {\n    server {\n        include snippets/app.conf;\n    }\n}\n', 'snippets/app.conf': 'location / {\n    proxy_pass http://app;\n}\n' },
    read: ['nginx.conf', 'snippets/app.conf'],
    outline: ['http', 'http/server', 'http/server/location@snippets/app.conf', 'http/server/location/proxy_pass@snippets/app.conf'],
  },
  {
    name: 'in location',
    files: { 'nginx.conf': 'http {\n    server {\n        location / {\n            include proxy_params;\n        }\n    }\n}\n', proxy_params: 'proxy_set_header Host $host;\n' },
    read: ['nginx.conf', 'proxy_params'],
    outline: ['http', 'http/server', 'http/server/location', 'http/server/location/proxy_set_header@proxy_params'],
  },
  {
    name: 'in upstream',
    files: { 'nginx.conf': 'http {\n    upstream app {\n        include servers.conf;\n    }\n}\n', 'servers.conf': 'server 10.0.0.1;\nserver 10.0.0.2;\n' },
    read: ['nginx.conf', 'servers.conf'],
    outline: ['http', 'http/upstream', 'http/upstream/server@servers.conf', 'http/upstream/server@servers.conf'],
    upstreamProtocols: ['http'],
  },
  {
    name: 'in stream: an upstream read from another file is a stream upstream',
    files: { 'nginx.conf': 'stream {\n    include stream.d/*.conf;\n}\nhttp {\n    include conf.d/*.conf;\n}\n', 'stream.d/db.conf': 'upstream db {\n    server 10.0.0.1:5432;\n}\n', 'conf.d/web.conf': UPSTREAM },
    read: ['nginx.conf', 'stream.d/db.conf', 'conf.d/web.conf'],
    upstreamProtocols: ['stream', 'http'],
  },
  // Globs: glob(3) in the C locale sorts the whole paths byte by byte (checked against glibc's
  // glob() with LC_ALL=C, and nginx -t, which reads sites-a.old/x.conf before sites-a/1.conf):
  // digits before capitals before '_' before lower case, '-' before '.'.
  {
    name: 'a glob reads its matches in byte order, hidden files left out',
    files: {
      'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n',
      ...Object.fromEntries(['a.conf', 'B.conf', '_x.conf', 'a-b.conf', 'a.b.conf', '9.conf', '10.conf', '.hidden.conf', 'notes.txt'].map((n) => [`conf.d/${n}`, '# nothing\n'])),
    },
    read: ['nginx.conf', 'conf.d/10.conf', 'conf.d/9.conf', 'conf.d/B.conf', 'conf.d/_x.conf', 'conf.d/a-b.conf', 'conf.d/a.b.conf', 'conf.d/a.conf'],
    problems: [],
  },
  {
    name: 'a wildcard in a folder segment: sorted as whole paths (sites-a.old/ before sites-a/)',
    files: {
      'nginx.conf': 'http {\n    include sites-*/*.conf;\n}\n',
      'sites-a/2.conf': '# 2\n',
      'sites-a/1.conf': '# 1\n',
      'sites-b/0.conf': '# 0\n',
      'sites-a.old/x.conf': '# x\n',
      'sites-c.conf': '# a file, not a folder: not matched by sites-*/\n',
    },
    read: ['nginx.conf', 'sites-a.old/x.conf', 'sites-a/1.conf', 'sites-a/2.conf', 'sites-b/0.conf'],
    problems: [],
  },
  {
    name: 'a glob that matches nothing is no finding (nginx accepts it)',
    files: { 'nginx.conf': 'http {\n    include conf.d/*.conf;\n    include sites-enabled/*;\n}\n' },
    read: ['nginx.conf'],
    problems: [],
  },
  {
    // nginx -t: [crit] pread() "/.../conf.d/old" failed (21: Is a directory)
    name: 'a folder matched by a glob: nginx fails reading it',
    files: { 'nginx.conf': 'http {\n    include conf.d/*;\n}\n', 'conf.d/a.conf': '# a\n', 'conf.d/old/b.conf': '# b\n' },
    read: ['nginx.conf', 'conf.d/a.conf'],
    problems: ['nginx.conf:2 error pread\\(\\) ".*/conf\\.d/old" failed \\(Is a directory\\)'],
  },
  // Plain paths.
  {
    name: 'a missing plain file: open() failed, an error on the include',
    files: { 'nginx.conf': 'http {\n    include missing.conf;\n}\n' },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 error open\\(\\) "missing.conf" failed \\(No such file or directory\\)'],
  },
  {
    name: 'a missing file that nginx packages install (mime.types, fastcgi_params): a note, taken to be there on the server',
    files: { 'nginx.conf': 'include /etc/nginx/modules-enabled/*.conf;\nhttp {\n    include mime.types;\n    include /etc/nginx/fastcgi_params;\n    include /etc/nginx/snippets/fastcgi-php.conf;\n    include conf.d/mime.types;\n}\n' },
    read: ['nginx.conf'],
    problems: [
      'nginx.conf:3 info include not followed: mime.types is not in the workspace; nginx\'s packages install it',
      'nginx.conf:4 info include not followed: fastcgi_params is not in the workspace',
      'nginx.conf:5 info include not followed: snippets/fastcgi-php.conf is not in the workspace',
      // Not where the packages put it: the configuration's own file, missing.
      'nginx.conf:6 error open\\(\\) "conf.d/mime.types" failed',
    ],
  },
  {
    name: 'relative paths resolve against the entry\'s folder, not the including file\'s',
    files: {
      'nginx.conf': 'http {\n    include conf.d/site.conf;\n}\n',
      'conf.d/site.conf': 'include snippets/a.conf;\n',
      'snippets/a.conf': UPSTREAM,
      'conf.d/snippets/a.conf': 'server_tokens off;\n',
    },
    read: ['nginx.conf', 'conf.d/site.conf', 'snippets/a.conf'],
    outline: ['http', 'http/upstream@snippets/a.conf', 'http/upstream/server@snippets/a.conf'],
  },
  {
    name: 'the entry in a sub-folder: its folder is the prefix',
    entry: 'etc/nginx/nginx.conf',
    files: { 'etc/nginx/nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'etc/nginx/conf.d/a.conf': UPSTREAM, 'conf.d/decoy.conf': UPSTREAM },
    read: ['nginx.conf', 'conf.d/a.conf'],
  },
  {
    name: 'absolute /etc/nginx/... paths are read from the entry\'s folder',
    files: { 'nginx.conf': 'http {\n    include /etc/nginx/conf.d/*.conf;\n    include /etc/nginx/proxy_params;\n}\n', 'conf.d/a.conf': UPSTREAM, proxy_params: 'proxy_set_header Host $host;\n' },
    read: ['nginx.conf', 'conf.d/a.conf', 'proxy_params'],
    problems: [],
  },
  {
    name: 'a missing absolute file names where it was looked for',
    files: { 'nginx.conf': 'http {\n    include /etc/nginx/missing.conf;\n}\n' },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 error open\\(\\) "/etc/nginx/missing.conf" failed \\(No such file or directory\\).*looked for missing.conf'],
  },
  {
    name: 'nginx.root: another absolute folder stands for the entry\'s; /etc/nginx then is outside',
    files: { 'nginx.conf': 'http {\n    include /usr/local/nginx/conf/conf.d/*.conf;\n    include /etc/nginx/proxy_params;\n}\n', 'conf.d/a.conf': UPSTREAM, proxy_params: '# p\n' },
    policy: { nginxRoot: '/usr/local/nginx/conf' },
    read: ['nginx.conf', 'conf.d/a.conf'],
    problems: ['nginx.conf:3 info include not followed: /etc/nginx/proxy_params is outside the workspace'],
  },
  // The workspace's bounds.
  {
    name: 'an include outside the workspace: a note, not read',
    files: { 'nginx.conf': 'http {\n    include ../outside/*.conf;\n    include ../outside/up.conf;\n}\n' },
    outside: { 'up.conf': UPSTREAM },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 info include not followed: .*outside the workspace', 'nginx.conf:3 info include not followed: .*outside the workspace'],
  },
  {
    name: 'an include outside the workspace, read with readOutside',
    files: { 'nginx.conf': 'http {\n    include ../outside/*.conf;\n}\n' },
    outside: { 'up.conf': UPSTREAM },
    policy: { readOutside: true },
    read: ['nginx.conf', '../outside/up.conf'],
    problems: [],
  },
  {
    name: 'a link inside the workspace to a file outside: not read',
    files: { 'nginx.conf': 'http {\n    include up.conf;\n}\n', 'up.conf': { link: '../outside/up.conf' } },
    outside: { 'up.conf': UPSTREAM },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 info include not followed: .*outside the workspace'],
  },
  {
    name: 'a glob matching a link to a file outside: not read either',
    files: { 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/a.conf': '# a\n', 'conf.d/up.conf': { link: '../../outside/up.conf' } },
    outside: { 'up.conf': UPSTREAM },
    read: ['nginx.conf', 'conf.d/a.conf'],
    problems: ['nginx.conf:2 info include not followed for conf.d/up.conf: it leads outside the workspace'],
  },
  // Cycles and links: an error, never a hang.
  {
    name: 'a cycle a -> b -> a',
    files: { 'nginx.conf': 'http {\n    include a.conf;\n}\n', 'a.conf': 'include b.conf;\n', 'b.conf': 'include a.conf;\n' },
    read: ['nginx.conf', 'a.conf', 'b.conf'],
    problems: ['b.conf:1 error include cycle: a.conf → b.conf → a.conf'],
  },
  {
    name: 'a file including itself',
    files: { 'nginx.conf': 'http {\n    include a.conf;\n}\n', 'a.conf': 'server_tokens off;\ninclude a.conf;\n' },
    read: ['nginx.conf', 'a.conf'],
    problems: ['a.conf:2 error include cycle: a.conf → a.conf'],
  },
  {
    name: 'the entry including itself through a glob',
    files: { 'nginx.conf': 'include *.conf;\n' },
    read: ['nginx.conf'],
    problems: ['nginx.conf:1 error include cycle: nginx.conf → nginx.conf'],
  },
  {
    name: 'a symbolic link loop',
    files: { 'nginx.conf': 'http {\n    include loop.conf;\n}\n', 'loop.conf': { link: 'loop.conf' } },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 error open\\(\\) "loop.conf" failed \\(Too many levels of symbolic links'],
  },
  {
    name: 'a dangling link, named',
    files: { 'nginx.conf': 'http {\n    include gone.conf;\n}\n', 'gone.conf': { link: 'nowhere.conf' } },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 error open\\(\\) "gone.conf" failed \\(.*dangling link\\)'],
  },
  {
    name: 'a dangling link matched by a glob: nginx fails opening it',
    files: { 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/a.conf': '# a\n', 'conf.d/gone.conf': { link: 'nowhere.conf' } },
    read: ['nginx.conf', 'conf.d/a.conf'],
    problems: ['nginx.conf:2 error open\\(\\) ".*conf\\.d/gone\\.conf" failed \\(No such file or directory\\)'],
  },
  {
    name: 'a link to a file of the configuration is read once',
    files: { 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/a.conf': UPSTREAM, 'conf.d/b.conf': { link: 'a.conf' } },
    read: ['nginx.conf', 'conf.d/a.conf'],
    problems: [],
  },
  // Bounds (made small here): the include past them is not followed, and says so.
  {
    name: 'more files than the bound',
    files: { 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/1.conf': '#\n', 'conf.d/2.conf': '#\n', 'conf.d/3.conf': '#\n' },
    policy: { limits: { files: 3, chars: 1000 } },
    read: ['nginx.conf', 'conf.d/1.conf', 'conf.d/2.conf'],
    problems: ['nginx.conf:2 warning include not followed: the configuration already spans 3 files.*conf\\.d/3\\.conf may be missing'],
  },
  {
    name: 'files that include each other twice over: the copies are bounded, the rest not followed',
    files: {
      'nginx.conf': 'http {\n    include d0.conf;\n}\n',
      ...Object.fromEntries([0, 1, 2, 3].map((i) => [`d${i}.conf`, `include d${i + 1}.conf;\ninclude d${i + 1}.conf;\n`])),
      'd4.conf': 'server_tokens off;\n',
    },
    // Depth first: d0, d1, d2, d3, d4, d4, then d3 again (7 copies); its first d4 is the 8th, past
    // the bound, and every include after it says so.
    policy: { limits: { files: 100, chars: 100000, copies: 7 } },
    read: ['nginx.conf', 'd0.conf', 'd1.conf', 'd2.conf', 'd3.conf', 'd4.conf'],
    problems: [
      'd3.conf:1 warning include not followed: the configuration\'s includes already brought in 7 files',
      'd3.conf:2 warning include not followed: the configuration\'s includes already brought in 7 files',
      'd1.conf:2 warning include not followed: the configuration\'s includes already brought in 7 files',
      'd0.conf:2 warning include not followed: the configuration\'s includes already brought in 7 files',
    ],
  },
  {
    name: 'more text than the bound',
    files: { 'nginx.conf': 'http {\n    include big.conf;\n}\n', 'big.conf': `# ${'x'.repeat(200)}\n` },
    policy: { limits: { files: 10, chars: 100 } },
    read: ['nginx.conf'],
    problems: ['nginx.conf:2 warning include not followed: the configuration would pass 100 characters'],
  },
];

describe('configuration: where an include path leads (includeTarget)', () => {
  const PREFIX = '/ws/a[1]';
  const CASES: readonly { value: string; nginxRoot?: string; path: string; mapped: boolean; literal: string }[] = [
    { value: 'proxy_params', path: '/ws/a[1]/proxy_params', mapped: true, literal: '/ws/a[1]' },
    { value: 'conf.d/*.conf', path: '/ws/a[1]/conf.d/*.conf', mapped: true, literal: '/ws/a[1]/conf.d' },
    { value: 'sites-*/x/*.conf', path: '/ws/a[1]/sites-*/x/*.conf', mapped: true, literal: '/ws/a[1]' },
    { value: '../common/*.conf', path: '/ws/common/*.conf', mapped: true, literal: '/ws/common' },
    { value: '/etc/nginx/conf.d/*.conf', path: '/ws/a[1]/conf.d/*.conf', mapped: true, literal: '/ws/a[1]/conf.d' },
    { value: '/etc/nginx', path: '/ws/a[1]', mapped: true, literal: '/ws/a[1]' },
    { value: '/etc/nginxother/x.conf', path: '/etc/nginxother/x.conf', mapped: false, literal: '/etc/nginxother' },
    { value: '/usr/share/nginx/modules/*.conf', path: '/usr/share/nginx/modules/*.conf', mapped: false, literal: '/usr/share/nginx/modules' },
    { value: '/opt/nginx/conf/x.conf', nginxRoot: '/opt/nginx/conf/', path: '/ws/a[1]/x.conf', mapped: true, literal: '/ws/a[1]' },
  ];
  for (const c of CASES) {
    it(`${c.value}${c.nginxRoot ? ` (nginx.root ${c.nginxRoot})` : ''}`, () => {
      assert.deepStrictEqual(includeTarget(c.value, PREFIX, c.nginxRoot ?? '/etc/nginx'), { path: c.path, mapped: c.mapped, literal: c.literal });
    });
  }
});

describe('configuration: NGINX includes', () => {
  const trees = new Trees();
  after(() => trees.cleanup());

  for (const c of CASES) {
    it(c.name, async () => {
      const top = trees.make({ ...Object.fromEntries(Object.entries(c.files).map(([k, v]) => [`ws/${k}`, v])), ...Object.fromEntries(Object.entries(c.outside ?? {}).map(([k, v]) => [`outside/${k}`, v])) });
      const ws = path.join(top, 'ws');
      const loaded = await load({ dialect: 'nginx', entry: path.join(ws, c.entry ?? 'nginx.conf') }, policyFor(ws, c.policy));
      assert.deepStrictEqual(
        loaded.files.map((f) => f.label),
        c.read.map((l) => (l.startsWith('../') ? path.join(ws, l) : l)),
      );
      if (c.outline) assert.deepStrictEqual(outline(loaded), c.outline);
      if (c.problems) {
        const got = problems(loaded);
        assert.strictEqual(got.length, c.problems.length, got.join('\n'));
        c.problems.forEach((p, i) => assert.match(got[i], new RegExp(`^${p}`), got[i]));
      }
      if (c.upstreamProtocols) {
        const ups: string[] = [];
        const walk = (ds: readonly NginxDirective[]): void => {
          for (const d of ds) {
            if (d.name === 'upstream') ups.push(d.protocol);
            if (d.children) walk(d.children);
          }
        };
        if (loaded.combined.dialect === 'nginx') walk(loaded.combined.directives);
        assert.deepStrictEqual(ups, c.upstreamProtocols);
      }
    });
  }

  // The workspace's own path is no pattern: only the include's path is (nginx globs /etc/nginx/...).
  for (const folder of ['ws[1]', 'ws*', 'ws?']) {
    it(`a workspace folder named '${folder}': includes are read, a missing file is an error`, async () => {
      const top = trees.make({
        [`${folder}/nginx.conf`]: 'http {\n    include proxy_params;\n    include conf.d/*.conf;\n    include missing.conf;\n}\n',
        [`${folder}/proxy_params`]: 'proxy_set_header Host $host;\n',
        [`${folder}/conf.d/a.conf`]: UPSTREAM,
        'ws1/proxy_params': '# a decoy the pattern ws[1] would match\n',
      });
      const ws = path.join(top, folder);
      const loaded = await load({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws));
      assert.deepStrictEqual(loaded.files.map((f) => f.label), ['nginx.conf', 'proxy_params', 'conf.d/a.conf']);
      assert.deepStrictEqual(problems(loaded).map((p) => p.replace(/ failed .*/, '')), ['nginx.conf:4 error open() "missing.conf"']);
    });
  }

  it('an include problem spans the include\'s path argument', async () => {
    const ws = trees.make({ 'nginx.conf': 'http {\n    include missing.conf;\n}\n' });
    const loaded = await load({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws));
    const text = loaded.files[0].source.text;
    assert.strictEqual(text.slice(loaded.problems[0].span.start, loaded.problems[0].span.end), 'missing.conf');
    assert.deepStrictEqual(loaded.links, []);
  });

  it('links: each include path with the files it names', async () => {
    const ws = trees.make({ 'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n', 'conf.d/b.conf': '#\n', 'conf.d/a.conf': '#\n' });
    const loaded = await load({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws));
    assert.deepStrictEqual(
      loaded.links.map((l) => ({ file: path.relative(ws, l.file), text: loaded.files[0].source.text.slice(l.span.start, l.span.end), targets: l.targets.map((t) => path.relative(ws, t)) })),
      [{ file: 'nginx.conf', text: 'conf.d/*.conf', targets: ['conf.d/a.conf', 'conf.d/b.conf'] }],
    );
  });

  it('a missing entry: one problem about the configuration, no files', async () => {
    const ws = trees.make({});
    const loaded = await load({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws));
    assert.deepStrictEqual(loaded.files, []);
    assert.deepStrictEqual(problems(loaded).map((p) => p.replace(ws, 'WS')), ['(configuration) error open() "WS/nginx.conf" failed (No such file or directory)']);
  });

  describe('file texts', () => {
    interface TextCase {
      readonly name: string;
      readonly files: Record<string, Entry>;
      /** Findings by file label, "line ruleId", of the rules listed in `rules`. */
      readonly findings: Record<string, string[]>;
      readonly rules: readonly string[];
      /** Files read as Latin-1, by label. */
      readonly latin1?: readonly string[];
    }
    const TEXT_CASES: readonly TextCase[] = [
      {
        name: 'CRLF files: lines counted per file as editors count them',
        files: {
          'nginx.conf': 'events {}\r\nhttp {\r\n    include conf.d/*.conf;\r\n}\r\n',
          'conf.d/up.conf': '# upstreams\r\nupstream app {\r\n    ip_hash;\r\n    server 10.0.0.1;\r\n    server 10.0.0.2;\r\n}\r\n',
        },
        rules: ['nginx/ip-hash', 'nginx/syntax'],
        findings: { 'nginx.conf': [], 'conf.d/up.conf': ['3 nginx/ip-hash'] },
      },
      {
        name: 'a member file that is not UTF-8: read as Latin-1, findings in place',
        files: {
          'nginx.conf': 'http {\n    include conf.d/*.conf;\n}\n',
          'conf.d/up.conf': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nupstream app {\n    ip_hash;\n    server 10.0.0.1;\n    server 10.0.0.2;\n}\n')]),
        },
        rules: ['nginx/ip-hash', 'nginx/syntax'],
        findings: { 'nginx.conf': [], 'conf.d/up.conf': ['3 nginx/ip-hash'] },
        latin1: ['conf.d/up.conf'],
      },
      {
        name: 'a half-typed member file: its syntax errors stay in it',
        files: {
          'nginx.conf': 'http {\n    include conf.d/*.conf;\n    server {\n        location / {\n            proxy_pass http://app;\n        }\n    }\n}\n',
          'conf.d/up.conf': 'upstream app {\n    ip_hash;\n    server 10.0.0.1;\n    server 10.0.0.2\n',
        },
        rules: ['nginx/syntax'],
        findings: { 'nginx.conf': [], 'conf.d/up.conf': ['1 nginx/syntax', '4 nginx/syntax'] },
      },
    ];
    for (const c of TEXT_CASES) {
      it(c.name, async () => {
        const ws = trees.make(c.files);
        const files = new DiskFiles();
        const linted = await lintTree({ dialect: 'nginx', entry: path.join(ws, 'nginx.conf') }, policyFor(ws), { rules: c.rules, files });
        assert.deepStrictEqual(linted.findings, c.findings);
        assert.deepStrictEqual([...files.latin1.keys()].map((f) => path.relative(ws, f)), c.latin1 ?? []);
      });
    }
  });
});
