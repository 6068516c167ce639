import * as assert from 'assert';
import * as path from 'path';
import { configurationsNear, discoverConfigurations, type DeclaredConfigurations } from '../../../server/src/configuration/discover';
import { DiskFiles } from '../../../server/src/configuration/fileAccess';
import { describeSpec, type ConfigurationSpec } from '../../../server/src/configuration/spec';
import { Trees, type Entry } from '../../helpers/configurationTree';

/** A spec as a command line from the tree's folder: "nginx -c etc/nginx.conf", "haproxy -f a -f b". */
const shown = (ws: string) => (spec: ConfigurationSpec): string => describeSpec(spec, ws);

describe('configuration: discovery', () => {
  const trees = new Trees();
  after(() => trees.cleanup());

  const DISCOVER: readonly { name: string; files: Record<string, Entry>; declared?: DeclaredConfigurations; found: readonly string[] }[] = [
    {
      name: 'every nginx.conf is an entry, in byte order of folders, nearer first',
      files: { 'nginx.conf': '', 'staging/nginx.conf': '', 'b/deep/nginx.conf': '', 'conf.d/a.conf': '' },
      found: ['nginx -c nginx.conf', 'nginx -c staging/nginx.conf', 'nginx -c b/deep/nginx.conf'],
    },
    {
      name: 'haproxy.cfg with the *.cfg files of conf.d beside it; that conf.d is no configuration of its own',
      files: { 'lb/haproxy.cfg': '', 'lb/conf.d/10-a.cfg': '', 'lb/conf.d/20-b.cfg': '' },
      found: ['haproxy -f lb/haproxy.cfg -f lb/conf.d'],
    },
    {
      name: 'haproxy.cfg alone when conf.d holds no *.cfg',
      files: { 'haproxy.cfg': '', 'conf.d/readme.txt': '' },
      found: ['haproxy -f haproxy.cfg'],
    },
    {
      name: 'a folder of numbered *.cfg files is one configuration',
      files: { 'haproxy.d/00-global.cfg': '', 'haproxy.d/10-shop.cfg': '', 'haproxy.d/.hidden.cfg': '' },
      found: ['haproxy -f haproxy.d'],
    },
    {
      name: 'one numbered file, or names that are not all numbered: no configuration',
      files: { 'one/00-global.cfg': '', 'mixed/00-global.cfg': '', 'mixed/shop.cfg': '' },
      found: [],
    },
    {
      name: 'node_modules and .git are not searched',
      files: { 'node_modules/x/nginx.conf': '', '.git/nginx.conf': '', 'nginx.conf': '' },
      found: ['nginx -c nginx.conf'],
    },
    {
      name: 'a folder reached twice through a link is searched once',
      files: { 'etc/nginx.conf': '', 'again': { link: 'etc' } },
      found: ['nginx -c again/nginx.conf'],
    },
    {
      name: 'declared configurations replace the search for their dialect only',
      files: { 'nginx.conf': '', 'main.conf': '', 'haproxy.cfg': '' },
      declared: { nginx: ['main.conf'], haproxy: null },
      found: ['nginx -c main.conf', 'haproxy -f haproxy.cfg'],
    },
    {
      name: 'declared for both dialects: no search at all',
      files: { 'nginx.conf': '', 'lb/a.cfg': '', 'lb/b.cfg': '' },
      declared: { nginx: [], haproxy: [['lb/a.cfg', 'lb/b.cfg']] },
      found: ['haproxy -f lb/a.cfg -f lb/b.cfg'],
    },
  ];
  for (const c of DISCOVER) {
    it(c.name, () => {
      const ws = trees.make(c.files);
      assert.deepStrictEqual(discoverConfigurations(ws, new DiskFiles(), c.declared).map(shown(ws)), c.found);
    });
  }

  const NEAR: readonly { name: string; files: Record<string, Entry>; file: string; stopAt?: string; near: readonly string[] }[] = [
    {
      name: 'a site file: the nginx.conf two folders up',
      files: { 'nginx.conf': '', 'sites-available/shop': '' },
      file: 'sites-available/shop',
      near: ['nginx -c nginx.conf'],
    },
    {
      name: 'a conf.d file of HAProxy: the haproxy.cfg above, with conf.d',
      files: { 'haproxy.cfg': '', 'conf.d/10-a.cfg': '' },
      file: 'conf.d/10-a.cfg',
      near: ['haproxy -f haproxy.cfg -f conf.d'],
    },
    {
      name: 'a numbered file: its own folder',
      files: { 'lb/00-global.cfg': '', 'lb/10-shop.cfg': '' },
      file: 'lb/10-shop.cfg',
      near: ['haproxy -f lb'],
    },
    {
      name: 'not above the folder it stops at',
      files: { 'nginx.conf': '', 'project/conf.d/a.conf': '' },
      file: 'project/conf.d/a.conf',
      stopAt: 'project',
      near: [],
    },
    {
      name: 'not above a repository root (.git)',
      files: { 'nginx.conf': '', 'repo/.git/HEAD': '', 'repo/conf.d/a.conf': '' },
      file: 'repo/conf.d/a.conf',
      near: [],
    },
  ];
  for (const c of NEAR) {
    it(`near a file: ${c.name}`, () => {
      const ws = trees.make(c.files);
      assert.deepStrictEqual(configurationsNear(path.join(ws, c.file), new DiskFiles(), c.stopAt ? path.join(ws, c.stopAt) : ws).map(shown(ws)), c.near);
    });
  }
});
