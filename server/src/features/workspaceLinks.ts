import * as fs from 'fs';
import * as path from 'path';
import { collectFiles } from '../cli/files';
import { ProjectConfigFinder, PROJECT_CONFIG_FILE } from '../engine/projectConfig';
import { appMappingsOf } from '../link/compose';
import type { AppMapping } from '../link/model';
import { buildWorkspaceLinks, type WorkspaceLinkSet } from '../link/workspaceIndex';
import type { ConfigParser } from '../parsing/configParser';

export interface EditorLinksDeps {
  readonly parser: ConfigParser;
  /** The workspace folders, as paths. */
  folders(): readonly string[];
  /** The text of an open document at this path (unsaved edits count), else null. */
  openText(file: string): string | null;
  /** The links changed: what depends on them is linted again. */
  changed(): void;
  log(message: string): void;
}

/** How long after the last trigger the workspace is read again (a save, a file created, settings). */
const REBUILD_DELAY_MS = 400;

/**
 * The links of the editor's workspace between load balancers and apps (link/): read from the
 * workspace folders (open documents' texts over the disk) when the server starts and again after
 * saves, files changed on disk and settings changes. Those who read them get the last links built
 * (null while none are, or when no app holds a session set-up).
 */
export class EditorLinks {
  private links: WorkspaceLinkSet | null = null;
  private signature = '';
  private timer: NodeJS.Timeout | null = null;
  private building: Promise<void> = Promise.resolve();
  private readonly projects = new ProjectConfigFinder();

  constructor(private readonly deps: EditorLinksDeps) {}

  current(): WorkspaceLinkSet | null {
    return this.links;
  }

  /** Reads the workspace again soon (triggers that come together make one read). */
  refresh(delay = REBUILD_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.building = this.building.then(() => this.build()).catch((e: unknown) => this.deps.log(`reading the workspace's apps and load balancers failed: ${(e as Error)?.stack ?? String(e)}`));
    }, delay);
  }

  /** Resolves when the reads asked for so far are done (tests). */
  async settled(): Promise<void> {
    while (this.timer) await new Promise((r) => setTimeout(r, 20));
    await this.building;
  }

  private mappings(folders: readonly string[]): AppMapping[] {
    this.projects.clear();
    const out: AppMapping[] = [];
    for (const folder of folders) {
      const project = this.projects.forFile(path.join(folder, PROJECT_CONFIG_FILE));
      if (!project || project.error) continue;
      out.push(...appMappingsOf(project.raw, project.file).mappings);
    }
    return out;
  }

  private async build(): Promise<void> {
    const folders = this.deps.folders();
    const { files } = collectFiles(folders);
    const read = async (file: string): Promise<string | null> => this.deps.openText(file) ?? (await fs.promises.readFile(file, 'utf8').catch(() => null));
    const links = folders.length ? await buildWorkspaceLinks({ files: files.map((f) => f.path), read, parser: this.deps.parser, mappings: this.mappings(folders), base: folders[0] }) : null;
    const signature = JSON.stringify(links?.links.map((l) => [l.group.file, l.group.name, l.group.affinity, l.app.file, l.app.store, l.app.span.start, l.reason]) ?? null);
    this.links = links;
    if (signature === this.signature) return;
    this.signature = signature;
    this.deps.changed();
  }
}
