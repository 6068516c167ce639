import * as path from 'path';
import type { DocumentLink } from 'vscode-languageserver';
import { hasWildcards } from '../configuration/glob';
import type { LoadedConfiguration } from '../configuration/spec';
import type { SourceText } from '../text/sourceText';
import { toRange } from './convert';
import { pathToUri } from './workspaceConfigurations';

/** How many matches a glob's tooltip lists before it says how many more there are. */
const LISTED_MATCHES = 10;

/**
 * Links on the path of each include of a file (its text `source`), to the file it names; a glob
 * links to its first match, with every match in the tooltip, and a glob that matches nothing gets
 * no link. Includes are read by the configurations that read the file; those that read another
 * text of it (an older one) are left out.
 */
export function includeLinks(file: string, source: SourceText, configurations: readonly LoadedConfiguration[]): DocumentLink[] {
  const out: DocumentLink[] = [];
  const seen = new Set<number>();
  for (const loaded of configurations) {
    const own = loaded.files.find((f) => f.path === file);
    if (!own || own.source.text !== source.text) continue;
    const home = path.dirname(loaded.files[0]?.path ?? file);
    // Named from the entry's folder, as the include paths themselves are (messages name files from the workspace folder).
    const label = (target: string): string => {
      const rel = path.relative(home, target);
      return rel.startsWith('..') || path.isAbsolute(rel) ? (loaded.files.find((f) => f.path === target)?.label ?? target) : rel;
    };
    for (const link of loaded.links) {
      if (link.file !== file || !link.targets.length || seen.has(link.span.start)) continue;
      seen.add(link.span.start);
      const written = source.text.slice(link.span.start, link.span.end).replace(/^(["'])(.*)\1$/, '$2');
      const shown = link.targets.slice(0, LISTED_MATCHES).map(label);
      const more = link.targets.length > LISTED_MATCHES ? [`and ${link.targets.length - LISTED_MATCHES} more`] : [];
      const tooltip = hasWildcards(written)
        ? `${link.targets.length} file${link.targets.length === 1 ? '' : 's'} match${link.targets.length === 1 ? 'es' : ''}, in the order the server reads them: ${[...shown, ...more].join(', ')}`
        : `Open ${shown[0]}`;
      out.push({ range: toRange(source, link.span), target: pathToUri(link.targets[0]), tooltip });
    }
  }
  return out;
}
