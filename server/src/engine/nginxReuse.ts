import { nginxUnits, unitOf, type NginxConfig, type NginxDirective, type NginxProtocol } from '../model/nginx';
import { allPasses, carryNginxIndex, nestedSharedDirectives, passedGroupName, PASS_DIRECTIVES, passesTo, SHARED_DIRECTIVES, upstreamKey, upstreamNamed, upstreamOfPass } from '../model/nginxQueries';
import { passesThroughVariable } from '../model/nginxTransport';
import type { TextChange } from '../parsing/nginxIncremental';
import type { Finding } from '../rules/types';
import type { SourceText } from '../text/sourceText';
import { reuseExcept, sameTextLayout, suppressionCommentIn, textLayout, withUnitFindings, type ReusePlan, type TextLayout } from './findingReuse';
import type { Unit } from './linter';
import type { LintSettings } from './settings';
import { inferredNginxPlus } from './versions';

/**
 * What one run over an NGINX file leaves for the next: its findings unit by unit, and what the
 * units could read of each other when they were computed.
 *
 * A check of a directive reads its own unit (the `server` or `upstream` around it), the units a
 * pass links it to (an upstream and the servers whose passes reach it), and what every unit may
 * read: the file's other units (maps, log formats, http-level settings), its layout (line numbers
 * in messages, indentation and line ends in fixes) and the settings. A keystroke inside one
 * `server` or `upstream` that leaves all of that alone changes only the findings of that unit and
 * of the units linked to it; everything else is taken from the last run, moved by the edit.
 */
export interface NginxLintMemory extends TextLayout {
  readonly config: NginxConfig;
  readonly settings: LintSettings;
  readonly unitFindings: Map<Unit, readonly Finding[]>;
  /** What each unit shows the others (see `unitLinks`). */
  readonly links: Map<NginxDirective, string>;
  /** The units, in file order. */
  readonly units: readonly NginxDirective[];
  /** The protocol of each top-level directive, which a fragment's content decides (those inside http/stream/mail cannot change). */
  readonly protocols: string;
  /** What the NGINX Plus inference rests on (see `plusKey`), which every unit's target may read. */
  readonly plusKey: string;
}

/** The inferred NGINX Plus target as the findings read it (feature and line), '' when none is inferred. */
function plusKey(config: NginxConfig, source: SourceText, settings: LintSettings): string {
  const inference = inferredNginxPlus(config, source, settings);
  return inference ? `${inference.feature}@${inference.line}` : '';
}

/** The units an edit may change the inside of without a run over the whole file. */
const LOCAL_UNITS: ReadonlySet<string> = new Set(['server', 'upstream']);

/*
 * A unit's links as one string: its passes (protocol, directive, the group named), then its
 * upstreams, maps and log formats written inside it (their text). Equal strings mean the unit
 * links to the same units as before.
 */
const FIELD = '\u0001';
const PASS_LIST_END = '\u0002';
const SHARED_SEPARATOR = '\u0003';

/** The group field of a pass through a variable: no upstream has this name. */
const VARIABLE_GROUP = '$';

function passEntry(pass: NginxDirective, group: string | null): string {
  return `${pass.protocol}${FIELD}${pass.name}${FIELD}${group ?? (passesThroughVariable(pass) ? VARIABLE_GROUP : '')}`;
}

/** Whether links hold a pass through a variable, which may reach any upstream (see upstreamTransport). */
function holdsVariablePass(links: string): boolean {
  return links
    .slice(0, links.indexOf(PASS_LIST_END))
    .split('\n')
    .some((entry) => entry.endsWith(`${FIELD}${VARIABLE_GROUP}`));
}

function linksString(passes: readonly string[], shared: readonly string[]): string {
  return `${passes.join('\n')}${PASS_LIST_END}${shared.join(SHARED_SEPARATOR)}`;
}

/** Whether links hold an upstream, map or log_format written inside the unit (read by every unit). */
function holdsShared(links: string): boolean {
  return !links.endsWith(PASS_LIST_END);
}

/** What a unit shows the other units (see linksString). */
export function unitLinks(unit: NginxDirective, source: SourceText): string {
  const passes: string[] = [];
  const shared: string[] = [];
  const visit = (d: NginxDirective, top: boolean): void => {
    if (PASS_DIRECTIVES.has(d.name)) passes.push(passEntry(d, passedGroupName(d)));
    else if (!top && SHARED_DIRECTIVES.has(d.name)) shared.push(source.slice(d.span));
    if (d.children) for (const c of d.children) visit(c, false);
  };
  visit(unit, true);
  return linksString(passes, shared);
}

type Layout = TextLayout & { readonly protocols: string };

function layoutOf(config: NginxConfig, source: SourceText): Layout {
  // The protocol of each top-level directive, which a fragment's content decides.
  return { ...textLayout(config.comments, source), protocols: config.directives.map((d) => d.protocol).join(',') };
}

export type NginxReusePlan = ReusePlan<NginxLintMemory>;

/** The unit whose body strictly holds the changed text (new offsets), if it is one an edit may stay local to. */
function localUnit(units: readonly NginxDirective[], change: TextChange): NginxDirective | null {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid].span.end <= change.start) low = mid + 1;
    else high = mid;
  }
  const u = units[low];
  if (!u || !u.bodySpan || !u.children || !LOCAL_UNITS.has(u.name)) return null;
  return u.bodySpan.start < change.start && change.newEnd < u.bodySpan.end ? u : null;
}

/**
 * `unitLinks` of every unit at once, from the file's index (its passes and the upstreams, maps and
 * log formats written inside units) instead of a walk of each unit: the same strings.
 */
export function allUnitLinks(config: NginxConfig, source: SourceText, units: readonly NginxDirective[]): Map<NginxDirective, string> {
  const passes = new Map<NginxDirective, string[]>();
  const shared = new Map<NginxDirective, string[]>();
  const add = (map: Map<NginxDirective, string[]>, unit: NginxDirective, entry: string): void => {
    const list = map.get(unit);
    if (list) list.push(entry);
    else map.set(unit, [entry]);
  };
  for (const { pass, group } of allPasses(config)) add(passes, unitOf(pass), passEntry(pass, group));
  for (const d of nestedSharedDirectives(config)) add(shared, unitOf(d), source.slice(d.span));
  const links = new Map<NginxDirective, string>();
  for (const u of units) links.set(u, linksString(passes.get(u) ?? [], shared.get(u) ?? []));
  return links;
}

/** The upstreams that the passes recorded in a unit's links name. */
function passedUpstreams(config: NginxConfig, links: string): NginxDirective[] {
  const out: NginxDirective[] = [];
  const passes = links.slice(0, links.indexOf(PASS_LIST_END));
  for (const entry of passes ? passes.split('\n') : []) {
    const [protocol, , group] = entry.split(FIELD);
    const upstream = group ? upstreamNamed(config, protocol as NginxProtocol, group) : null;
    if (upstream) out.push(upstream);
  }
  return out;
}

/** The units whose findings may read `unit`: those its passes reach, or those whose passes reach it. */
function linkedUnits(config: NginxConfig, unit: NginxDirective): Set<Unit> {
  const out = new Set<Unit>([unit]);
  if (unit.name === 'upstream') {
    for (const pass of passesTo(config, unit)) out.add(unitOf(pass));
    return out;
  }
  const visit = (d: NginxDirective): void => {
    if (PASS_DIRECTIVES.has(d.name)) {
      const upstream = upstreamOfPass(config, d);
      if (upstream) out.add(unitOf(upstream));
    }
    if (d.children) for (const c of d.children) visit(c);
  };
  visit(unit);
  return out;
}

/**
 * How to lint `config` (the model of `source`) given the memory of the last run and the change
 * since (null when the model was rebuilt rather than updated): which units to check again, and
 * the moved findings of the others. Falls back to a full run whenever reuse cannot be shown safe.
 */
export function planNginxReuse(memory: NginxLintMemory | null, config: NginxConfig, source: SourceText, settings: LintSettings, change: TextChange | null): NginxReusePlan {
  const units = nginxUnits(config.directives);
  const layout = layoutOf(config, source);
  const full = (fullBecause: string): NginxReusePlan => ({
    reuse: null,
    rechecked: null,
    fullBecause,
    remember: (outcome) => withUnitFindings({ config, settings, links: allUnitLinks(config, source, units), units, plusKey: plusKey(config, source, settings), ...layout }, outcome),
  });
  if (!memory) return full('first run');
  if (!change || memory.config.directives !== config.directives) return full('model rebuilt');
  if (memory.settings !== settings) return full('settings changed');
  if (!sameTextLayout(memory, layout) || memory.protocols !== layout.protocols) return full('lines, indentation, protocols or suppression comments changed');
  const unit = localUnit(units, change);
  const renamed = unit ? null : renamedUpstream(memory, units);
  if (!unit && !renamed) return full('change outside the body of one server or upstream');
  if (unit && !memory.unitFindings.has(unit)) return full('unit re-read or not checked last time');
  const changed = unit ?? renamed!.now;
  const links = unitLinks(changed, source);
  const oldLinks = memory.links.get(unit ?? renamed!.old);
  // An upstream, map or log_format inside the unit: rare, and read by every unit.
  if (oldLinks === undefined || holdsShared(links) || holdsShared(oldLinks)) return full('upstream, map or log_format inside the unit');
  // A server whose passes now name other groups: the groups it named before are checked again too.
  if (oldLinks !== links && changed.name !== 'server') return full('links changed');
  if (oldLinks !== links && (holdsVariablePass(oldLinks) || holdsVariablePass(links))) return full('a pass through a variable added or removed');
  if (suppressionCommentIn(config.comments, changed.span)) return full('suppression comment in the unit');

  let rechecked: Set<Unit>;
  let nextLinks = memory.links;
  if (renamed) {
    rechecked = renamedUnits(config, units, renamed.old, renamed.now);
    nextLinks = new Map(memory.links);
    nextLinks.delete(renamed.old);
    nextLinks.set(renamed.now, links);
  } else {
    carryNginxIndex(memory.config, config, changed);
    rechecked = linkedUnits(config, changed);
    if (oldLinks !== links) {
      for (const upstream of passedUpstreams(config, oldLinks)) rechecked.add(unitOf(upstream));
      nextLinks = new Map(memory.links).set(changed, links);
    }
  }
  // A Plus-only directive typed or deleted may change the target of every unit.
  const plus = plusKey(config, source, settings);
  if (plus !== memory.plusKey) return full('the inferred NGINX Plus target changed');
  const reuse = reuseExcept(memory.unitFindings, rechecked, change);
  if (!reuse) return full('a finding of another unit reaches the change');
  return { reuse, rechecked, fullBecause: null, remember: (outcome) => withUnitFindings({ config, settings, links: nextLinks, units, plusKey: plus, ...layout }, outcome) };
}

/**
 * The upstream an edit of its header (its name) replaced, before and after, when it is the only unit
 * that is not the same object as in the last run and it is an upstream both times.
 */
function renamedUpstream(memory: NginxLintMemory, units: readonly NginxDirective[]): { old: NginxDirective; now: NginxDirective } | null {
  if (memory.units.length !== units.length) return null;
  let found: { old: NginxDirective; now: NginxDirective } | null = null;
  for (let i = 0; i < units.length; i++) {
    const [old, now] = [memory.units[i], units[i]];
    if (old === now) continue;
    if (found || now.name !== 'upstream' || old.name !== 'upstream' || !now.children || !old.children) return null;
    found = { old, now };
  }
  return found;
}

/**
 * What a renamed upstream's findings and its neighbours' depend on: the upstream itself, every
 * upstream with its old or new name (the first of duplicates is the one passes reach, so another
 * may become or stop being it), and the units whose passes name either.
 */
function renamedUnits(config: NginxConfig, units: readonly NginxDirective[], old: NginxDirective, now: NginxDirective): Set<Unit> {
  const key = (d: NginxDirective): string => upstreamKey(d.protocol, d.args[0]?.value ?? '');
  const keys = new Set([key(old), key(now)]);
  const out = new Set<Unit>([now]);
  for (const u of units) if (u.name === 'upstream' && keys.has(key(u))) out.add(u);
  for (const { pass, group } of allPasses(config)) {
    if (group !== null && keys.has(upstreamKey(pass.protocol, group))) out.add(unitOf(pass));
  }
  return out;
}
