import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CATALOGUE_PAGE, type DocPage } from './docs';

/**
 * The shipped `docs/` folder: beside `dist/` in the VSIX and the npm package (the bundles run from
 * `dist/`), at the repository root when the sources run compiled from `out/server/src/rules/`.
 */
const CANDIDATES = [path.join(__dirname, '..', 'docs'), path.join(__dirname, '..', '..', '..', '..', 'docs')];

let found: string | null | undefined;

export function docsFolder(): string | null {
  found ??= CANDIDATES.find((dir) => fs.existsSync(path.join(dir, CATALOGUE_PAGE))) ?? null;
  return found;
}

/** Pages looked up so far: a publish links every diagnostic, and the shipped pages do not change. */
const files = new Map<DocPage, string | null>();

/** The page's file, or null when it does not exist (no docs folder, or no such page). */
export function pageFile(page: DocPage): string | null {
  let file = files.get(page);
  if (file === undefined) {
    const folder = docsFolder();
    const candidate = folder ? path.join(folder, ...page.split('/')) : null;
    file = candidate && fs.existsSync(candidate) ? candidate : null;
    files.set(page, file);
  }
  return file;
}

/** The page's `file:` URI, for clients that open files but know nothing of our commands. */
export function pageFileUri(page: DocPage): string | null {
  const file = pageFile(page);
  return file ? pathToFileURL(file).href : null;
}

/** The page's Markdown, or null when it is not there. */
export function readPage(page: DocPage): string | null {
  const file = pageFile(page);
  return file ? fs.readFileSync(file, 'utf8') : null;
}
