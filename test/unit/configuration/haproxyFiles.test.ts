import * as assert from 'assert';
import * as path from 'path';
import { haproxyLoadOrder } from '../../../server/src/configuration/haproxy/loadOrder';
import { DiskFiles } from '../../../server/src/configuration/fileAccess';
import type { HaproxySection } from '../../../server/src/model/haproxy';
import { GLOBAL_CFG, lintTree, load, policyFor, problems, SHOP_CFG, Trees, type Entry } from '../../helpers/configurationTree';

// The load order, the orphan line of a second file ("unknown keyword 'timeout' out of section"),
// `from` naming a later defaults ("defaults section 'late' not found") and the example
// (TCP mode: "ignoring cookie ... as HTTP mode is disabled") checked with haproxy -c 2.6.
describe('configuration: HAProxy files', () => {
  const trees = new Trees();
  after(() => trees.cleanup());

  describe('-f load order', () => {
    const CASES: readonly { name: string; files: Record<string, Entry>; paths: readonly string[]; order: readonly string[]; missing?: readonly string[] }[] = [
      {
        name: 'files in the order given',
        files: { 'b.cfg': '', 'a.cfg': '' },
        paths: ['b.cfg', 'a.cfg'],
        order: ['b.cfg', 'a.cfg'],
      },
      {
        name: 'a folder: its non-hidden *.cfg files in byte order, sub-folders and other files ignored',
        files: { 'd/20-b.cfg': '', 'd/10-a.cfg': '', 'd/Z.cfg': '', 'd/_u.cfg': '', 'd/.hidden.cfg': '', 'd/notes.txt': '', 'd/old.cfg.bak': '', 'd/sub/05.cfg': '', 'd/dir.cfg/x.cfg': '' },
        paths: ['d'],
        order: ['d/10-a.cfg', 'd/20-b.cfg', 'd/Z.cfg', 'd/_u.cfg'],
      },
      {
        name: 'a file, then a folder, then a file',
        files: { 'haproxy.cfg': '', 'conf.d/2.cfg': '', 'conf.d/1.cfg': '', 'last.cfg': '' },
        paths: ['haproxy.cfg', 'conf.d', 'last.cfg'],
        order: ['haproxy.cfg', 'conf.d/1.cfg', 'conf.d/2.cfg', 'last.cfg'],
      },
      {
        name: 'a path that is not there',
        files: { 'haproxy.cfg': '' },
        paths: ['haproxy.cfg', 'missing.cfg'],
        order: ['haproxy.cfg'],
        missing: ['missing.cfg'],
      },
    ];
    for (const c of CASES) {
      it(c.name, () => {
        const ws = trees.make(c.files);
        const got = haproxyLoadOrder(c.paths.map((p) => path.join(ws, p)), new DiskFiles());
        assert.deepStrictEqual(
          { order: got.files.map((f) => path.relative(ws, f)), missing: got.missing.map((f) => path.relative(ws, f)) },
          { order: c.order, missing: c.missing ?? [] },
        );
      });
    }
  });

  describe('defaults across files', () => {
    /** Each proxy as "kind name <- defaults-name@file:line", "<- none" when it has none. */
    const CASES: readonly { name: string; files: Record<string, string>; inherits: readonly string[] }[] = [
      {
        name: 'an anonymous defaults of an earlier file: the last one before the proxy',
        files: { '00.cfg': 'defaults\n    mode tcp\n\ndefaults\n    mode http\n', '10.cfg': 'backend app\n    server a 10.0.0.1:80\n' },
        inherits: ['backend app <- (anonymous)@00.cfg:4'],
      },
      {
        name: 'a defaults of a later file applies to the proxies after it only',
        files: { '00.cfg': 'defaults\n    mode tcp\nbackend one\n    server a 10.0.0.1:80\n', '10.cfg': 'defaults\n    mode http\nbackend two\n    server a 10.0.0.1:80\n' },
        inherits: ['backend one <- (anonymous)@00.cfg:1', 'backend two <- (anonymous)@10.cfg:1'],
      },
      {
        name: 'a named defaults taken with `from` across files',
        files: { '00.cfg': 'defaults web\n    mode http\n\ndefaults raw\n    mode tcp\n', '10.cfg': 'backend app from web\n    server a 10.0.0.1:80\nbackend db\n    server b 10.0.0.2:5432\n' },
        inherits: ['backend app <- web@00.cfg:1', 'backend db <- raw@00.cfg:4'],
      },
      {
        name: '`from` naming a defaults of a later file finds none (HAProxy: not found)',
        files: { '00.cfg': 'backend app from late\n    server a 10.0.0.1:80\n', '10.cfg': 'defaults late\n    mode http\n' },
        inherits: ['backend app <- none'],
      },
    ];
    for (const c of CASES) {
      it(c.name, async () => {
        const ws = trees.make(c.files);
        const loaded = await load({ dialect: 'haproxy', paths: [ws] }, policyFor(ws));
        assert.strictEqual(loaded.combined.dialect, 'haproxy');
        const sections = loaded.combined.dialect === 'haproxy' ? loaded.combined.sections : [];
        const where = (s: HaproxySection): string => {
          const part = loaded.source.partAt(s.span.start);
          return `${s.name ?? '(anonymous)'}@${part.label}:${part.source.positionAt(s.span.start - part.base).line + 1}`;
        };
        const got = sections.filter((s) => s.kind === 'backend').map((s) => `backend ${s.name} <- ${s.defaults ? where(s.defaults) : 'none'}`);
        assert.deepStrictEqual(got, c.inherits);
      });
    }
  });

  describe('findings across files', () => {
    const CASES: readonly { name: string; files: Record<string, string>; paths?: readonly string[]; findings: Record<string, string[]>; rules?: readonly string[] }[] = [
      {
        name: "the issue's example: the backend's cookie is in HTTP mode by the first file's defaults, no finding",
        files: { '00-global.cfg': GLOBAL_CFG, '10-shop.cfg': SHOP_CFG },
        findings: { '00-global.cfg': [], '10-shop.cfg': [] },
      },
      {
        name: 'the same backend after a TCP defaults: the cookie is ignored',
        files: { '00-global.cfg': GLOBAL_CFG.replace('mode http', 'mode tcp'), '10-shop.cfg': SHOP_CFG },
        rules: ['haproxy/invalid-cookie-options'],
        findings: { '00-global.cfg': [], '10-shop.cfg': ['3 haproxy/invalid-cookie-options'] },
      },
      {
        name: 'lines before the first section of the second file are orphans of that file',
        files: { '00-global.cfg': GLOBAL_CFG, '10-shop.cfg': `    timeout server 30s\n${SHOP_CFG}` },
        rules: ['haproxy/syntax'],
        findings: { '00-global.cfg': [], '10-shop.cfg': ['1 haproxy/syntax'] },
      },
      {
        name: 'a file given twice is read once',
        files: { 'haproxy.cfg': GLOBAL_CFG, 'shop.cfg': SHOP_CFG },
        paths: ['haproxy.cfg', 'shop.cfg', 'haproxy.cfg'],
        findings: { 'haproxy.cfg': [], 'shop.cfg': [] },
      },
    ];
    for (const c of CASES) {
      it(c.name, async () => {
        const ws = trees.make(c.files);
        const linted = await lintTree({ dialect: 'haproxy', paths: (c.paths ?? ['.']).map((p) => path.join(ws, p)) }, policyFor(ws), { rules: c.rules });
        assert.deepStrictEqual(linted.findings, c.findings);
        assert.deepStrictEqual(problems(linted.loaded), []);
      });
    }
  });

  it('problems of the -f paths: missing, a dangling link, outside the workspace', async () => {
    const top = trees.make({ 'ws/haproxy.cfg': GLOBAL_CFG, 'ws/gone.cfg': { link: 'nowhere.cfg' }, 'ws/out.cfg': { link: '../outside/x.cfg' }, 'outside/x.cfg': SHOP_CFG });
    const ws = path.join(top, 'ws');
    const loaded = await load({ dialect: 'haproxy', paths: ['haproxy.cfg', 'missing.cfg', 'gone.cfg', 'out.cfg'].map((p) => path.join(ws, p)) }, policyFor(ws));
    assert.deepStrictEqual(loaded.files.map((f) => f.label), ['haproxy.cfg']);
    assert.deepStrictEqual(
      problems(loaded),
      [
        '(configuration) error -f missing.cfg: No such file or directory (haproxy refuses to start)',
        '(configuration) error -f gone.cfg: No such file or directory (haproxy refuses to start)',
        '(configuration) info out.cfg is outside the workspace: not read (the setting affinityLint.includes.readOutsideWorkspace allows it); findings that depend on it may be missing',
      ],
    );
  });
});
