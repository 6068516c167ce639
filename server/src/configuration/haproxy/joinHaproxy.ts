import * as path from 'path';
import type { Comment } from '../../model/common';
import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../../model/haproxy';
import { resolveDefaults } from '../../parsing/haproxyModel';
import { shifted } from '../combinedSource';
import type { FileAccess } from '../fileAccess';
import { ConfigurationReader } from '../reader';
import { describeSpec, outsideHint, type ConfigProblem, type LoadedConfiguration, type ModelSource, type ReadPolicy } from '../spec';
import { haproxyLoadOrder } from './loadOrder';

interface JoinedSection extends HaproxySection {
  directives: HaproxyDirective[];
  defaults: HaproxySection | null;
  span: { start: number; end: number };
}

/**
 * Reads a HAProxy configuration as `haproxy -f ... -f ...` does: its files one after another,
 * each starting outside any section, with `defaults` (the last one before a proxy, or the one
 * `from` names), backends, peers and stick-tables resolved across files in load order.
 */
export async function loadHaproxyConfiguration(paths: readonly string[], files: FileAccess, models: ModelSource, policy: ReadPolicy): Promise<LoadedConfiguration> {
  const home = commonFolder(paths, files);
  const reader = new ConfigurationReader('haproxy', home, files, models, policy);
  const problems: ConfigProblem[] = reader.problems;
  const spec = { dialect: 'haproxy' as const, paths };
  const order = haproxyLoadOrder(paths, files);
  for (const m of order.missing) problems.push({ file: null, span: { start: 0, end: 0 }, message: `-f ${reader.label(m)}: No such file or directory (haproxy refuses to start)`, severity: 'error' });
  for (const p of order.files) {
    const real = files.realpath(p);
    if (real === null) {
      problems.push({ file: null, span: { start: 0, end: 0 }, message: `${reader.label(p)}: Too many levels of symbolic links, or a dangling link`, severity: 'error' });
      continue;
    }
    if (!reader.allowed(real)) {
      problems.push({ file: null, span: { start: 0, end: 0 }, message: `${reader.label(p)} is outside the workspace: not read (${outsideHint(policy)}); findings that depend on it may be missing`, severity: 'info' });
      continue;
    }
    if (reader.known(real)) continue;
    const read = await reader.read(real);
    if ('error' in read) problems.push({ file: null, span: { start: 0, end: 0 }, message: `${reader.label(p)}: ${read.error}`, severity: read.error.startsWith('the configuration') ? 'warning' : 'error' });
  }

  const sections: JoinedSection[] = [];
  const orphans: HaproxyDirective[] = [];
  const comments: Comment[] = [];
  for (const f of reader.all) {
    const own = f.config as HaproxyConfig;
    for (const s of own.sections) sections.push(copySection(s, f.base));
    for (const d of own.orphans) orphans.push(copyDirective(d, f.base, null));
    for (const c of own.comments) comments.push({ text: c.text, span: shifted(c.span, f.base) });
  }
  resolveDefaults(sections);
  const combined: HaproxyConfig = { dialect: 'haproxy', sections, orphans, comments, syntaxProblems: [] };
  return { spec, dialect: 'haproxy', name: describeSpec(spec, (p) => reader.label(p)), files: reader.all, combined, source: reader.combinedSource(), problems, links: [] };
}

function copySection(s: HaproxySection, base: number): JoinedSection {
  const section: JoinedSection = {
    kind: s.kind,
    name: s.name,
    fromName: s.fromName,
    keywordSpan: shifted(s.keywordSpan, base),
    headerSpan: shifted(s.headerSpan, base),
    span: shifted(s.span, base),
    directives: [],
    defaults: null,
  };
  section.directives = s.directives.map((d) => copyDirective(d, base, section));
  return section;
}

function copyDirective(d: HaproxyDirective, base: number, section: HaproxySection | null): HaproxyDirective {
  return {
    prefix: d.prefix,
    keyword: d.keyword,
    keywordSpan: shifted(d.keywordSpan, base),
    args: d.args.map((a) => ({ raw: a.raw, value: a.value, quoted: a.quoted, span: shifted(a.span, base) })),
    condition: d.condition ? { kind: d.condition.kind, text: d.condition.text, span: shifted(d.condition.span, base) } : null,
    span: shifted(d.span, base),
    section,
  };
}

/** The folder the configuration's file labels start from: the first path's folder (or itself). */
function commonFolder(paths: readonly string[], files: FileAccess): string {
  const first = paths[0] ?? '.';
  return files.kind(first) === 'folder' ? first : path.dirname(first);
}
