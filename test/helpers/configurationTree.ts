import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DiskFiles } from '../../server/src/configuration/fileAccess';
import { lintConfiguration } from '../../server/src/configuration/lintConfiguration';
import { loadConfiguration, ModelCache } from '../../server/src/configuration/load';
import { DEFAULT_NGINX_ROOT, type ConfigurationSpec, type LoadedConfiguration, type ReadPolicy } from '../../server/src/configuration/spec';
import { Linter } from '../../server/src/engine/linter';
import { normalizeSettings } from '../../server/src/engine/settings';
import type { NginxDirective } from '../../server/src/model/nginx';
import { ConfigParser } from '../../server/src/parsing/configParser';
import { GrammarLoader } from '../../server/src/parsing/treeSitter';
import { RULES } from '../../server/src/rules/registry';
import type { Finding } from '../../server/src/rules/types';
import type { SourceText } from '../../server/src/text/sourceText';

/** A file's content, or a symbolic link to `link` (relative to the link's folder, as `ln -s` takes it). */
export type Entry = string | Buffer | { readonly link: string };

/** Temporary folders of configuration files, removed by `cleanup`. */
export class Trees {
  private root: string | null = null;
  private n = 0;

  /** A fresh folder holding `files` (paths relative to it); its real path. */
  make(files: Record<string, Entry>): string {
    this.root ??= fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lint-tree-')));
    const dir = path.join(this.root, `tree-${++this.n}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (typeof content === 'object' && !Buffer.isBuffer(content)) fs.symlinkSync(content.link, file);
      else fs.writeFileSync(file, content);
    }
    return dir;
  }

  cleanup(): void {
    if (this.root) fs.rmSync(this.root, { recursive: true, force: true });
    this.root = null;
  }
}

/** One grammar loader for every configuration test (loading WASM is the slow part). */
export const parser = new ConfigParser(new GrammarLoader());
const linter = new Linter(RULES);

export function policyFor(root: string, over: Partial<ReadPolicy> = {}): ReadPolicy {
  return { roots: [root], readOutside: false, nginxRoot: DEFAULT_NGINX_ROOT, ...over };
}

/** Reads a configuration of a tree from disk, as the CLI does. */
export async function load(spec: ConfigurationSpec, policy: ReadPolicy, files = new DiskFiles()): Promise<LoadedConfiguration> {
  return loadConfiguration(spec, files, new ModelCache(parser).models, policy);
}

/** "label:line" of a span of one file of a configuration (the configuration's first file without `file`). */
export function at(loaded: LoadedConfiguration, file: string | null | undefined, offset: number): string {
  const f = loaded.files.find((x) => x.path === file) ?? loaded.files[0];
  return `${f.label}:${f.source.positionAt(offset).line + 1}`;
}

/** The problems of a configuration's tree, as "label:line severity message". */
export function problems(loaded: LoadedConfiguration): string[] {
  return loaded.problems.map((p) => `${p.file === null ? '(configuration)' : at(loaded, p.file, p.span.start)} ${p.severity} ${p.message}`);
}

/**
 * The joined NGINX model as an outline, one line per directive: its block path from the top
 * (`http/upstream/server`), then `@label` when it comes from a file other than the entry.
 */
export function outline(loaded: LoadedConfiguration): string[] {
  if (loaded.combined.dialect !== 'nginx') throw new Error('outline: not an NGINX configuration');
  const out: string[] = [];
  const walk = (ds: readonly NginxDirective[], above: string): void => {
    for (const d of ds) {
      const name = above ? `${above}/${d.name}` : d.name;
      const part = loaded.source.partAt(d.span.start);
      out.push(part.file === loaded.files[0]?.path ? name : `${name}@${part.label}`);
      if (d.children) walk(d.children, name);
    }
  };
  walk(loaded.combined.directives, '');
  return out;
}

export interface LintedTree {
  readonly loaded: LoadedConfiguration;
  /** By file label: each finding as "line ruleId" (only the rules asked for, when `rules` is given). */
  readonly findings: Record<string, string[]>;
  /** By file label: the findings themselves. */
  readonly raw: Map<string, Finding[]>;
  /** A file's text by label. */
  source(label: string): SourceText;
}

/** Reads and lints a configuration; `settings` in the shape of `.affinity-lint.json`. */
export async function lintTree(spec: ConfigurationSpec, policy: ReadPolicy, options: { settings?: Record<string, unknown>; rules?: readonly string[]; files?: DiskFiles } = {}): Promise<LintedTree> {
  const loaded = await load(spec, policy, options.files);
  const settings = normalizeSettings(options.settings ?? {}).settings;
  const result = lintConfiguration(linter, loaded, settings);
  const findings: Record<string, string[]> = {};
  const raw = new Map<string, Finding[]>();
  for (const f of loaded.files) {
    const list = (result.byFile.get(f.path) ?? []).filter((x) => !options.rules || options.rules.includes(x.ruleId));
    raw.set(f.label, list);
    findings[f.label] = list.map((x) => `${f.source.positionAt(x.span.start).line + 1} ${x.ruleId}`);
  }
  const source = (label: string): SourceText => loaded.files.find((f) => f.label === label)!.source;
  return { loaded, findings, raw, source };
}

/** The two-file HAProxy example (00-global.cfg, 10-shop.cfg): the backend's mode comes from the first file's defaults. */
export const GLOBAL_CFG = [
  'global',
  '    log stdout format raw local0',
  '',
  'defaults',
  '    mode http',
  '    option redispatch',
  '    timeout connect 5s',
  '    timeout client 30s',
  '    timeout server 30s',
  '',
].join('\n');
export const SHOP_CFG = [
  'backend shop',
  '    balance roundrobin',
  '    cookie SRV insert indirect nocache secure httponly attr "SameSite=Lax" maxidle 30m maxlife 8h',
  '    server s1 10.0.0.1:80 check cookie s1',
  '    server s2 10.0.0.2:80 check cookie s2',
  '',
].join('\n');
