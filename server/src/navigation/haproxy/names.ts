import { SymbolKind } from 'vscode-languageserver';
import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../../model/haproxy';
import type { Span } from '../../text/span';
import { sortedOccurrences, type NamedBlock, type NamedSymbol, type NameOccurrence, type NameTable } from '../names';

/** What HAProxy accepts in a proxy, defaults or peers name (its invalid_char check). */
const VALID_NAME = /^[A-Za-z0-9_.:-]+$/;

const PROXIES: ReadonlySet<string> = new Set(['frontend', 'backend', 'listen']);

/**
 * The sections whose names a section's name must differ from: a frontend and a backend may share
 * one (they do different work), a listen is both; defaults and peers only among themselves.
 */
function rivals(kind: string): string[] {
  if (kind === 'backend') return ['backend', 'listen'];
  if (kind === 'frontend') return ['frontend', 'listen'];
  return kind === 'listen' ? [...PROXIES] : [kind];
}

/** The words of a section header after its keyword, with their spans (the model keeps only their values). */
function headerWords(section: HaproxySection, text: string): { word: string; span: Span }[] {
  const from = section.keywordSpan.end;
  const header = text.slice(from, section.headerSpan.end);
  return [...header.matchAll(/\S+/g)].map((m) => ({ word: m[0], span: { start: from + m.index, end: from + m.index + m[0].length } }));
}

/** `table <name>` in a stick rule or a track-sc action: the argument naming the table. */
function tableArgument(d: HaproxyDirective): HaproxyDirective['args'][number] | null {
  const words = d.args.map((a) => a.value);
  const stick = d.keyword === 'stick' && ['on', 'match', 'store-request', 'store-response'].includes(words[0]);
  const track = /^(http|tcp)-(request|response)$/.test(d.keyword) && words.some((w) => /^track-sc\d+$/.test(w));
  if (!stick && !track) return null;
  const at = words.indexOf('table');
  return at > 0 ? d.args[at + 1] ?? null : null;
}

/** Sample fetches that name a backend (`nbsrv(shop)`, `srv_is_up(shop/s1)`): the name is the first argument. */
const BACKEND_FETCH = /\b(?:nbsrv|be_conn|be_conn_free|be_sess_rate|avg_queue|queue|connslots|srv_is_up|srv_conn|srv_conn_free|srv_sess_rate|srv_queue)\(([A-Za-z0-9_.:-]+)[/)]/g;
/** Sample fetches that name a stick table (`table_cnt(shop)`). */
const TABLE_FETCH = /\btable_\w+\(([A-Za-z0-9_.:-]+)\)/g;

/** The backend and table names fetches write in a text at `base` (an argument, a condition). */
function fetchNames(text: string, base: number): { kind: 'backend' | 'table'; name: string; span: Span }[] {
  const out: { kind: 'backend' | 'table'; name: string; span: Span }[] = [];
  for (const [kind, pattern] of [['backend', BACKEND_FETCH], ['table', TABLE_FETCH]] as const) {
    for (const m of text.matchAll(pattern)) {
      const start = base + m.index + m[0].indexOf('(') + 1;
      out.push({ kind, name: m[1], span: { start, end: start + m[1].length } });
    }
  }
  return out;
}

/** The argument after `peers` in a `stick-table` line. */
function peersArgument(d: HaproxyDirective): HaproxyDirective['args'][number] | null {
  if (d.keyword !== 'stick-table') return null;
  const at = d.args.findIndex((a) => a.value === 'peers');
  return at >= 0 ? d.args[at + 1] ?? null : null;
}

/**
 * The names of a HAProxy model: backends (a `backend` or `listen` named by `use_backend`,
 * `default_backend` and fetches such as `nbsrv(name)`), the proxies whose stick table stick rules,
 * track-sc actions and `table_*` fetches name, the tables of `peers` sections, the `defaults`
 * sections `from` names and the `peers` sections a `stick-table` names. Each reference is resolved
 * as HAProxy resolves it (the first section of the name; `from` as the model resolved it).
 */
export function haproxyNames(config: HaproxyConfig, text: string): NameTable {
  const occurrences: NameOccurrence[] = [];
  const symbols = new Map<string, NamedSymbol>();
  const ids = new Map<HaproxySection, string>();
  const sectionSymbol = (s: HaproxySection): string => {
    let id = ids.get(s);
    if (!id) {
      id = `section:${s.kind}:${s.keywordSpan.start}`;
      ids.set(s, id);
    }
    return id;
  };
  const byName = new Map<string, HaproxySection[]>();
  for (const s of config.sections) if (s.name !== null) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  /** The first section of these kinds with this name (HAProxy resolves a name to the first). */
  const firstNamed = (kinds: readonly string[], name: string, test: (s: HaproxySection) => boolean = () => true): HaproxySection | null =>
    byName.get(name)?.find((s) => kinds.includes(s.kind) && test(s)) ?? null;
  /** The proxy whose stick table a `table` name means. */
  const tableOwner = (name: string): HaproxySection | null => firstNamed([...PROXIES], name, (p) => p.directives.some((x) => x.keyword === 'stick-table'));
  /** Why a defined symbol cannot take a name (one already taken), by symbol. */
  const conflicts = new Map<string, { what: string; conflict: (newName: string) => string | null }>();
  const reference = (span: Span, name: string, target: HaproxySection | string | null, what: string): void => {
    const symbol = target === null ? `unresolved:${what}:${name}` : typeof target === 'string' ? target : sectionSymbol(target);
    occurrences.push({ span, symbol, definition: false });
    if (!symbols.has(symbol)) symbols.set(symbol, { label: `${what} ${name}`, name, defined: false });
  };
  /** `table <peers>/<table>` names a table of a peers section; its peers part names the section. */
  const peersTable = (arg: HaproxyDirective['args'][number]): void => {
    const [peersName, tableName] = arg.value.split('/');
    const peers = firstNamed(['peers'], peersName);
    reference({ start: arg.span.start, end: arg.span.start + peersName.length }, peersName, peers, 'peers');
    const line = peers?.directives.find((x) => x.keyword === 'table' && x.args[0]?.value === tableName);
    const start = arg.span.start + peersName.length + 1;
    reference({ start, end: start + tableName.length }, arg.value, line ? tableSymbol(peers!, tableName) : null, 'table');
  };
  const tableSymbol = (peers: HaproxySection, name: string): string => `${sectionSymbol(peers)}:table:${name}`;

  for (const s of config.sections) {
    const words = headerWords(s, text);
    const nameWord = s.name !== null ? words.find((w) => w.word === s.name) : undefined;
    if (nameWord && (PROXIES.has(s.kind) || s.kind === 'defaults' || s.kind === 'peers')) {
      const symbol = sectionSymbol(s);
      const first = firstNamed(rivals(s.kind), s.name!) === s;
      occurrences.push({ span: nameWord.span, symbol, definition: true });
      symbols.set(symbol, { label: `${s.kind} ${s.name}`, name: s.name!, defined: first });
      conflicts.set(symbol, {
        what: `${s.kind} name`,
        conflict: (newName) => {
          const taken = firstNamed(rivals(s.kind), newName);
          return taken && taken !== s ? `a ${taken.kind} named ${newName} already exists` : null;
        },
      });
    }
    if (s.fromName !== null) {
      const at = words.findIndex((w) => w.word === 'from');
      const word = at >= 0 ? words[at + 1] : undefined;
      if (word) reference(word.span, s.fromName, s.defaults?.name === s.fromName ? s.defaults : null, 'defaults');
    }
    for (const d of s.directives) {
      if (d.prefix !== null) continue;
      const target = (d.keyword === 'use_backend' || d.keyword === 'default_backend') ? d.args[0] : null;
      if (target && !target.value.includes('%') && !target.quoted) reference(target.span, target.value, firstNamed(['backend', 'listen'], target.value), 'backend');
      const table = tableArgument(d);
      if (table && !table.quoted && /^[^/]+\/[^/]+$/.test(table.value)) peersTable(table);
      else if (table && !table.quoted) {
        reference(table.span, table.value, tableOwner(table.value), 'table');
      }
      const texts = [...d.args.map((a) => ({ text: a.raw, base: a.span.start })), ...(d.condition ? [{ text: d.condition.text, base: d.condition.span.start }] : [])];
      for (const { text: written, base } of texts) {
        if (!written.includes('(')) continue;
        for (const f of fetchNames(written, base)) reference(f.span, f.name, f.kind === 'backend' ? firstNamed(['backend', 'listen'], f.name) : tableOwner(f.name), f.kind);
      }
      const peers = peersArgument(d);
      if (peers && !peers.quoted) reference(peers.span, peers.value, firstNamed(['peers'], peers.value), 'peers');
      if (s.kind === 'peers' && s.name !== null && d.keyword === 'table' && d.args[0] && !d.args[0].quoted) {
        const name = d.args[0].value;
        const symbol = tableSymbol(s, name);
        const first = s.directives.find((x) => x.keyword === 'table' && x.args[0]?.value === name) === d;
        occurrences.push({ span: d.args[0].span, symbol, definition: true });
        symbols.set(symbol, { label: `table ${s.name}/${name}`, name, defined: first });
        conflicts.set(symbol, {
          what: 'table name',
          conflict: (newName) => (s.directives.some((x) => x !== d && x.keyword === 'table' && x.args[0]?.value === newName) ? `peers ${s.name} already has a table named ${newName}` : null),
        });
      }
    }
  }
  sortedOccurrences(occurrences);
  return {
    occurrences,
    symbols,
    renameable: 'backend, listen, frontend, defaults, peers and peers table names (in their section headers and `table` lines, `use_backend`, `default_backend`, `table`, `from`, `peers` and fetches such as `nbsrv(name)`)',
    renameProblem: (symbol, newName) => {
      const known = symbols.get(symbol);
      const defined = conflicts.get(symbol);
      if (!known || !defined) return known ? `nothing defines ${known.label} in this configuration: nothing to rename` : 'nothing to rename here';
      if (!known.defined) return `${known.label} is defined more than once; HAProxy uses the first, rename that one`;
      if (!VALID_NAME.test(newName)) return `"${newName}" is not a valid ${defined.what} (letters, digits and . : _ - only)`;
      return defined.conflict(newName);
    },
    replacement: (_symbol, newName) => newName,
  };
}

/** Frontends, backends, listens, named defaults and peers sections, for the workspace symbol search. */
export function haproxyNamedBlocks(config: HaproxyConfig, text: string): NamedBlock[] {
  const out: NamedBlock[] = [];
  for (const s of config.sections) {
    if (s.name === null || !(PROXIES.has(s.kind) || s.kind === 'defaults' || s.kind === 'peers')) continue;
    const word = headerWords(s, text).find((w) => w.word === s.name);
    const kind = PROXIES.has(s.kind) ? SymbolKind.Class : SymbolKind.Namespace;
    out.push({ name: s.name, kind, selection: word?.span ?? s.keywordSpan, what: s.kind });
  }
  return out;
}
