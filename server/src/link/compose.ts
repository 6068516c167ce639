import * as path from 'path';
import type { ManifestModel, MNode } from '../manifest/model';
import { mapAt, textOf, valueAt } from '../manifest/model';
import type { AppMapping, ComposeServiceRef } from './model';

/** The services of a compose file with the folder each is built from and the names it answers to. */
export function composeRefsOf(model: ManifestModel): ComposeServiceRef[] {
  const folder = path.dirname(model.file);
  return model.compose.map((service) => {
    const build = valueAt(service.node, 'build');
    const context = build?.kind === 'scalar' ? textOf(build) : textOf(valueAt(build, 'context'));
    const aliases: string[] = [];
    for (const key of ['hostname', 'container_name']) {
      const v = textOf(valueAt(service.node, key));
      if (v) aliases.push(v);
    }
    const networks = mapAt(service.node, 'networks');
    for (const pair of networks?.pairs ?? []) {
      const list: MNode | undefined = valueAt(pair.value, 'aliases');
      if (list?.kind === 'seq') for (const item of list.items) if (textOf(item)) aliases.push(textOf(item)!);
    }
    // A build context that is a URL (git repository) is no folder of the workspace.
    const local = context && !/^[a-z]+:\/\//i.test(context) && !context.startsWith('git@') ? path.resolve(folder, context) : null;
    const replicas = Number(textOf(valueAt(service.node, 'deploy', 'replicas')) ?? textOf(valueAt(service.node, 'scale')) ?? 1);
    return { name: service.name, file: model.file, buildContext: local, aliases, replicas: Number.isInteger(replicas) && replicas > 0 ? replicas : 1 };
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `.affinity-lint.json` `apps`: `[{ "path": "services/web", "behind": ["shop", "web_backend"] }]`,
 * an application folder (relative to the file) and the upstreams or backends in front of it.
 */
export function appMappingsOf(raw: unknown, declaredIn: string): { mappings: AppMapping[]; warnings: string[] } {
  const mappings: AppMapping[] = [];
  const warnings: string[] = [];
  if (!isRecord(raw) || raw.apps === undefined) return { mappings, warnings };
  if (!Array.isArray(raw.apps)) return { mappings, warnings: ['apps: expected a list of { "path": "...", "behind": ["upstream or backend name", ...] }'] };
  raw.apps.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.path !== 'string' || !Array.isArray(entry.behind) || !entry.behind.every((b) => typeof b === 'string')) {
      warnings.push(`apps[${i}]: expected { "path": "...", "behind": ["upstream or backend name", ...] }`);
      return;
    }
    mappings.push({ folder: path.resolve(path.dirname(declaredIn), entry.path), groups: entry.behind as string[], declaredIn });
  });
  return { mappings, warnings };
}
