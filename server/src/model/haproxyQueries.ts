import type { Argument } from './common';
import { carryMemo, memo, memoized } from './memo';
import { fullKeyword, type HaproxyConfig, type HaproxyDirective, type HaproxySection } from './haproxy';

/** Adds `value` to the list of `key`: indexes of the whole file are built this way, never by copying a list per entry. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The section and the defaults it inherits from, nearest first; stops on a `from` loop. */
export function inheritanceChain(section: HaproxySection): HaproxySection[] {
  const chain: HaproxySection[] = [];
  for (let s: HaproxySection | null = section; s && !chain.includes(s); s = s.defaults) chain.push(s);
  return chain;
}

/** The last directive with this full keyword in the section, else in what it inherits. */
export function effectiveDirective(section: HaproxySection, keyword: string): HaproxyDirective | null {
  for (const s of inheritanceChain(section)) {
    // From the end: the last one wins, and rules ask this of every section many times per run.
    for (let i = s.directives.length - 1; i >= 0; i--) {
      const d = s.directives[i];
      if (d.prefix === null && fullKeyword(d) === keyword) return d;
    }
  }
  return null;
}

/** `tcp` or `http`: the section's `mode`, else inherited, else HAProxy's default (tcp). */
export function effectiveMode(section: HaproxySection): string {
  return effectiveDirective(section, 'mode')?.args[0]?.value ?? 'tcp';
}

/**
 * Whether `option <name>` is in effect: the last `option <name>` or `no option <name>` of the
 * section decides, else the same in what it inherits; off when nothing says.
 */
export function optionState(section: HaproxySection, name: string): { on: boolean; decidedBy: HaproxyDirective | null } {
  for (const s of inheritanceChain(section)) {
    for (let i = s.directives.length - 1; i >= 0; i--) {
      const d = s.directives[i];
      if (d.keyword === 'option' && d.args[0]?.value === name && d.prefix !== 'default') return { on: d.prefix !== 'no', decidedBy: d };
    }
  }
  return { on: false, decidedBy: null };
}

export type CookieMode = 'insert' | 'rewrite' | 'prefix';

export interface CookieDirective {
  readonly directive: HaproxyDirective;
  readonly name: string;
  /** The explicit mode; HAProxy's default when none is written is passive (no mode). */
  readonly mode: CookieMode | null;
  readonly flags: ReadonlySet<string>;
  readonly maxidle: Argument | null;
  readonly maxlife: Argument | null;
  readonly attrs: readonly Argument[];
}

const COOKIE_TAKES_VALUE = new Set(['domain', 'maxidle', 'maxlife', 'attr']);

/** `cookie <name> [rewrite|insert|prefix] [indirect] [nocache] ... [attr <value>]*`. */
export function parseCookie(d: HaproxyDirective): CookieDirective | null {
  if (d.keyword !== 'cookie' || d.prefix !== null || d.args.length === 0) return null;
  const flags = new Set<string>();
  let mode: CookieMode | null = null;
  let maxidle: Argument | null = null;
  let maxlife: Argument | null = null;
  const attrs: Argument[] = [];
  for (let i = 1; i < d.args.length; i++) {
    const word = d.args[i].value;
    if (COOKIE_TAKES_VALUE.has(word)) {
      const value = d.args[i + 1] ?? null;
      if (word === 'maxidle') maxidle = value;
      if (word === 'maxlife') maxlife = value;
      if (word === 'attr' && value) attrs.push(value);
      i++;
      continue;
    }
    if ((word === 'insert' || word === 'rewrite' || word === 'prefix') && mode === null) mode = word;
    flags.add(word);
  }
  return { directive: d, name: d.args[0].value, mode, flags, maxidle, maxlife, attrs };
}

/** The persistence cookie in effect for a proxy: its own `cookie` line, else the inherited one. */
export function effectiveCookie(section: HaproxySection): CookieDirective | null {
  const d = effectiveDirective(section, 'cookie');
  return d ? parseCookie(d) : null;
}

export interface ServerLine {
  readonly directive: HaproxyDirective;
  readonly name: string;
  readonly cookieValue: string | null;
  readonly backup: boolean;
}

export function serverLines(section: HaproxySection): ServerLine[] {
  return section.directives
    .filter((d) => d.keyword === 'server' && d.prefix === null && d.args.length > 0)
    .map((d) => {
      const params = d.args.map((a) => a.value);
      const at = params.indexOf('cookie', 2);
      return { directive: d, name: params[0], cookieValue: at > 0 ? params[at + 1] ?? null : null, backup: params.includes('backup') };
    });
}

export function bindsWithSsl(section: HaproxySection): boolean {
  return section.directives.some((d) => d.keyword === 'bind' && d.args.some((a) => a.value === 'ssl'));
}

/**
 * The backends a frontend or listen names in `default_backend` / `use_backend`, its own or its
 * defaults section's; `dynamic` when a name is computed (`%[...]`), which may route anywhere.
 */
export function routeTargets(section: HaproxySection): { names: Set<string>; dynamic: boolean } {
  const names = new Set<string>();
  let dynamic = false;
  for (const d of [...section.directives, ...(section.defaults?.directives ?? [])]) {
    if (d.keyword !== 'default_backend' && d.keyword !== 'use_backend') continue;
    const target = d.args[0]?.value;
    if (target === undefined) continue;
    if (target.includes('%[')) dynamic = true;
    else names.add(target);
  }
  return { names, dynamic };
}

/** Which frontends and listens route to each name, and those whose computed names may route anywhere. */
function routesIndex(config: HaproxyConfig): Routes {
  return memo<Routes>(config, 'routes', () => {
    const named = new Map<string, Set<HaproxySection>>();
    const anyBackend = new Set<HaproxySection>();
    for (const s of config.sections) {
      if (s.kind !== 'frontend' && s.kind !== 'listen') continue;
      const targets = routeTargets(s);
      if (targets.dynamic) anyBackend.add(s);
      for (const name of targets.names) named.set(name, (named.get(name) ?? new Set()).add(s));
    }
    return { byName: named, dynamic: anyBackend };
  });
}

/** The frontends and listens that can send traffic to a backend (`default_backend`, `use_backend`). */
export function proxiesRoutingTo(config: HaproxyConfig, backend: HaproxySection): HaproxySection[] {
  if (backend.kind === 'listen') return [backend];
  if (!backend.name) return [];
  return proxiesRoutingToName(config, backend.name);
}

/** The frontends and listens that can send traffic to a backend of this name, in file order. */
export function proxiesRoutingToName(config: HaproxyConfig, name: string): HaproxySection[] {
  const { byName, dynamic } = routesIndex(config);
  // A set of a few proxies sorted, not the file's sections filtered on every call.
  return [...new Set([...(byName.get(name) ?? []), ...dynamic])].sort((a, b) => a.span.start - b.span.start);
}

/** The backends and listens that inherit a directive from this defaults section (and do not set it). */
export function proxiesInheriting(config: HaproxyConfig, defaults: HaproxySection, keyword: string): HaproxySection[] {
  const heirs = memo(config, 'heirs', () => {
    const byDefaults = new Map<HaproxySection, HaproxySection[]>();
    for (const s of config.sections) {
      if (s.kind !== 'backend' && s.kind !== 'listen') continue;
      for (const d of inheritanceChain(s).slice(1)) append(byDefaults, d, s);
    }
    return byDefaults;
  });
  return (heirs.get(defaults) ?? []).filter((s) => effectiveDirective(s, keyword)?.section === defaults);
}

/** Proxies that may carry persistence: `backend` and `listen` (a frontend has no servers). */
export function isBackendLike(section: HaproxySection): boolean {
  return section.kind === 'backend' || section.kind === 'listen';
}

/**
 * Whether a directive's section works in HTTP mode for the proxies it speaks for: a backend or
 * listen by its effective mode; a defaults section when it is HTTP itself or an HTTP proxy
 * inherits `keyword` from it.
 */
export function httpFor(config: HaproxyConfig, section: HaproxySection, keyword: string): boolean {
  if (effectiveMode(section) === 'http') return true;
  if (section.kind !== 'defaults') return false;
  return proxiesInheriting(config, section, keyword).some((p) => effectiveMode(p) === 'http');
}

/** The `peers` sections of the file, in order. */
export function peersSections(config: HaproxyConfig): HaproxySection[] {
  return [...memo(config, 'peers', () => config.sections.filter((s) => s.kind === 'peers'))];
}

export interface StickTable {
  readonly directive: HaproxyDirective;
  readonly type: string | null;
  readonly expire: Argument | null;
  readonly peers: Argument | null;
}

const STICK_TABLE_TAKES_VALUE = new Set(['type', 'len', 'size', 'expire', 'peers', 'store', 'srvkey', 'write-to']);

/** `stick-table type <type> [len <n>] size <n> [expire <d>] [nopurge] [peers <p>] [store <data>]*`. */
export function parseStickTable(d: HaproxyDirective): StickTable | null {
  if (d.keyword !== 'stick-table' || d.prefix !== null) return null;
  let type: string | null = null;
  let expire: Argument | null = null;
  let peers: Argument | null = null;
  for (let i = 0; i < d.args.length; i++) {
    const word = d.args[i].value;
    if (!STICK_TABLE_TAKES_VALUE.has(word)) continue;
    const value = d.args[i + 1] ?? null;
    if (word === 'type') type = value?.value ?? null;
    if (word === 'expire') expire = value;
    if (word === 'peers') peers = value;
    i++;
  }
  return { directive: d, type, expire, peers };
}

/** The stick-table line of a proxy (HAProxy allows one per proxy). */
export function stickTableOf(section: HaproxySection): StickTable | null {
  for (const d of section.directives) {
    const table = parseStickTable(d);
    if (table) return table;
  }
  return null;
}

export const STICK_RULE_KEYWORDS: ReadonlySet<string> = new Set(['stick on', 'stick match', 'stick store-request', 'stick store-response']);

export interface StickRule {
  readonly directive: HaproxyDirective;
  /** `stick on`, `stick match`, `stick store-request`, `stick store-response`. */
  readonly keyword: string;
  /** The sample expression that gives the key. */
  readonly pattern: Argument | null;
  /** The name after `table`, when the rule names another proxy's table. */
  readonly table: string | null;
}

/** `stick on|match|store-request|store-response <pattern> [table <name>] [if|unless <cond>]`. */
export function parseStickRule(d: HaproxyDirective): StickRule | null {
  if (d.prefix !== null || !STICK_RULE_KEYWORDS.has(fullKeyword(d))) return null;
  const at = d.args.findIndex((a, i) => i >= 2 && a.value === 'table');
  return { directive: d, keyword: fullKeyword(d), pattern: d.args[1] ?? null, table: at > 0 ? d.args[at + 1]?.value ?? null : null };
}

export function stickRules(section: HaproxySection): StickRule[] {
  const rules: StickRule[] = [];
  // Every stick rule's keyword is `stick`: the other directives need no full keyword.
  for (const d of section.directives) {
    const rule = d.keyword === 'stick' ? parseStickRule(d) : null;
    if (rule) rules.push(rule);
  }
  return rules;
}

/** The frontends, backends and listens of each name. */
function proxiesByName(config: HaproxyConfig): Map<string, HaproxySection[]> {
  return memo(config, 'proxiesByName', () => {
    const byName = new Map<string, HaproxySection[]>();
    for (const s of config.sections) {
      if (s.name !== null && ['frontend', 'backend', 'listen'].includes(s.kind)) append(byName, s.name, s);
    }
    return byName;
  });
}

/** The proxy whose stick-table a stick rule uses: its own, or the one `table <name>` names. */
export function stickTableSectionFor(config: HaproxyConfig, rule: StickRule): HaproxySection | null {
  const own = rule.directive.section;
  if (rule.table === null) return own;
  const named = proxiesByName(config).get(rule.table) ?? [];
  return named.find((s) => stickTableOf(s) !== null) ?? named[0] ?? null;
}

/** The stick rules of backends and listens, by the proxy whose table each uses. */
function stickRuleIndex(config: HaproxyConfig): Map<HaproxySection, StickRule[]> {
  return memo(config, 'stickRulesByTable', () => {
    const index = new Map<HaproxySection, StickRule[]>();
    for (const rule of config.sections.filter(isBackendLike).flatMap(stickRules)) {
      const table = stickTableSectionFor(config, rule);
      if (table) append(index, table, rule);
    }
    return index;
  });
}

/**
 * The stick rules of the file that use this proxy's stick-table: persistence, not rate limiting.
 * Only backends and listens count: HAProxy ignores stick rules in a frontend ("no backend capability").
 */
export function stickRulesUsing(config: HaproxyConfig, tableSection: HaproxySection): StickRule[] {
  return stickRuleIndex(config).get(tableSection) ?? [];
}

/** The names of the peers sections some stick-table of the file syncs with. */
export function peersInUse(config: HaproxyConfig): ReadonlySet<string> {
  return memo(config, 'peersInUse', () => {
    const names = new Set<string>();
    for (const s of config.sections) {
      for (const d of s.directives) {
        const peers = parseStickTable(d)?.peers?.value;
        if (peers) names.add(peers);
      }
    }
    return names;
  });
}

/**
 * Builds the file-wide indexes the rules read of most files (routes, proxies by name, stick rules
 * by table, peers), one at a time, pausing between them whenever `pause` says so: in a big file
 * each is a pass over all of it, which the rules would otherwise make inside one section's check.
 */
export function* buildHaproxyIndexes(config: HaproxyConfig, pause: () => boolean): Generator<void, void> {
  const steps = [routesIndex, proxiesByName, stickRuleIndex, peersInUse, peersSections];
  for (const step of steps) {
    step(config);
    if (pause()) yield;
  }
}

/**
 * Gives `to` (the model after an edit of the name of one proxy, in place) the indexes of `from` that
 * do not read proxy names: routes (by the names routed to, which headers do not hold), heirs and
 * peers. The others are built again when asked.
 */
export function carryHaproxyIndexOverRename(from: HaproxyConfig, to: HaproxyConfig): void {
  carryMemo(from, to, ['routes', 'heirs', 'peers', 'peersInUse']);
}

/** The indexes above that an edit inside a proxy's body leaves valid when its shared directives read the same. */
const INDEXES_KEPT_BY_LOCAL_EDITS = ['heirs', 'peers', 'proxiesByName', 'peersInUse'];

interface Routes {
  readonly byName: Map<string, Set<HaproxySection>>;
  readonly dynamic: Set<HaproxySection>;
}

/**
 * Gives `to` (the model after an edit inside the body of `section`) the file-wide indexes of `from`
 * (the model before it), instead of new passes over the whole file: the section's stick rules are
 * replaced by its new ones, and, when `oldRoutes` (the names its own use_backend and
 * default_backend lines gave before) is given, its routes by its new ones. Only valid when no other
 * section changed, the section's header did not, and its stick-table and stick lines read as
 * before, and its routes too unless given (haproxyReuse.ts checks all of that first); the other
 * sections are the same objects in both models. `from`'s indexes are left as they were.
 */
export function carryHaproxyIndex(from: HaproxyConfig, to: HaproxyConfig, section: HaproxySection, oldRoutes?: readonly string[]): void {
  carryMemo(from, to, INDEXES_KEPT_BY_LOCAL_EDITS);
  const routes = memoized<Routes>(from, 'routes');
  if (routes && !oldRoutes) carryMemo(from, to, ['routes']);
  if (routes && oldRoutes) memo(to, 'routes', () => rerouted(routes, section, oldRoutes));
  const old = memoized<Map<HaproxySection, StickRule[]>>(from, 'stickRulesByTable');
  if (!old) return;
  memo(to, 'stickRulesByTable', () => {
    const index = new Map<HaproxySection, StickRule[]>();
    const touched = new Set<HaproxySection>();
    for (const [table, rules] of old) {
      const kept = rules.filter((r) => r.directive.section !== section);
      if (kept.length !== rules.length) touched.add(table);
      if (kept.length) index.set(table, kept);
    }
    for (const rule of isBackendLike(section) ? stickRules(section) : []) {
      const table = stickTableSectionFor(to, rule);
      if (!table) continue;
      append(index, table, rule);
      touched.add(table);
    }
    // In file order, as a pass over the file lists them.
    for (const table of touched) index.get(table)?.sort((a, b) => a.directive.span.start - b.directive.span.start);
    return index;
  });
}

/** The routes index with a section's names (those it routed to before, and those it routes to now) set anew; the rest shared. */
function rerouted(routes: Routes, section: HaproxySection, oldRoutes: readonly string[]): Routes {
  // Only frontends and listens are in the index (see proxiesRoutingTo).
  if (section.kind !== 'frontend' && section.kind !== 'listen') return routes;
  const now = routeTargets(section).names;
  const byName = new Map(routes.byName);
  for (const name of new Set([...oldRoutes, ...now])) {
    const routers = new Set(byName.get(name) ?? []);
    if (now.has(name)) routers.add(section);
    else routers.delete(section);
    if (routers.size) byName.set(name, routers);
    else byName.delete(name);
  }
  return { byName, dynamic: routes.dynamic };
}
