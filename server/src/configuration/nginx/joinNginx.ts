import * as path from 'path';
import type { Argument, Comment } from '../../model/common';
import { PROTOCOL_BLOCKS, walkNginx, type NginxConfig, type NginxDirective, type NginxProtocol } from '../../model/nginx';
import type { Span } from '../../text/span';
import { shifted } from '../combinedSource';
import type { FileAccess } from '../fileAccess';
import { expandGlob, hasWildcards } from '../glob';
import { ConfigurationReader, type PlacedFile } from '../reader';
import { describeSpec, MAX_INCLUDED_COPIES, outsideHint, type ConfigProblem, type IncludeLink, type LoadedConfiguration, type ModelSource, type ReadPolicy } from '../spec';
import { includeTarget } from './includePath';

interface JoinedDirective {
  name: string;
  nameSpan: Span;
  args: Argument[];
  span: Span;
  children: NginxDirective[] | null;
  bodySpan: Span | null;
  parent: NginxDirective | null;
  protocol: NginxProtocol;
  protocolKnown: boolean;
}

/**
 * Reads an NGINX configuration from its entry file as nginx does: every `include`, in whatever
 * block it stands, is replaced by the directives of the files it names, in glob order. The joined
 * model is made of copies of each file's directives moved to the file's place in the joined text,
 * with the parents (and so the protocol module) the include gives them.
 */
export async function loadNginxConfiguration(entry: string, files: FileAccess, models: ModelSource, policy: ReadPolicy): Promise<LoadedConfiguration> {
  const prefix = path.dirname(entry);
  const reader = new ConfigurationReader('nginx', prefix, files, models, policy);
  const problems: ConfigProblem[] = reader.problems;
  const links: IncludeLink[] = [];
  const spec = { dialect: 'nginx' as const, entry };

  const first = await reader.read(entry);
  if ('error' in first) {
    problems.push({ file: null, span: { start: 0, end: 0 }, message: `open() "${entry}" failed (${first.error})`, severity: 'error' });
    const source = reader.combinedSource();
    return { spec, dialect: 'nginx', name: describeSpec(spec, (p) => reader.label(p)), files: [], combined: emptyConfig(), source, problems, links };
  }

  const reportProblem = (file: PlacedFile, arg: Span, message: string, severity: ConfigProblem['severity']): void => {
    problems.push({ file: file.path, span: arg, message, severity });
  };

  /** The files an include names, in nginx's order, or null when it names none that can be read. */
  /** What each include named, worked out once per load (the preload and the join both ask). */
  const resolvedIncludes = new Map<NginxDirective, { targets: string[] | null; problems: [Span, string, ConfigProblem['severity']][] }>();
  const targetsOf = (include: NginxDirective, file: PlacedFile, report = true): string[] | null => {
    let known = resolvedIncludes.get(include);
    if (!known) {
      const problems: [Span, string, ConfigProblem['severity']][] = [];
      const targets = resolveInclude(include, (_f, span, message, severity) => problems.push([span, message, severity]));
      known = { targets, problems };
      resolvedIncludes.set(include, known);
    }
    if (report) for (const [span, message, severity] of known.problems) reportProblem(file, span, message, severity);
    return known.targets;
  };

  const resolveInclude = (include: NginxDirective, problem: (file: null, span: Span, message: string, severity: ConfigProblem['severity']) => void): string[] | null => {
    const file = null;
    const arg = include.args[0];
    const value = arg.value;
    const { path: target, mapped, literal } = includeTarget(value, prefix, policy.nginxRoot);
    const pattern = hasWildcards(target.slice(literal.length));
    const shownOnce = (): string => (mapped && path.isAbsolute(value) ? `${value}, read from ${reader.label(target)}` : reader.label(target));
    if (!reader.allowed(files.realpath(pattern ? staticFolder(target, literal) : target) ?? target)) {
      problem(file, arg.span, `include not followed: ${shownOnce()} is outside the workspace (${outsideHint(policy)}); findings that depend on it may be missing`, 'info');
      return null;
    }
    if (pattern) {
      // nginx accepts a pattern that matches nothing. A match that is a link out of the workspace
      // is not read, as a path naming it is not. A folder matched is kept: nginx fails reading it.
      const matched = expandGlob(target, files, literal);
      const outside = matched.filter((p) => !reader.allowed(files.realpath(followLinks(p)) ?? followLinks(p)));
      if (outside.length) {
        problem(file, arg.span, `include not followed for ${outside.map((p) => reader.label(p)).join(', ')}: ${outside.length > 1 ? 'they lead' : 'it leads'} outside the workspace (${outsideHint(policy)}); findings that depend on ${outside.length > 1 ? 'them' : 'it'} may be missing`, 'info');
      }
      return matched.filter((p) => !outside.includes(p));
    }
    const resolved = reader.resolve(followLinks(target));
    if ('error' in resolved && mapped && resolved.error === 'No such file or directory' && PACKAGED.has(path.relative(prefix, target))) {
      // A repository keeps its own files; this one comes with nginx on the server.
      problem(file, arg.span, `include not followed: ${reader.label(target)} is not in the workspace; nginx's packages install it beside nginx.conf, so it is taken to be there on the server (findings that depend on it may be missing)`, 'info');
      return null;
    }
    if ('error' in resolved) {
      problem(file, arg.span, `open() "${value}" failed (${resolved.error}): nginx refuses the configuration (looked for ${reader.label(target)})`, 'error');
      return null;
    }
    return [target];
  };

  /**
   * A file as nginx on the real machine reaches it: a symbolic link to an absolute path under the
   * folder the entry stands for (Debian's sites-enabled/x -> /etc/nginx/sites-available/x) leads
   * into the workspace's copy of that folder, not to the machine's own /etc/nginx.
   */
  const followLinks = (file: string): string => {
    let current = file;
    for (let hops = 0; hops < 8; hops++) {
      const link = files.readlink(current);
      if (link === null || !path.isAbsolute(link)) return current;
      const mapped = includeTarget(link, prefix, policy.nginxRoot);
      if (!mapped.mapped) return current;
      current = mapped.path;
    }
    return current;
  };

  /** Files already placed in the joined model: one placed twice makes findings that need deduplicating. */
  const placed = new Set<string>();
  let repeatedFiles = false;
  const isInclude = (d: NginxDirective): boolean => d.name === 'include' && d.children === null && d.args.length === 1;

  /**
   * Reads (and models) every file the includes reach, before the join: the join itself is then
   * one synchronous pass, with no promise per directive.
   */
  const preload = async (file: PlacedFile, chain: readonly string[]): Promise<void> => {
    for (const d of includesOf(file.config as NginxConfig)) {
      for (const target of (targetsOf(d, file, false) ?? []).map(followLinks)) {
        const real = files.realpath(target) ?? target;
        if (chain.includes(real) || reader.result(real) || files.kind(real) === 'folder') continue;
        const read = await reader.read(real);
        if ('file' in read) await preload(read.file, [...chain, real]);
      }
    }
  };

  let copies = 0;
  const maxCopies = policy.limits?.copies ?? MAX_INCLUDED_COPIES;

  /** Copies of `d` (and what its includes bring) placed under `parent`. */
  const join = (d: NginxDirective, file: PlacedFile, parent: JoinedDirective | null, chain: readonly string[], out: NginxDirective[]): void => {
    if (isInclude(d)) {
      const targets = targetsOf(d, file);
      if (targets === null) {
        out.push(copy(d, file.base, parent));
        return;
      }
      links.push({ file: file.path, span: d.args[0].span, targets });
      for (const target of targets.map(followLinks)) {
        if (++copies > maxCopies) {
          reportProblem(file, d.args[0].span, `include not followed: the configuration's includes already brought in ${maxCopies} files, the most Affinity Lint reads for one (files that include others several times over); findings that depend on ${reader.label(target)} may be missing`, 'warning');
          break;
        }
        const real = files.realpath(target) ?? target;
        if (chain.includes(real)) {
          const via = [...chain.slice(chain.indexOf(real)), real].map((p) => reader.label(p)).join(' → ');
          reportProblem(file, d.args[0].span, `include cycle: ${via}; nginx would include these files again and again until it fails`, 'error');
          continue;
        }
        if (files.kind(real) === 'folder') {
          // glob(3) returns folders too; nginx opens one and fails reading it.
          reportProblem(file, d.args[0].span, `pread() "${target}" failed (Is a directory): the pattern matches a folder, and nginx refuses the configuration`, 'error');
          continue;
        }
        const read = reader.result(real) ?? { error: 'not read' };
        if ('error' in read) {
          reportProblem(file, d.args[0].span, read.error.startsWith('the configuration') ? `include not followed: ${read.error}; findings that depend on ${reader.label(target)} may be missing` : `open() "${target}" failed (${read.error})`, read.error.startsWith('the configuration') ? 'warning' : 'error');
          continue;
        }
        const included = read.file.config as NginxConfig;
        if (placed.has(real)) repeatedFiles = true;
        placed.add(real);
        const inner = [...chain, real];
        for (const top of included.directives) join(top, read.file, parent, inner, out);
      }
      return;
    }
    const c = copy(d, file.base, parent);
    if (d.children) {
      const children: NginxDirective[] = [];
      for (const child of d.children) join(child, file, c, chain, children);
      c.children = children;
    }
    out.push(c);
  };

  const entryFile = first.file;
  const directives: NginxDirective[] = [];
  await preload(entryFile, [entryFile.path]);
  for (const d of (entryFile.config as NginxConfig).directives) join(d, entryFile, null, [entryFile.path], directives);
  const comments: Comment[] = [];
  for (const f of reader.all) for (const c of (f.config as NginxConfig).comments) comments.push({ text: c.text, span: shifted(c.span, f.base) });
  const combined: NginxConfig = { dialect: 'nginx', directives, comments, syntaxProblems: [] };
  return { spec, dialect: 'nginx', name: describeSpec(spec, (p) => reader.label(p)), files: reader.all, combined, source: reader.combinedSource(), problems, links, repeatedFiles };
}

const includeLists = new WeakMap<NginxConfig, NginxDirective[]>();

/** The `include` directives of a file's model, in order (kept per model: a keystroke elsewhere asks again). */
function includesOf(config: NginxConfig): NginxDirective[] {
  let list = includeLists.get(config);
  if (!list) {
    list = [];
    for (const d of walkNginx(config.directives)) if (d.name === 'include' && d.children === null && d.args.length === 1) list.push(d);
    includeLists.set(config, list);
  }
  return list;
}

/**
 * Files nginx's packages (nginx.org, Debian, Ubuntu, RHEL, Alpine) install in the conf prefix,
 * which configuration repositories include but seldom keep: missing from the workspace, they are
 * a note, not an error.
 */
const PACKAGED = new Set(['mime.types', 'fastcgi_params', 'fastcgi.conf', 'scgi_params', 'uwsgi_params', 'proxy_params', 'koi-utf', 'koi-win', 'win-utf', 'snippets/fastcgi-php.conf', 'snippets/snakeoil.conf']);

/** The folder of a pattern up to its first wildcard after `literal`: what decides whether it is inside the workspace. */
function staticFolder(pattern: string, literal: string): string {
  const cut = literal.length + pattern.slice(literal.length).search(/[*?[]/);
  return path.dirname(pattern.slice(0, cut + 1));
}

function emptyConfig(): NginxConfig {
  return { dialect: 'nginx', directives: [], comments: [], syntaxProblems: [] };
}

/** A copy of a directive (children not copied) moved by `base`, under `parent`. */
function copy(d: NginxDirective, base: number, parent: JoinedDirective | null): JoinedDirective {
  const top = parent === null && d.children !== null && PROTOCOL_BLOCKS.has(d.name);
  return {
    name: d.name,
    nameSpan: shifted(d.nameSpan, base),
    args: d.args.map((a) => ({ raw: a.raw, value: a.value, quoted: a.quoted, span: shifted(a.span, base) })),
    span: shifted(d.span, base),
    children: d.children ? [] : null,
    bodySpan: d.bodySpan ? shifted(d.bodySpan, base) : null,
    parent: parent as NginxDirective | null,
    protocol: top ? (d.name as NginxProtocol) : parent ? parent.protocol : d.protocol,
    protocolKnown: top || (parent ? parent.protocolKnown : false),
  };
}
