import type { HaproxyConfig, HaproxySection } from '../model/haproxy';
import { buildHaproxyIndexes, carryHaproxyIndex, carryHaproxyIndexOverRename, inheritanceChain, isBackendLike, parseCookie, proxiesRoutingTo, proxiesRoutingToName, routeTargets, stickRules } from '../model/haproxyQueries';
import { headerHolding, sectionBodyHolding } from '../parsing/haproxyIncremental';
import type { TextChange } from '../parsing/nginxIncremental';
import type { Finding } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { reuseExcept, sameTextLayout, textLayout, withUnitFindings, type ReusePlan, type TextLayout } from './findingReuse';
import type { Unit } from './linter';
import type { LintSettings } from './settings';
import { parseIgnoreComment } from './suppressions';
import { runWhole } from '../schedule/slices';

/**
 * What one run over a HAProxy file leaves for the next: its findings section by section, and what
 * the sections could read of each other when they were computed.
 *
 * A check in a section reads that section, its defaults chain, the proxies that route to it and
 * those it routes to (TLS binds, headers set on the way), and what any section may read: every
 * cookie (names collide across the file), every bind (TLS for a defaults section), stick tables and
 * the rules that name them, section headers, peers, the file's layout and the settings. A
 * keystroke in the body of one backend, frontend or listen that leaves all of that alone changes
 * only the findings of that section and of those linked to it.
 */
export interface HaproxyLintMemory extends TextLayout {
  readonly config: HaproxyConfig;
  readonly settings: LintSettings;
  readonly unitFindings: Map<Unit, readonly Finding[]>;
  /** What each section shows every other (see `sectionLinks`). */
  readonly links: Map<HaproxySection, string>;
  /** The name of each section, in the order of `config.sections` (an edit may rename one in place). */
  readonly names: readonly (string | null)[];
}

export type HaproxyReusePlan = ReusePlan<HaproxyLintMemory>;

/** The sections an edit may change the body of without a run over the whole file. */
const LOCAL_SECTIONS: ReadonlySet<string> = new Set(['backend', 'frontend', 'listen']);
/** Directives any section may read, whatever links it to theirs (routes are read by name only, see sectionLinks). */
const SHARED_KEYWORDS: ReadonlySet<string> = new Set(['cookie', 'appsession', 'bind', 'stick-table', 'stick', 'peer']);
const ROUTE_KEYWORDS: ReadonlySet<string> = new Set(['use_backend', 'default_backend']);
/** Ends the route names in a section's links. */
const ROUTES_END = '\u0002';
/** Stands for a computed route name (`%[...]`), which may route anywhere. */
const DYNAMIC_ROUTE = '\u0003';

/**
 * What a section shows every other, as one string: the names its use_backend and default_backend
 * lines route to (in order, each once: other sections read the names, see routeTargets), then its
 * other shared directives: the name and mode of a persistence cookie, the text of the others.
 */
export function sectionLinks(section: HaproxySection, source: SourceText): string {
  const routes = new Set<string>();
  const parts: string[] = [];
  for (const d of section.directives) {
    if (ROUTE_KEYWORDS.has(d.keyword)) {
      const target = d.args[0]?.value;
      if (target !== undefined) routes.add(target.includes('%[') ? DYNAMIC_ROUTE : target);
    } else if (SHARED_KEYWORDS.has(d.keyword)) {
      // Of a persistence cookie, other sections read the name and the mode (names collide across
      // the file); its flags and attributes are its own section's (and its defaults').
      const cookie = parseCookie(d);
      parts.push(cookie ? `cookie\u0001${cookie.name}\u0001${cookie.mode ?? ''}` : `${d.prefix ?? ''}\u0001${source.slice(d.span)}`);
    }
  }
  return `${[...routes].sort().join('\u0001')}${ROUTES_END}${parts.join('\n')}`;
}

/** The route names recorded in a section's links (see sectionLinks). */
function linkedRoutes(links: string): string[] {
  const routes = links.slice(0, links.indexOf(ROUTES_END));
  return routes ? routes.split('\u0001') : [];
}

/** The shared directives recorded in a section's links, without its routes. */
function linkedShared(links: string): string {
  return links.slice(links.indexOf(ROUTES_END) + 1);
}

/** The backends and listens named in `names`. */
function proxiesNamed(config: HaproxyConfig, names: ReadonlySet<string>): HaproxySection[] {
  return config.sections.filter((s) => s.name !== null && names.has(s.name) && (s.kind === 'backend' || s.kind === 'listen'));
}

/** The proxies a section routes to (see routeTargets); null when a computed name may route anywhere. */
function routedTo(config: HaproxyConfig, section: HaproxySection): HaproxySection[] | null {
  const { names, dynamic } = routeTargets(section);
  return dynamic ? null : proxiesNamed(config, names);
}

/**
 * Whether a suppression comment in the section (from its keyword to `bodyEnd`) may silence, or may
 * have silenced before the change, findings of another section. A comment at the end of a line
 * covers that line's statements, in the section; one on its own line covers the next statement,
 * which is in the section when a directive of the section follows it. That directive must lie
 * clear of the change, so that the one that followed the comment before the change was in the
 * section too (lines are read one by one: text the change left alone reads the same). `global`
 * comments cover the whole file wherever they stand, and their text is part of the layout.
 */
function suppressionReachesOut(config: HaproxyConfig, section: HaproxySection, bodyEnd: number, source: SourceText, change: TextChange): boolean {
  for (const c of config.comments) {
    if (c.span.start < section.keywordSpan.start || c.span.start >= bodyEnd) continue;
    const ignore = parseIgnoreComment(c);
    if (!ignore || ignore.global) continue;
    const lineStart = source.text.lastIndexOf('\n', c.span.start - 1) + 1;
    if (source.text.slice(lineStart, c.span.start).trim() !== '') continue;
    const next = section.directives.find((d) => d.span.start >= c.span.end);
    if (!next || (next.span.start <= change.newEnd && next.span.end >= change.start)) return true;
  }
  return false;
}

/**
 * How to lint `config` (the model of `source`) given the memory of the last run and the change
 * since (null when the model was rebuilt rather than updated): which sections to check again, and
 * the moved findings of the others. Falls back to a full run whenever reuse cannot be shown safe.
 */
export function planHaproxyReuse(memory: HaproxyLintMemory | null, config: HaproxyConfig, source: SourceText, settings: LintSettings, change: TextChange | null): HaproxyReusePlan {
  const layout = textLayout(config.comments, source);
  const full = (fullBecause: string): HaproxyReusePlan => {
    const links = new Map<HaproxySection, string>();
    const linkAll = function* (pause: () => boolean): Generator<void, void> {
      for (const s of config.sections) {
        if (links.has(s)) continue;
        links.set(s, sectionLinks(s, source));
        if (links.size % 512 === 0 && pause()) yield;
      }
    };
    return {
      reuse: null,
      rechecked: null,
      fullBecause,
      *prepare(pause) {
        yield* buildHaproxyIndexes(config, pause);
        yield* linkAll(pause);
      },
      remember: (outcome) => {
        runWhole(linkAll(() => false));
        return withUnitFindings({ config, settings, links, names: config.sections.map((s) => s.name), ...layout }, outcome);
      },
    };
  };
  if (!memory) return full('first run');
  if (!change || memory.config.sections !== config.sections) return full('model rebuilt');
  if (memory.settings !== settings) return full('settings changed');
  if (!sameTextLayout(memory, layout)) return full('lines, indentation or suppression comments changed');
  const body = sectionBodyHolding(config.sections, source.text, change, 0);
  if (!body) {
    const delta = change.newEnd - change.oldEnd;
    const renamed = headerHolding(config.sections, source.text, change, (s) => s.headerSpan.end - delta);
    if (renamed >= 0) return planRename(memory, config, source, settings, change, renamed, layout, full);
  }
  const section = body ? config.sections[body.index] : null;
  if (!body || !section || !LOCAL_SECTIONS.has(section.kind)) return full('change outside the body of one backend, frontend or listen');
  if (!memory.unitFindings.has(section)) return full('section not checked last time');
  const oldLinks = memory.links.get(section);
  const links = sectionLinks(section, source);
  let nextLinks = memory.links;
  let oldRoutes: string[] | undefined;
  if (oldLinks !== links) {
    if (oldLinks === undefined || linkedShared(oldLinks) !== linkedShared(links)) return full('links changed');
    // Only the names it routes to changed: the proxies it routed to before are checked again too.
    oldRoutes = linkedRoutes(oldLinks);
    if (oldRoutes.includes(DYNAMIC_ROUTE) || linkedRoutes(links).includes(DYNAMIC_ROUTE)) return full('a computed use_backend added or removed');
    nextLinks = new Map(memory.links).set(section, links);
  }
  // Only this section's body changed, and of what it shows the others at most its routes: the
  // file's indexes hold, with the section's routes and stick rules read anew.
  carryHaproxyIndex(memory.config, config, section, oldRoutes);
  if (suppressionReachesOut(config, section, body.bodyEnd, source, change)) return full('suppression comment in the section may silence another');
  const routed = routedTo(config, section);
  if (!routed) return full('a computed use_backend routes anywhere');
  const rechecked = new Set<Unit>([section, ...inheritanceChain(section), ...routed]);
  if (oldRoutes) for (const target of proxiesNamed(config, new Set(oldRoutes))) rechecked.add(target);
  if (section.kind !== 'frontend') for (const router of proxiesRoutingTo(config, section)) rechecked.add(router);
  const reuse = reuseExcept(memory.unitFindings, rechecked, change);
  if (!reuse) return full('a finding of another section reaches the change');
  return { reuse, rechecked, fullBecause: null, remember: (outcome) => withUnitFindings({ config, settings, links: nextLinks, names: memory.names, ...layout }, outcome) };
}

/**
 * The plan for a change in the header of the proxy at `index` (see headerHolding): its name edited
 * in place, its body and every other section as they were. Checked again: the proxy, its defaults
 * chain and the proxies it routes to (their findings may name it), the proxies routing to its old
 * or new name, the proxies of either name (the first with a table is the one `table <name>` uses),
 * and the proxies whose stick rules name either table.
 */
function planRename(
  memory: HaproxyLintMemory,
  config: HaproxyConfig,
  source: SourceText,
  settings: LintSettings,
  change: TextChange,
  index: number,
  layout: TextLayout,
  full: (fullBecause: string) => HaproxyReusePlan,
): HaproxyReusePlan {
  const section = config.sections[index];
  const oldName = memory.names[index];
  if (!memory.unitFindings.has(section) || memory.links.get(section) !== sectionLinks(section, source)) return full('section renamed, not checked last time');
  if (oldName === null || oldName === undefined || section.name === null) return full('a section without a name renamed');
  const next = config.sections[index + 1];
  const bodyEnd = next ? source.text.lastIndexOf('\n', next.keywordSpan.start - 1) + 1 : source.text.length;
  if (suppressionReachesOut(config, section, bodyEnd, source, change)) return full('suppression comment in the section may silence another');
  carryHaproxyIndexOverRename(memory.config, config);
  const routed = routedTo(config, section);
  if (!routed) return full('a computed use_backend routes anywhere');
  const names = new Set([oldName, section.name]);
  const rechecked = new Set<Unit>([section, ...inheritanceChain(section), ...routed]);
  for (const name of names) for (const router of proxiesRoutingToName(config, name)) rechecked.add(router);
  for (const s of config.sections) {
    if (s.name !== null && names.has(s.name)) rechecked.add(s);
    if (isBackendLike(s) && stickRules(s).some((r) => r.table !== null && names.has(r.table))) rechecked.add(s);
  }
  const reuse = reuseExcept(memory.unitFindings, rechecked, change);
  if (!reuse) return full('a finding of another section reaches the change');
  const nextNames = [...memory.names];
  nextNames[index] = section.name;
  return { reuse, rechecked, fullBecause: null, remember: (outcome) => withUnitFindings({ config, settings, links: memory.links, names: nextNames, ...layout }, outcome) };
}
