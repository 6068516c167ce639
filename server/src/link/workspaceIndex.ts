import * as path from 'path';
import { detectDialect } from '../engine/dialect';
import { DEFAULT_SETTINGS, type LintSettings } from '../engine/settings';
import type { FileKind, KindFiles, WorkspaceLinks } from '../kinds/fileKind';
import { kindOfName } from '../kinds/registry';
import type { ConfigParser } from '../parsing/configParser';
import { SourceText } from '../text/sourceText';
import { linksOf, type WorkspaceLinkIndex } from './associate';
import { haproxyGroups, nginxGroups } from './groups';
import type { AppMapping, AppSessions, BalancedGroup, ComposeServiceRef, GroupAppLink } from './model';

/** The links of a workspace, with the lookups the rules and the fixes ask for. */
export class WorkspaceLinkSet implements WorkspaceLinks {
  constructor(
    readonly index: WorkspaceLinkIndex,
    readonly links: readonly GroupAppLink[],
  ) {}

  groupsInFrontOf(file: string): readonly GroupAppLink[] {
    return this.links.filter((l) => l.app.file === file);
  }

  linksOfGroupsIn(file: string): readonly GroupAppLink[] {
    return this.links.filter((l) => l.group.file === file);
  }

  label(file: string): string {
    return this.index.label(file);
  }

  /**
   * The links as a file of the walk sees them when the linter names it `name` rather than by the
   * real path the links were built with.
   */
  forFile(real: string, name: string): WorkspaceLinks {
    return { groupsInFrontOf: (file) => this.groupsInFrontOf(file === name ? real : file), label: (file) => this.label(file) };
  }
}

export interface LinkSources {
  /** The files of the workspace (or of the CLI's walk): configurations, manifests, app code. */
  readonly files: readonly string[];
  readonly read: KindFiles['read'];
  readonly parser: ConfigParser;
  readonly settingsFor?: (file: string) => LintSettings | null;
  readonly mappings: readonly AppMapping[];
  /** The folder messages name files from. */
  readonly base: string;
}

/**
 * Reads what the workspace's files say about apps, compose services and load balancers, and links
 * them (associate.ts). Null when no file holds an application's session set-up: there is nothing
 * to link, and the configurations are not read a second time.
 */
export async function buildWorkspaceLinks(sources: LinkSources): Promise<WorkspaceLinkSet | null> {
  const apps: AppSessions[] = [];
  const compose: ComposeServiceRef[] = [];
  const others: string[] = [];
  const byRole: Record<'apps' | 'services', { file: string; kind: FileKind }[]> = { apps: [], services: [] };
  for (const file of sources.files) {
    const kind = kindOfName(file);
    if (!kind) others.push(file);
    else if (kind.linkFacts) byRole[kind.linkTells ?? 'services'].push({ file, kind });
  }
  const readFacts = async ({ file, kind }: { file: string; kind: FileKind }): Promise<void> => {
    const text = await sources.read(file);
    if (text === null) return;
    const input = { file, text, source: new SourceText(text), settings: sources.settingsFor?.(file) ?? DEFAULT_SETTINGS, files: { read: sources.read } };
    const reading = await kind.read(input);
    if (!reading.model) return;
    const facts = kind.linkFacts!(reading.model, input);
    apps.push(...(facts.apps ?? []));
    compose.push(...(facts.compose ?? []));
  };
  // The apps first: without one there is nothing to link, and no manifest or configuration is read.
  for (const entry of byRole.apps) await readFacts(entry);
  if (apps.length === 0) return null;
  for (const entry of byRole.services) await readFacts(entry);
  const groups: BalancedGroup[] = [];
  for (const file of others) {
    const text = await sources.read(file);
    if (text === null) continue;
    const verdict = await detectDialect(sources.parser, file, text);
    if (verdict.kind !== 'config') continue;
    const config = await sources.parser.parse(verdict.dialect, text);
    groups.push(...(config.dialect === 'nginx' ? nginxGroups(config, () => file) : haproxyGroups(config, () => file)));
  }
  const label = (file: string): string => {
    const rel = path.relative(sources.base, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
  };
  const index: WorkspaceLinkIndex = { groups, apps, compose, mappings: sources.mappings, label };
  return new WorkspaceLinkSet(index, linksOf(index));
}
