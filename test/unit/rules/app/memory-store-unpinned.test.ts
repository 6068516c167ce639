import { APP_KIND } from '../../../../server/src/app/kind';
import type { WorkspaceLinks } from '../../../../server/src/kinds/fileKind';
import type { BalancedGroup, GroupAppLink } from '../../../../server/src/link/model';
import { appMemoryStoreUnpinned } from '../../../../server/src/rules/app/memory-store-unpinned';
import { serverCount } from '../../../../server/src/link/groups';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const APP = '/project/app/server.js';

function group(servers: number, affinity: string | null = null, kind: 'upstream' | 'backend' = 'upstream'): BalancedGroup {
  return {
    dialect: kind === 'upstream' ? 'nginx' : 'haproxy',
    kind,
    name: 'shop',
    file: '/project/nginx.conf',
    span: { start: 20, end: 33 },
    extent: { start: 20, end: 90 },
    servers: Array.from({ length: servers }, (_, i) => ({ host: `app${i + 1}`, port: 3000, count: 1 })),
    affinity,
  };
}

/** The links the workspace would give: the group in front of the set-up that starts at `callStart`. */
function workspace(g: BalancedGroup, callStart: number, reason = "server app1:3000 is compose service 'app1' (compose.yaml), built from app", servers = serverCount(g)): WorkspaceLinks {
  const link: GroupAppLink = { group: g, app: { file: APP, folder: '/project/app', store: 'memory', storeLabel: 'x', span: { start: callStart, end: callStart + 1 } }, reason, servers };
  return { groupsInFrontOf: (file) => (file === APP ? [link] : []), label: (file) => file.replace('/project/', '') };
}

const MEMORY = "const session = require('express-session');\napp.use(session({ secret: process.env.SECRET }));\n";
const CALL = MEMORY.indexOf('session({');
const REDIS = "const session = require('express-session');\nconst { RedisStore } = require('connect-redis');\napp.use(session({ store: new RedisStore({ client }), secret: s }));\n";

kindRuleTester(
  APP_KIND,
  appMemoryStoreUnpinned,
  {
    valid: [
      { name: 'no workspace links (a file linted alone)', code: MEMORY },
      { name: 'the upstream pins clients (cookie affinity)', code: MEMORY, workspace: workspace(group(2, 'sticky cookie srv_id'), CALL) },
      { name: 'a single server: nothing to spread over', code: MEMORY, workspace: workspace(group(1), CALL) },
      { name: 'sessions in Redis behind round robin: the shared-store pattern', code: REDIS, workspace: workspace(group(2), REDIS.indexOf('session({')) },
      { name: 'koa-session keeps the session in the cookie', code: "const session = require('koa-session');\napp.use(session({ key: 'k' }, app));\n", workspace: workspace(group(2), 48) },
    ],
    invalid: [
      {
        name: 'MemoryStore behind an NGINX upstream of two compose services, no affinity',
        code: MEMORY,
        workspace: workspace(group(2), CALL),
        errors: [
          {
            line: 2,
            column: 9,
            endColumn: 16,
            message:
              /^NGINX upstream 'shop' \(nginx\.conf\) spreads this app's requests over 2 servers with no affinity, and its sessions live in MemoryStore \(express-session's default\): .* Linked because server app1:3000 is compose service 'app1' \(compose\.yaml\), built from app\.$/,
          },
        ],
        output: null,
      },
      {
        name: 'one server line naming a compose service of 3 replicas: 3 servers behind one name',
        code: MEMORY,
        workspace: workspace(group(1), CALL, "server app1:3000 is compose service 'app1' (compose.yaml), built from app", 3),
        errors: [{ line: 2, message: /^NGINX upstream 'shop' \(nginx\.conf\) spreads this app's requests over 3 servers with no affinity/ }],
        output: null,
      },
      {
        name: 'memorystore behind a HAProxy backend of a three-server template',
        code: "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\napp.use(session({ store: new MemoryStore({ checkPeriod: 864e5 }), secret: s }));\n",
        workspace: workspace({ ...group(1, null, 'backend'), servers: [{ host: 'web', port: 3000, count: 3 }] }, 105, '.affinity-lint.json maps backend \'shop\' to app'),
        errors: [{ line: 3, message: /^HAProxy backend 'shop' \(nginx\.conf\) spreads this app's requests over 3 servers with no affinity, and its sessions live in memorystore \(process memory\)/ }],
        output: null,
      },
    ],
  },
  { defaultFile: 'app/server.js' },
);
