import * as path from 'path';
import type { AppMapping, AppSessions, BalancedGroup, ComposeServiceRef, GroupAppLink } from './model';

/** Everything a workspace says about its groups, apps and compose services. */
export interface WorkspaceLinkIndex {
  readonly groups: readonly BalancedGroup[];
  readonly apps: readonly AppSessions[];
  readonly compose: readonly ComposeServiceRef[];
  readonly mappings: readonly AppMapping[];
  /** Names files in messages (relative to the workspace folder or the working folder). */
  label(file: string): string;
}

function inside(folder: string, child: string): boolean {
  const rel = path.relative(folder, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The links of a workspace between groups and apps, in three ways, each said in the reason:
 * 1. `.affinity-lint.json` `apps` names the groups in front of an application folder;
 * 2. a server's host is a compose service built from the app's folder (`server web:3000`, compose
 *    service `web` with `build: ./app`);
 * 3. the load balancer's file sits in the application's own folder and no other app shares it.
 */
export function linksOf(index: WorkspaceLinkIndex): GroupAppLink[] {
  const links: GroupAppLink[] = [];
  const seen = new Set<string>();
  const serviceOf = (host: string | null): ComposeServiceRef | undefined => (host ? index.compose.find((s) => s.name === host || s.aliases.includes(host)) : undefined);
  const servers = (group: BalancedGroup): number => group.servers.reduce((n, s) => n + s.count * (serviceOf(s.host)?.replicas ?? 1), 0);
  const add = (group: BalancedGroup, app: AppSessions, reason: string): void => {
    const key = `${group.file}\0${group.name}\0${app.file}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ group, app, reason, servers: servers(group) });
  };
  for (const mapping of index.mappings) {
    for (const app of index.apps.filter((a) => inside(mapping.folder, a.file))) {
      for (const group of index.groups.filter((g) => mapping.groups.includes(g.name))) {
        add(group, app, `${index.label(mapping.declaredIn)} maps ${group.kind} '${group.name}' to ${index.label(mapping.folder) || '.'}`);
      }
    }
  }
  for (const group of index.groups) {
    for (const server of group.servers) {
      if (!server.host) continue;
      const service = serviceOf(server.host);
      if (!service?.buildContext) continue;
      for (const app of index.apps.filter((a) => inside(service.buildContext!, a.file))) {
        const address = server.port === null ? server.host : `${server.host}:${server.port}`;
        add(group, app, `server ${address} is compose service '${service.name}' (${index.label(service.file)}), built from ${index.label(service.buildContext) || '.'}`);
      }
    }
  }
  for (const group of index.groups) {
    const owners = index.apps.filter((a) => inside(a.folder, group.file));
    const folders = new Set(owners.map((a) => a.folder));
    if (folders.size !== 1) continue;
    for (const app of owners) add(group, app, `${index.label(group.file)} sits in the app's folder ${index.label(app.folder) || '.'}`);
  }
  return links;
}

/** How a group's apps keep their sessions, in words for a fix title; null when no app is linked. */
export function sessionEvidence(links: readonly GroupAppLink[], label: (file: string) => string): string | null {
  if (links.length === 0) return null;
  const memory = links.filter((l) => l.app.store === 'memory');
  if (memory.length) {
    const l = memory[0];
    return `but ${label(l.app.file)} keeps sessions in process memory (${l.app.storeLabel}): move them to a shared store first; linked because ${l.reason}`;
  }
  const shared = links.filter((l) => l.app.store === 'shared');
  if (shared.length === links.length) {
    const l = shared[0];
    return `${label(l.app.file)} keeps sessions in ${l.app.storeLabel}; linked because ${l.reason}`;
  }
  const l = links[0];
  return `${label(l.app.file)}: where sessions live could not be told (${l.app.storeLabel}); linked because ${l.reason}`;
}
