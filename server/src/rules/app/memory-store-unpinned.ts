import { storeOf } from '../../app/linkFacts';
import type { AppModel } from '../../app/model';
import { SHARED_STORE_GUIDE } from '../docs';
import type { KindRule } from '../types';

/**
 * An app that keeps sessions in process memory, behind a load balancer that spreads its requests
 * over several servers with no affinity: a session exists on one instance only, so the requests
 * that land on the others find none. Needs the workspace's links (link/): the CLI's walk, the
 * editor's workspace.
 */
export const appMemoryStoreUnpinned: KindRule<AppModel> = {
  meta: {
    id: 'app/memory-store-unpinned',
    dialect: 'app',
    severity: 'error',
    summary: 'Sessions in process memory behind an NGINX upstream or HAProxy backend of several servers with no affinity: most requests find no session',
    fixable: false,
    guides: [SHARED_STORE_GUIDE],
  },
  checkModel(context, input) {
    const workspace = input.workspace;
    if (!workspace) return;
    const links = workspace.groupsInFrontOf(context.config.file);
    if (links.length === 0) return;
    for (const setup of context.config.sessions) {
      const { store, label } = storeOf(setup);
      if (store !== 'memory') continue;
      for (const link of links) {
        if (link.app.span.start !== setup.call.start || link.group.affinity !== null) continue;
        const servers = link.servers;
        if (servers < 2) continue;
        const where = workspace.label(link.group.file);
        context.report({
          message:
            `${link.group.kind === 'upstream' ? 'NGINX upstream' : 'HAProxy backend'} '${link.group.name}' (${where}) spreads this app's requests over ${servers} servers with no affinity, ` +
            `and its sessions live in ${label}: a session exists on one instance only, so the requests that land on another find none (users are logged out, carts empty). ` +
            `Keep sessions in a shared store such as Redis (app/in-process-store offers the fix), or pin clients with cookie affinity. Linked because ${link.reason}.`,
          span: setup.callee,
          related: [{ message: `${link.group.kind} '${link.group.name}': ${servers} servers, no affinity`, span: link.group.span, file: link.group.file }],
        });
      }
    }
  },
};
