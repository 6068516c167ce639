import * as fs from 'fs';
import * as path from 'path';

export const PROJECT_CONFIG_FILE = '.affinity-lint.json';

/** A `.affinity-lint.json` as found: its path and its settings, or why it could not be read. */
export interface ProjectConfig {
  readonly file: string;
  readonly raw: unknown;
  readonly error: string | null;
}

/**
 * Finds the `.affinity-lint.json` that governs a file: the nearest one in its folder or above,
 * stopping after a repository root (a folder with `.git`) so that a checkout's settings never leak
 * in from a parent folder. Results are cached per folder; `clear` forgets them.
 */
export class ProjectConfigFinder {
  private readonly byDir = new Map<string, ProjectConfig | null>();

  clear(): void {
    this.byDir.clear();
  }

  forFile(file: string): ProjectConfig | null {
    return this.forDir(path.dirname(path.resolve(file)));
  }

  private forDir(dir: string): ProjectConfig | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    let found: ProjectConfig | null = null;
    const candidate = path.join(dir, PROJECT_CONFIG_FILE);
    if (fs.existsSync(candidate)) found = readProjectConfig(candidate);
    else if (!fs.existsSync(path.join(dir, '.git'))) {
      const parent = path.dirname(dir);
      if (parent !== dir) found = this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}

export function readProjectConfig(file: string): ProjectConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, raw: null, error: `cannot read ${file}: ${(e as Error).message}` };
  }
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { file, raw: null, error: `${file}: expected a JSON object` };
    return { file, raw, error: null };
  } catch (e) {
    return { file, raw: null, error: `${file}: invalid JSON (${(e as Error).message})` };
  }
}
