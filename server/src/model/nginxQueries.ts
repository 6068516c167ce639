import { isProtocolBlock, unitOf, type NginxConfig, type NginxDirective, type NginxProtocol } from './nginx';
import type { PlusInference } from '../engine/versions';
import type { SourceText } from '../text/sourceText';
import { plusOnlyFeature } from './nginxPlusOnly';
import { parseSticky } from './nginxSticky';

/**
 * Directives that hand a request to a server group, with the prefix of their module's own settings
 * (`proxy_next_upstream`, `fastcgi_next_upstream`, ...).
 */
export const PASS_DIRECTIVES: ReadonlyMap<string, string> = new Map([
  ['proxy_pass', 'proxy'],
  ['fastcgi_pass', 'fastcgi'],
  ['grpc_pass', 'grpc'],
  ['uwsgi_pass', 'uwsgi'],
  ['scgi_pass', 'scgi'],
  ['memcached_pass', 'memcached'],
]);

/** The schemes each pass directive accepts before a group name; `''` means none may be written. */
const SCHEMES: Readonly<Record<string, readonly string[]>> = {
  'http:proxy_pass': ['http', 'https'],
  'stream:proxy_pass': [''],
  grpc_pass: ['', 'grpc', 'grpcs'],
  uwsgi_pass: ['', 'uwsgi', 'suwsgi'],
  fastcgi_pass: [''],
  scgi_pass: [''],
  memcached_pass: [''],
};

/** Directives that choose how an upstream balances; a later one replaces an earlier one. */
export const BALANCING_DIRECTIVES: ReadonlySet<string> = new Set(['ip_hash', 'hash', 'least_conn', 'random', 'least_time']);

/**
 * The group a pass directive names, as nginx resolves it: `proxy_pass http://name/uri`,
 * `fastcgi_pass name`, `grpc_pass grpc://name`. Null for a variable (resolved per request), a
 * `host:port` or `unix:` address, or a directive that is not a pass.
 */
export function passedGroupName(pass: NginxDirective): string | null {
  const schemes = SCHEMES[`${pass.protocol}:${pass.name}`] ?? SCHEMES[pass.name];
  const value = pass.args[0]?.value;
  if (!schemes || !value) return null;
  const scheme = /^([a-z]+):\/\//i.exec(value);
  if (!schemes.includes(scheme ? scheme[1].toLowerCase() : '')) return null;
  const host = value.slice(scheme ? scheme[0].length : 0).split('/')[0];
  // A port, `unix:` or an IPv6 literal all contain ':'; an upstream group is a bare name.
  if (!host || host.includes('$') || host.includes(':') || host.includes('[')) return null;
  return host;
}

interface NginxIndex {
  /** Upstream blocks by `<protocol>:<lower-case name>`; the first one wins, as nginx refuses duplicates. */
  readonly upstreams: Map<string, NginxDirective>;
  readonly passes: Map<NginxDirective, NginxDirective[]>;
  /** `map` blocks by `<protocol>:<variable they set>`. */
  readonly maps: Map<string, NginxDirective>;
  /** Every pass directive of the file, in source order, with the group it names (null: none). */
  readonly allPasses: { readonly pass: NginxDirective; readonly group: string | null }[];
  /** `log_format` directives with a name and a format, in source order. */
  readonly logFormats: NginxDirective[];
  /** `upstream`, `map` and `log_format` directives written inside a unit rather than at http level. */
  readonly nestedShared: NginxDirective[];
  /** Directives only NGINX Plus has (see nginxPlusOnly.ts), in source order. */
  readonly plusOnly: NginxDirective[];
}

/** Directives that every unit may read, wherever they are written. */
export const SHARED_DIRECTIVES: ReadonlySet<string> = new Set(['upstream', 'map', 'log_format']);

const indexes = new WeakMap<NginxConfig, NginxIndex>();

/** How upstreams are told apart: by protocol module and name, whatever its case. */
export function upstreamKey(protocol: NginxProtocol, name: string): string {
  return `${protocol}:${name.toLowerCase()}`;
}

/** Strips the braces of `${name}`, so that both spellings of a variable compare equal. */
export function normalizeVariable(text: string): string {
  const m = /^\$\{(\w+)\}$/.exec(text);
  return m ? `$${m[1]}` : text;
}

function indexOf(config: NginxConfig): NginxIndex {
  let index = indexes.get(config);
  if (index) return index;
  const built: NginxIndex = { upstreams: new Map(), passes: new Map(), maps: new Map(), allPasses: [], logFormats: [], nestedShared: [], plusOnly: [] };
  // A plain recursion over every directive: after each keystroke the next run builds this again.
  const visit = (d: NginxDirective): void => {
    if (SHARED_DIRECTIVES.has(d.name) && d.parent && !isProtocolBlock(d.parent)) built.nestedShared.push(d);
    if (plusOnlyFeature(d) !== null) built.plusOnly.push(d);
    if (d.name === 'upstream' && d.children && d.args[0]) {
      const key = upstreamKey(d.protocol, d.args[0].value);
      if (!built.upstreams.has(key)) built.upstreams.set(key, d);
    } else if (d.name === 'map' && d.children && d.args[1]) {
      const key = `${d.protocol}:${normalizeVariable(d.args[1].value)}`;
      if (!built.maps.has(key)) built.maps.set(key, d);
    } else if (d.name === 'log_format' && d.args.length >= 2) {
      built.logFormats.push(d);
    } else if (PASS_DIRECTIVES.has(d.name)) {
      built.allPasses.push({ pass: d, group: passedGroupName(d) });
    }
    if (d.children) for (const c of d.children) visit(c);
  };
  for (const d of config.directives) visit(d);
  for (const { pass, group } of built.allPasses) {
    const upstream = group === null ? undefined : built.upstreams.get(upstreamKey(pass.protocol, group));
    if (!upstream) continue;
    const list = built.passes.get(upstream);
    if (list) list.push(pass);
    else built.passes.set(upstream, [pass]);
  }
  indexes.set(config, built);
  return built;
}

/**
 * Gives `to` (the model after an edit inside `unit`) the index of `from` (the model before it),
 * with the unit's passes replaced by its new ones, instead of a new pass over the whole file. Only
 * valid when no other unit changed and the unit holds no upstream, map or log_format (nginxReuse.ts
 * checks both first); the unit's passes may name other groups than before.
 */
export function carryNginxIndex(from: NginxConfig, to: NginxConfig, unit: NginxDirective): void {
  const old = indexes.get(from);
  if (!old || indexes.has(to)) return;
  const fresh: { pass: NginxDirective; group: string | null }[] = [];
  const freshPlusOnly: NginxDirective[] = [];
  const visit = (d: NginxDirective): void => {
    if (PASS_DIRECTIVES.has(d.name)) fresh.push({ pass: d, group: passedGroupName(d) });
    if (plusOnlyFeature(d) !== null) freshPlusOnly.push(d);
    if (d.children) for (const c of d.children) visit(c);
  };
  visit(unit);
  const inUnit = (d: NginxDirective): boolean => unitOf(d) === unit;
  const allPasses = replaceUnitEntries(old.allPasses, fresh, (e) => e.pass, inUnit, unit);
  const plusOnly = replaceUnitEntries(old.plusOnly, freshPlusOnly, (d) => d, inUnit, unit);
  const passes = new Map(old.passes);
  for (const [upstream, list] of old.passes) {
    if (list.some(inUnit)) passes.set(upstream, list.filter((p) => !inUnit(p)));
  }
  for (const { pass, group } of fresh) {
    const upstream = group === null ? undefined : old.upstreams.get(upstreamKey(pass.protocol, group));
    if (upstream) passes.set(upstream, [...(passes.get(upstream) ?? []), pass].sort((a, b) => a.span.start - b.span.start));
  }
  indexes.set(to, { ...old, allPasses, passes, plusOnly });
}

/** A source-ordered list with the entries of one unit replaced by its fresh ones, in the unit's place. */
function replaceUnitEntries<T>(list: readonly T[], fresh: readonly T[], directive: (entry: T) => NginxDirective, inUnit: (d: NginxDirective) => boolean, unit: NginxDirective): T[] {
  const out: T[] = [];
  let placed = false;
  for (const entry of list) {
    if (inUnit(directive(entry))) continue;
    if (!placed && directive(entry).span.start > unit.span.start) {
      out.push(...fresh);
      placed = true;
    }
    out.push(entry);
  }
  if (!placed) out.push(...fresh);
  return out;
}

/** Every pass directive of the file in source order, with the group it names (null: an address or a variable). */
export function allPasses(config: NginxConfig): readonly { readonly pass: NginxDirective; readonly group: string | null }[] {
  return indexOf(config).allPasses;
}

/** The directives of the file that only NGINX Plus has, in source order (see nginxPlusOnly.ts). */
export function plusOnlyDirectives(config: NginxConfig): readonly NginxDirective[] {
  return indexOf(config).plusOnly;
}

/** Why the file reads as an NGINX Plus configuration: its first Plus-only directive, or null. */
export function plusInference(config: NginxConfig, source: SourceText): PlusInference | null {
  const first = indexOf(config).plusOnly[0];
  return first ? { feature: plusOnlyFeature(first)!, line: source.positionAt(first.span.start).line + 1 } : null;
}

/** `upstream`, `map` and `log_format` directives that stand inside a server, an upstream or another block. */
export function nestedSharedDirectives(config: NginxConfig): readonly NginxDirective[] {
  return indexOf(config).nestedShared;
}

/** The `log_format` directives of the file that name a format, in source order. */
export function logFormatDirectives(config: NginxConfig): readonly NginxDirective[] {
  return indexOf(config).logFormats;
}

/** The upstream block of this name in a protocol module, if the file has one. */
export function upstreamNamed(config: NginxConfig, protocol: NginxProtocol, name: string): NginxDirective | null {
  return indexOf(config).upstreams.get(upstreamKey(protocol, name)) ?? null;
}

/** The upstream block a pass directive reaches in this file, if any. */
export function upstreamOfPass(config: NginxConfig, pass: NginxDirective): NginxDirective | null {
  const name = passedGroupName(pass);
  return name === null ? null : indexOf(config).upstreams.get(upstreamKey(pass.protocol, name)) ?? null;
}

/** The pass directives of this file (in `location`, `if`, `limit_except` or a stream `server`) that reach the upstream. */
export function passesTo(config: NginxConfig, upstream: NginxDirective): readonly NginxDirective[] {
  return indexOf(config).passes.get(upstream) ?? [];
}

/** The `map` block that sets a variable, in the same protocol module. */
export function mapSetting(config: NginxConfig, variable: string, protocol: NginxProtocol): NginxDirective | null {
  return indexOf(config).maps.get(`${protocol}:${normalizeVariable(variable)}`) ?? null;
}

/** The upstream block a directive stands in directly. */
export function enclosingUpstream(d: NginxDirective): NginxDirective | null {
  return d.parent?.name === 'upstream' ? d.parent : null;
}

/** The affinity an upstream is configured with: `ip_hash`, `hash` (any key) or `sticky` (any form). */
export function affinityDirectives(upstream: NginxDirective): NginxDirective[] {
  return (upstream.children ?? []).filter((c) => c.name === 'ip_hash' || c.name === 'hash' || (c.name === 'sticky' && parseSticky(c) !== null));
}

/**
 * For rules that judge an upstream once: its upstream when `d` is the upstream's first affinity
 * directive, else null (the verdict is reported there, not again on each affinity line).
 */
export function upstreamJudgedAt(d: NginxDirective): NginxDirective | null {
  const upstream = enclosingUpstream(d);
  return upstream && affinityDirectives(upstream)[0] === d ? upstream : null;
}

export function isAffinity(d: NginxDirective): boolean {
  return enclosingUpstream(d) !== null && (d.name === 'ip_hash' || d.name === 'hash' || d.name === 'sticky');
}

/**
 * The directives named `name` that apply at `from`, by nginx's inheritance: those of the nearest
 * enclosing block that has any (location, then server, then http, then the file's top level, which
 * is http's for a conf.d fragment). `level` is that block, or null for the top level.
 */
export function inherited(config: NginxConfig, from: NginxDirective, name: string): { directives: NginxDirective[]; level: NginxDirective | null } {
  for (let level = from.parent; level; level = level.parent) {
    const own = namedChildren(config, level, level.children ?? [], name);
    if (own.length) return { directives: own, level };
  }
  return { directives: namedChildren(config, null, config.directives, name), level: null };
}

/** Blocks with more children than this have them grouped by name once per model. */
const GROUP_ABOVE = 32;
const groupedChildren = new WeakMap<NginxConfig, Map<NginxDirective | null, Map<string, NginxDirective[]>>>();

/**
 * The children of a block (null: the file's top level) named `name`. An http block holds every
 * server and upstream of the file, and each pass asks it for its settings: grouping its children
 * by name once per model keeps those questions from costing a pass over the whole file each.
 */
function namedChildren(config: NginxConfig, level: NginxDirective | null, children: readonly NginxDirective[], name: string): NginxDirective[] {
  if (children.length <= GROUP_ABOVE) return children.filter((c) => c.name === name);
  let levels = groupedChildren.get(config);
  if (!levels) {
    levels = new Map();
    groupedChildren.set(config, levels);
  }
  let byName = levels.get(level);
  if (!byName) {
    byName = new Map();
    for (const c of children) {
      const list = byName.get(c.name);
      if (list) list.push(c);
      else byName.set(c.name, [c]);
    }
    levels.set(level, byName);
  }
  return [...(byName.get(name) ?? [])];
}

/** The last directive named `name` in effect at `from` (a scalar setting), or null when none is written. */
export function effectiveSetting(config: NginxConfig, from: NginxDirective, name: string): NginxDirective | null {
  const { directives } = inherited(config, from, name);
  return directives.length ? directives[directives.length - 1] : null;
}

/** The nearest `location` around a directive (for stream, the `server`): where a per-location setting goes. */
export function settingBlock(d: NginxDirective): NginxDirective | null {
  const wanted = d.protocol === 'stream' ? 'server' : 'location';
  for (let p = d.parent; p; p = p.parent) if (p.name === wanted) return p;
  return null;
}

/** A request variable of a single kind that a client sends: a cookie, a query argument or a header. */
export interface RequestValue {
  readonly kind: 'cookie' | 'arg' | 'http';
  /** The cookie, argument or header name as the variable spells it (`sid`, `x_forwarded_for`). */
  readonly name: string;
  /** `$cookie_sid`. */
  readonly variable: string;
}

export function requestValue(text: string): RequestValue | null {
  const m = /^\$(cookie|arg|http)_(\w+)$/.exec(normalizeVariable(text));
  return m ? { kind: m[1] as RequestValue['kind'], name: m[2], variable: `$${m[1]}_${m[2]}` } : null;
}

/** Where a `hash` key comes from when it is one request variable, written directly or set by one `map`. */
export interface HashKeyOrigin extends RequestValue {
  /** The map that turns the request variable into the key, or null when the key is the variable itself. */
  readonly map: NginxDirective | null;
}

export function hashKeyOrigin(config: NginxConfig, hash: NginxDirective): HashKeyOrigin | null {
  const key = hash.args[0]?.value;
  if (hash.name !== 'hash' || !key) return null;
  const direct = requestValue(key);
  if (direct) return { ...direct, map: null };
  if (!/^\$(\w+|\{\w+\})$/.test(key)) return null;
  const map = mapSetting(config, key, hash.protocol);
  const source = map?.args[0] ? requestValue(map.args[0].value) : null;
  return map && source ? { ...source, map } : null;
}

/**
 * What a `map` gives when its source is the empty string (the cookie or argument is missing):
 * the exact `""` entry, else the first regex that matches an empty string, else `default`, else
 * nginx's empty default. Null when the file cannot tell (an `include` of entries, a regex nginx's
 * PCRE reads but JavaScript cannot).
 */
export function mapValueForEmpty(map: NginxDirective): string | null {
  const entries = map.children ?? [];
  if (entries.some((e) => e.name === 'include')) return null;
  const exact = entries.find((e) => e.name === '' && e.args.length);
  if (exact) return exact.args[0].value;
  for (const e of entries) {
    if (!e.name.startsWith('~') || !e.args.length) continue;
    const caseless = e.name.startsWith('~*');
    let re: RegExp;
    try {
      re = new RegExp(pcreToJs(e.name.slice(caseless ? 2 : 1)), caseless ? 'i' : '');
    } catch {
      return null;
    }
    if (re.test('')) return e.args[0].value;
  }
  return entries.find((e) => e.name === 'default')?.args[0]?.value ?? '';
}

/** PCRE's `(?P<name>` spelling of a named group, which JavaScript writes `(?<name>`. */
function pcreToJs(pattern: string): string {
  return pattern.replace(/\(\?P</g, '(?<');
}

/** True when a map gives a non-empty key to requests without the value it reads. */
export function mapHasFallback(map: NginxDirective): boolean {
  const value = mapValueForEmpty(map);
  if (value === null) return true;
  const source = normalizeVariable(map.args[0]?.value ?? '');
  const captures = new Set<string>();
  for (const e of map.children ?? []) for (const m of e.name.matchAll(/\(\?P?<(\w+)>/g)) captures.add(`$${m[1]}`);
  // The source itself, or a regex capture of it, is empty exactly when the request lacks the value.
  const empty = (v: string): boolean => {
    const n = normalizeVariable(v);
    return n === source || captures.has(n) || /^\$\d+$/.test(n);
  };
  const rest = value.replace(/\$(\{\w+\}|\w+)/g, (v) => (empty(v) ? '' : v));
  return rest.trim() !== '';
}

/** The cookie names a `proxy_cookie_flags` directive covers: an exact name, or `~`/`~*` regex. */
export function cookieFlagsCover(flags: NginxDirective, cookie: string): boolean {
  const pattern = flags.args[0]?.value;
  if (!pattern || pattern === 'off') return false;
  if (!pattern.startsWith('~')) return pattern.toLowerCase() === cookie.toLowerCase();
  const caseless = pattern.startsWith('~*');
  try {
    return new RegExp(pattern.slice(caseless ? 2 : 1), caseless ? 'i' : '').test(cookie);
  } catch {
    // A regex only PCRE reads: assume it means to cover the cookie rather than report a false alarm.
    return true;
  }
}
