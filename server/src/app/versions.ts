import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import type { KindFiles } from '../kinds/fileKind';
import type { AppVersions, PackageVersion } from './model';

/** How many folders up from the file a package.json, and from it a lockfile, is looked for. */
const MAX_UP = 8;
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'] as const;

export const NO_VERSIONS: AppVersions = { packageJson: null, lockfile: null, moduleType: null, nodeEngine: null, packages: new Map() };

function* foldersUp(from: string): Generator<string> {
  let dir = from;
  for (let i = 0; i < MAX_UP; i++) {
    yield dir;
    const up = path.dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The major version a range or version starts from (`^7.1.0` 7, `>=5` 5, `7.x` 7); null for `*`, tags, URLs. */
export function majorOfRange(range: string): number | null {
  const r = range.trim().replace(/^npm:(?:@?[^@]+)@/, '');
  const m = /^(?:\^|~|>=|>|=|v)?\s*(\d+)(?:\.|$|\s|-)/.exec(r);
  return m ? Number(m[1]) : null;
}

/**
 * The versions of the packages beside a file: the nearest package.json's declared ranges, and the
 * versions its lockfile (the nearest at or above that package.json: npm, yarn classic or berry, pnpm)
 * pins. Only the packages `wanted` are looked up in the lockfile.
 */
export async function readVersions(file: string, files: KindFiles, wanted: readonly string[]): Promise<AppVersions> {
  let pkgPath: string | null = null;
  let pkg: Json | null = null;
  for (const dir of foldersUp(path.dirname(file))) {
    const p = path.join(dir, 'package.json');
    const text = await files.read(p);
    if (text === null) continue;
    try {
      const parsed: unknown = JSON.parse(text);
      if (isObject(parsed)) {
        pkgPath = p;
        pkg = parsed;
        break;
      }
    } catch {
      // A package.json that is not JSON tells nothing: keep looking above.
    }
  }
  const ranges = new Map<string, string>();
  if (pkg) {
    // Later sections win: a package in dependencies is what runs.
    for (const section of ['peerDependencies', 'optionalDependencies', 'devDependencies', 'dependencies']) {
      const deps = pkg[section];
      if (!isObject(deps)) continue;
      for (const [name, range] of Object.entries(deps)) if (typeof range === 'string') ranges.set(name, range);
    }
  }

  let lockPath: string | null = null;
  let installed = new Map<string, string>();
  if (pkgPath) {
    const pkgDir = path.dirname(pkgPath);
    search: for (const dir of foldersUp(pkgDir)) {
      for (const name of LOCKFILES) {
        const p = path.join(dir, name);
        const text = await files.read(p);
        if (text === null) continue;
        lockPath = p;
        const rel = path.relative(dir, pkgDir).split(path.sep).join('/');
        installed = readLockfile(name, text, rel, wanted, ranges);
        break search;
      }
    }
  }

  const packages = new Map<string, PackageVersion>();
  for (const name of new Set([...ranges.keys(), ...installed.keys()])) {
    const range = ranges.get(name) ?? null;
    const pinned = installed.get(name) ?? null;
    const fromLock = pinned !== null ? majorOfRange(pinned) : null;
    const major = fromLock ?? (range !== null ? majorOfRange(range) : null);
    const from = fromLock !== null && lockPath ? path.basename(lockPath) : 'package.json';
    packages.set(name, { name, range, installed: pinned, major, from });
  }
  const type = pkg?.type;
  const engines = pkg?.engines;
  return {
    packageJson: pkgPath,
    lockfile: lockPath,
    moduleType: type === 'module' ? 'module' : type === 'commonjs' ? 'commonjs' : null,
    nodeEngine: isObject(engines) && typeof engines.node === 'string' ? engines.node : null,
    packages,
  };
}

/** Versions a lockfile pins for the wanted packages, as seen from the workspace at `rel` ('' = the root). */
export function readLockfile(
  name: (typeof LOCKFILES)[number],
  text: string,
  rel: string,
  wanted: readonly string[],
  ranges: ReadonlyMap<string, string>,
): Map<string, string> {
  try {
    if (name === 'yarn.lock') return readYarnLock(text, wanted, ranges);
    if (name === 'pnpm-lock.yaml') return readPnpmLock(text, rel, wanted);
    return readNpmLock(text, rel, wanted);
  } catch {
    return new Map();
  }
}

function readNpmLock(text: string, rel: string, wanted: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const lock: unknown = JSON.parse(text);
  if (!isObject(lock)) return out;
  const packages = lock.packages;
  const dependencies = lock.dependencies;
  for (const name of wanted) {
    // v2/v3: "packages" keyed by install path; a workspace's own node_modules first.
    if (isObject(packages)) {
      const keys = rel ? [`${rel}/node_modules/${name}`, `node_modules/${name}`] : [`node_modules/${name}`];
      const entry = keys.map((k) => packages[k]).find(isObject);
      if (entry && typeof entry.version === 'string') {
        out.set(name, entry.version);
        continue;
      }
    }
    // v1: "dependencies" keyed by name.
    if (isObject(dependencies)) {
      const entry = dependencies[name];
      if (isObject(entry) && typeof entry.version === 'string') out.set(name, entry.version);
    }
  }
  return out;
}

/**
 * yarn.lock, classic (`"name@^1.0.0", name@^1.2.0:` then `  version "1.2.3"`) and berry
 * (`"name@npm:^1.0.0":` then `  version: 1.2.3`): the entry whose descriptors hold the declared
 * range, else the only (or highest) entry of that name.
 */
function readYarnLock(text: string, wanted: readonly string[], ranges: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const want = new Set(wanted);
  const found = new Map<string, { descriptors: string[]; version: string }[]>();
  let current: { names: Map<string, string[]>; version: string | null } | null = null;
  const flush = (): void => {
    if (!current?.version) return;
    for (const [pkgName, descriptors] of current.names) {
      const list = found.get(pkgName) ?? [];
      list.push({ descriptors, version: current.version });
      found.set(pkgName, list);
    }
  };
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      flush();
      current = { names: new Map(), version: null };
      const head = line.replace(/:\s*$/, '');
      for (const part of head.split(',')) {
        const d = part.trim().replace(/^"|"$/g, '');
        const at = d.indexOf('@', 1);
        if (at < 0) continue;
        const pkgName = d.slice(0, at);
        if (!want.has(pkgName)) continue;
        const list = current.names.get(pkgName) ?? [];
        list.push(d.slice(at + 1).replace(/^npm:/, ''));
        current.names.set(pkgName, list);
      }
      continue;
    }
    const m = /^\s+version:?\s+"?([^"\s]+)"?\s*$/.exec(line);
    if (m && current && current.version === null) current.version = m[1];
  }
  flush();
  for (const [pkgName, entries] of found) {
    const range = ranges.get(pkgName);
    const exact = range !== undefined ? entries.find((e) => e.descriptors.includes(range)) : undefined;
    const pick = exact ?? entries.slice().sort((a, b) => compareVersions(b.version, a.version))[0];
    if (pick) out.set(pkgName, pick.version);
  }
  return out;
}

/** pnpm-lock.yaml v5 (`dependencies: name: 1.2.3`), v6+ (`importers: .: dependencies: name: {version}`). */
function readPnpmLock(text: string, rel: string, wanted: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const lock: unknown = parseYaml(text, { uniqueKeys: false });
  if (!isObject(lock)) return out;
  const importers = lock.importers;
  const scopes: Json[] = [];
  if (isObject(importers)) {
    const own = importers[rel || '.'];
    if (isObject(own)) scopes.push(own);
    const root = importers['.'];
    if (rel && isObject(root)) scopes.push(root);
  }
  scopes.push(lock);
  for (const name of wanted) {
    for (const scope of scopes) {
      const v = ['dependencies', 'devDependencies', 'optionalDependencies']
        .map((s) => scope[s])
        .filter(isObject)
        .map((deps) => deps[name])
        .find((d) => d !== undefined);
      const version = typeof v === 'string' ? v : isObject(v) && typeof v.version === 'string' ? v.version : null;
      if (version) {
        // `4.6.0(@types/node@20.0.0)` (v6+ peer suffix), `4.6.0_peer@1.0.0` (v5).
        out.set(name, version.replace(/[(_].*$/, ''));
        break;
      }
    }
  }
  return out;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number(x) || 0);
  const pb = b.split(/[.-]/).map((x) => Number(x) || 0);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
