import type { SymbolKind } from 'vscode-languageserver';
import type { ParsedConfig } from '../engine/linter';
import type { Span } from '../text/span';
import { haproxyNames, haproxyNamedBlocks } from './haproxy/names';
import { nginxNames, nginxNamedBlocks } from './nginx/names';

/** One place a configuration writes a name that stands for something defined elsewhere (or here). */
export interface NameOccurrence {
  /** The name itself (no `$`, no quotes, no scheme), in the model's text. */
  readonly span: Span;
  /** What the name stands for: occurrences with the same symbol name the same thing. */
  readonly symbol: string;
  /** True where the thing is defined (`upstream app {`, `map $a $b {`, `backend app`). */
  readonly definition: boolean;
  /** Where a cursor finds it, when more than the name (`$pool`, `${pool}`); else `span`. */
  readonly reach?: Span;
}

/** A thing names stand for: an upstream, a map variable, a backend, a defaults or peers section. */
export interface NamedSymbol {
  /** `upstream app`, `variable $pool`, `backend shop`: how messages name it. */
  readonly label: string;
  /** The name as written at its definition (or at its first use, when it has none). */
  readonly name: string;
  /** True when the configuration defines it (an upstream block, a map, a section). */
  readonly defined: boolean;
}

/** The names of one model, as navigation reads them (definitions, references, renames). */
export interface NameTable {
  /** Sorted by position. */
  readonly occurrences: readonly NameOccurrence[];
  readonly symbols: ReadonlyMap<string, NamedSymbol>;
  /** What rename works on in this dialect, for the message where it does not. */
  readonly renameable: string;
  /**
   * Why the symbol's name cannot become `newName` (not a valid name, or one already taken), or
   * null when it can. `newName` is what the user typed (a variable with or without its `$`).
   */
  renameProblem(symbol: string, newName: string): string | null;
  /** The text that replaces each occurrence's span for `newName` (a variable's `$` stripped). */
  replacement(symbol: string, newName: string): string;
}

/** A block worth finding from anywhere in the workspace: an upstream, a server, a proxy section. */
export interface NamedBlock {
  readonly name: string;
  readonly kind: SymbolKind;
  /** Its name (the first `server_name` of a server). */
  readonly selection: Span;
  /** `upstream`, `server`, `backend`: what the block is, for the symbol's container. */
  readonly what: string;
}

const tables = new WeakMap<ParsedConfig, NameTable>();

/** The names of a model; `text` is the text its offsets index. Built once per model. */
export function namesOf(config: ParsedConfig, text: string): NameTable {
  let table = tables.get(config);
  if (!table) {
    table = config.dialect === 'nginx' ? nginxNames(config) : haproxyNames(config, text);
    tables.set(config, table);
  }
  return table;
}

const blocks = new WeakMap<ParsedConfig, readonly NamedBlock[]>();

/** The blocks of a model that the workspace symbol search finds; listed once per model (the search runs per keystroke). */
export function namedBlocks(config: ParsedConfig, text: string): readonly NamedBlock[] {
  let list = blocks.get(config);
  if (!list) {
    list = config.dialect === 'nginx' ? nginxNamedBlocks(config) : haproxyNamedBlocks(config, text);
    blocks.set(config, list);
  }
  return list;
}

/** The occurrence whose name holds the offset (its end included, as an editor's cursor after a word). */
export function occurrenceAt(table: NameTable, offset: number): NameOccurrence | null {
  let low = 0;
  let high = table.occurrences.length - 1;
  let found: NameOccurrence | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const o = table.occurrences[mid];
    const reach = o.reach ?? o.span;
    if (reach.start <= offset) {
      if (offset <= reach.end) found = o;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Sorts occurrences by position; the builders call it last. */
export function sortedOccurrences(list: NameOccurrence[]): NameOccurrence[] {
  return list.sort((a, b) => (a.reach ?? a.span).start - (b.reach ?? b.span).start || a.span.end - b.span.end);
}
