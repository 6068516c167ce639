import * as path from 'path';
import type { SymbolInformation } from 'vscode-languageserver';
import { namedBlocks } from '../navigation/names';
import { toRange } from './convert';
import type { NavigationScope } from './navigation';

/** A scope of the workspace and how its files are named in symbol containers. */
export interface SymbolScope {
  readonly scope: NavigationScope;
  /** The label of a file (`conf.d/upstreams.conf`), by URI. */
  label(uri: string): string;
}

/** How many symbols one search returns at most. */
export const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * How well a name matches a query, case aside: 3 equal, 2 starts with it, 1 holds it, 0 holds its
 * characters in order (`shpapi` finds `shop_api`); null when it does not match.
 */
export function matchQuality(name: string, query: string): number | null {
  const n = name.toLowerCase();
  const q = query.toLowerCase().trim();
  if (n === q) return 3;
  if (n.startsWith(q)) return 2;
  if (n.includes(q)) return 1;
  let at = 0;
  for (const c of q) {
    at = n.indexOf(c, at);
    if (at < 0) return null;
    at++;
  }
  return 0;
}

/**
 * The upstreams, servers and HAProxy proxies, defaults and peers of every scope that match the
 * query, best matches first; each once, though several configurations read its file.
 */
export function workspaceSymbols(scopes: readonly SymbolScope[], query: string): SymbolInformation[] {
  const found: { info: SymbolInformation; quality: number }[] = [];
  const seen = new Set<string>();
  for (const { scope, label } of scopes) {
    for (const block of namedBlocks(scope.config, scope.text)) {
      const quality = matchQuality(block.name, query);
      if (quality === null) continue;
      const name = scope.locate(block.selection);
      if (!name) continue;
      const key = `${name.uri}\0${name.span.start}\0${block.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        info: { name: block.name, kind: block.kind, location: { uri: name.uri, range: toRange(name.source, name.span) }, containerName: `${block.what} in ${label(name.uri)}` },
        quality,
      });
    }
  }
  found.sort((a, b) => b.quality - a.quality || a.info.name.localeCompare(b.info.name) || a.info.location.uri.localeCompare(b.info.location.uri));
  return found.slice(0, MAX_WORKSPACE_SYMBOLS).map((f) => f.info);
}

/** A file's label for a document alone: its name. */
export function baseLabel(uri: string): string {
  return path.posix.basename(uri);
}
