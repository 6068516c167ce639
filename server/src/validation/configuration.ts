import * as fs from 'fs';
import * as path from 'path';
import type { Dialect } from '../model/common';
import { parseHaproxyOutput, parseNginxOutput, type ValidatorMessage, type ValidatorSeverity } from './messages';
import { runProcess } from './runProcess';
import { DEFAULT_COPY_LIMITS, writeReplacing } from './tempCopy';
import { copyRoot, DEFAULT_VALIDATE_TIMEOUT_MS, inTempDir, nginxTestArgs, noVerdict, proxyLine, type ServerRun, type ServerVerdict } from './validator';

/** The folder a configuration's absolute paths name in production, per dialect (Debian's layout). */
export const DEFAULT_SYSTEM_ROOT: Record<Dialect, string> = { nginx: '/etc/nginx', haproxy: '/etc/haproxy' };

export interface ValidateConfigurationRequest extends ServerRun {
  readonly dialect: Dialect;
  /**
   * The server's own arguments, paths relative to `root` or absolute inside it: nginx `-c entry`
   * (and optionally `-p prefix`, `-g directives`); HAProxy `-f path` once per file or folder, in order.
   */
  readonly args: readonly string[];
  /** The folder the configuration lives in; it is copied whole, and every message is mapped back into it. */
  readonly root: string;
  /** Texts that take the place of the disk's (unsaved buffers), by absolute path below `root`. */
  readonly texts?: ReadonlyMap<string, string>;
  /**
   * The absolute folder `root` stands for in production (default /etc/nginx, /etc/haproxy): a path
   * under it that names something in `root` (`include /etc/nginx/conf.d/*.conf;`) is rewritten onto
   * the copy; any other absolute path is left for the server to read from the system.
   */
  readonly systemRoot?: string;
}

/** One message of the server, placed in a file of the configuration. */
export interface ConfigurationProblem {
  /** The original file (absolute), or null when the message is about no file of the configuration. */
  readonly file: string | null;
  /** 0-based line of `file` (0 when `file` is null). */
  readonly line: number;
  readonly severity: ValidatorSeverity;
  readonly level: string;
  readonly message: string;
}

export interface ConfigurationOutcome extends ServerVerdict {
  readonly problems: readonly ConfigurationProblem[];
}

/**
 * Checks a whole configuration with the real server, the way it loads it (`nginx -c`, `haproxy -f
 * ... -f ...`), on a temporary copy of `root` with the unsaved texts written over their files, so
 * that nothing of the user's is read half-edited or written. Absolute paths under the system root
 * (`/etc/nginx/...`) that exist in the copy point into it. Every message is mapped back to the
 * original file and line: the copy's paths never reach the user.
 */
export function validateConfiguration(req: ValidateConfigurationRequest): Promise<ConfigurationOutcome> {
  return inTempDir(req, async (tmp) => {
    const notes: string[] = [];
    const root = path.resolve(req.root);
    const copyDir = path.join(tmp, 'conf');
    copyRoot(root, copyDir, req.limits ?? DEFAULT_COPY_LIMITS, notes);
    for (const [file, text] of req.texts ?? new Map<string, string>()) {
      const rel = path.relative(root, path.resolve(file));
      if (rel.startsWith('..') || path.isAbsolute(rel)) notes.push(`${file} is outside ${root}: its unsaved text is not part of the check`);
      else writeReplacing(path.join(copyDir, rel), text);
    }
    const systemRoot = req.systemRoot ?? DEFAULT_SYSTEM_ROOT[req.dialect];
    rewriteSystemPaths(copyDir, systemRoot);
    const ctx: Mapping = { root, copyDir, systemRoot };
    return req.dialect === 'nginx' ? checkNginx(req, ctx, notes) : checkHaproxy(req, ctx, notes);
  });
}

type Found = Omit<ConfigurationOutcome, 'ms'>;

interface Mapping {
  readonly root: string;
  readonly copyDir: string;
  readonly systemRoot: string;
}

/** A path argument of the request as a path in the copy; null when it is outside `root`. */
function inCopy(arg: string, m: Mapping): string | null {
  const abs = path.resolve(m.root, arg);
  const rel = path.relative(m.root, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    const sys = path.posix.relative(m.systemRoot, arg.split(path.sep).join('/'));
    return arg.startsWith('/') && !sys.startsWith('..') ? path.join(m.copyDir, sys) : null;
  }
  return path.join(m.copyDir, rel);
}

async function checkNginx(req: ValidateConfigurationRequest, m: Mapping, notes: string[]): Promise<Found> {
  let entry: string | null = null;
  let prefix: string | null = null;
  const globals: string[] = [];
  for (let i = 0; i < req.args.length; i += 2) {
    const [flag, value] = [req.args[i], req.args[i + 1]];
    if (value === undefined) return usage(req, `${flag} needs a value`, notes);
    if (flag === '-c') entry = inCopy(value, m);
    else if (flag === '-p') prefix = inCopy(value, m);
    else if (flag === '-g') globals.push(value);
    else return usage(req, `nginx argument ${flag} is not one of -c, -p, -g`, notes);
    if ((flag === '-c' && !entry) || (flag === '-p' && !prefix)) return usage(req, `${value} is not inside ${m.root}`, notes);
  }
  if (!entry) return usage(req, 'nginx needs -c <entry>', notes);
  // Relative log, temp and pid paths land in the copy (the prefix given, mapped onto it, or its top).
  const args = nginxTestArgs(prefix ?? m.copyDir, req);
  // nginx -t creates the pid file (/run/nginx.pid, which a user cannot write): it goes in the prefix.
  if (!movePidFile(entry)) globals.push('pid logs/nginx.pid;');
  // nginx keeps only the last -g: one argument holds them all.
  if (globals.length) args.push('-g', globals.join(' '));
  args.push('-c', entry);
  const command = [req.binary, ...args];
  const result = await runProcess(req.binary, args, { cwd: m.copyDir, timeoutMs: req.timeoutMs ?? DEFAULT_VALIDATE_TIMEOUT_MS });
  const stop = noVerdict(result, command, null, notes);
  if (stop) return { status: stop.status, problems: [], command, notes: stop.notes };
  const problems = placeAll(parseNginxOutput(`${result.stderr}\n${result.stdout}`), m, [], req.binary);
  return finish(result.code === 0, result, problems, command, notes, req.binary);
}

async function checkHaproxy(req: ValidateConfigurationRequest, m: Mapping, notes: string[]): Promise<Found> {
  const paths: string[] = [];
  for (let i = 0; i < req.args.length; i += 2) {
    const [flag, value] = [req.args[i], req.args[i + 1]];
    if (flag !== '-f' || value === undefined) return usage(req, 'haproxy takes -f <file or folder> arguments only', notes);
    const p = inCopy(value, m);
    if (!p) return usage(req, `${value} is not inside ${m.root}`, notes);
    paths.push(p);
  }
  if (!paths.length) return usage(req, 'haproxy needs at least one -f', notes);
  const args = ['-c', ...paths.flatMap((p) => ['-f', p])];
  const command = [req.binary, ...args];
  const result = await runProcess(req.binary, args, { cwd: m.copyDir, timeoutMs: req.timeoutMs ?? DEFAULT_VALIDATE_TIMEOUT_MS });
  const stop = noVerdict(result, command, null, notes);
  if (stop) return { status: stop.status, problems: [], command, notes: stop.notes };
  const problems = placeAll(parseHaproxyOutput(`${result.stdout}\n${result.stderr}`), m, haproxyFilesInOrder(paths), req.binary);
  // Exit status 2: "no error but will not start (no listener)".
  return finish(result.code === 0 || result.code === 2, result, problems, command, notes, req.binary);
}

/**
 * Points the entry's `pid` directives at `logs/nginx.pid` in the prefix, on the same line (the pid
 * file is the running server's, not configuration); false when the entry has none.
 */
function movePidFile(entry: string): boolean {
  const text = readText(entry);
  const out = text.replace(/^([ \t]*pid[ \t]+)(?:"[^"]*"|'[^']*'|[^\s;]+)([ \t]*;)/gm, '$1logs/nginx.pid$2');
  if (out !== text) writeReplacing(entry, Buffer.from(out, 'latin1'));
  return /^[ \t]*pid[ \t]/m.test(text);
}

function usage(req: ValidateConfigurationRequest, why: string, notes: string[]): Found {
  return { status: 'unavailable', problems: [], command: [req.binary, ...req.args], notes: [...notes, `cannot check ${req.args.join(' ')}: ${why}`] };
}

function finish(accepted: boolean, result: Awaited<ReturnType<typeof runProcess>>, problems: ConfigurationProblem[], command: string[], notes: string[], binary: string): Found {
  if (!accepted && !problems.some((p) => p.severity === 'error')) {
    // A refusal without a message we read: a crash (nginx recursing through an include cycle) or an odd line.
    const first = result.signal ? `${path.basename(binary)} was killed by ${result.signal}` : ((result.stderr || result.stdout).split('\n').find((l) => l.trim()) ?? `exit status ${result.code}`).trim();
    problems.push({ file: null, line: 0, severity: 'error', level: result.signal ? 'crash' : 'error', message: first });
  }
  return { status: accepted ? 'accepted' : 'rejected', problems, command, notes };
}

/** The *.cfg files HAProxy reads for `-f` paths (a folder: its non-hidden *.cfg in byte order). */
function haproxyFilesInOrder(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    try {
      if (!fs.statSync(p).isDirectory()) return [p];
      return fs
        .readdirSync(p)
        .filter((n) => n.endsWith('.cfg') && !n.startsWith('.'))
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
        .map((n) => path.join(p, n));
    } catch {
      return [p];
    }
  });
}

/** The original of a path the server printed: a file of the copy maps back into `root`. */
function original(printed: string, m: Mapping): string | null {
  const abs = path.resolve(m.copyDir, printed);
  const rel = path.relative(m.copyDir, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : path.join(m.root, rel);
}

/** Places every message in an original file; HAProxy messages naming only a proxy go on its section line. */
function placeAll(messages: readonly ValidatorMessage[], m: Mapping, haproxyFiles: readonly string[], binary: string): ConfigurationProblem[] {
  const problems: ConfigurationProblem[] = [];
  for (const msg of messages) {
    if (/could not open error log file/.test(msg.text)) continue; // the compiled-in log path of an unprivileged run
    let file: string | null = null;
    let line = 0;
    let message = msg.text;
    if (msg.file !== null && msg.line !== null) {
      file = original(msg.file, m);
      if (file) line = msg.line - 1;
      else message = `${msg.text} (in ${msg.file}:${msg.line})`;
    } else if (msg.proxy) {
      for (const f of haproxyFiles) {
        const at = proxyLine(readText(f), msg.proxy);
        if (at >= 0) {
          file = original(f, m);
          line = at;
          break;
        }
      }
    }
    // Paths of the copy mean nothing to the user: name the original files.
    message = message.split(`${m.copyDir}${path.sep}`).join(`${m.root}${path.sep}`).split(m.copyDir).join(m.root);
    problems.push({ file, line: Math.max(line, 0), severity: msg.severity, level: msg.level, message: file || msg.file ? message : `${path.basename(binary)}: ${message}` });
  }
  return problems;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    return '';
  }
}

const MAX_REWRITE_BYTES = 4 * 1024 * 1024;

/**
 * In every text file of the copy, an absolute path under `systemRoot` (`/etc/nginx/conf.d/*.conf`)
 * whose target is in the copy is rewritten to point there; a path whose target the copy lacks
 * (`/etc/nginx/mime.types` from the system) stays. Lines keep their number; bytes are kept as read.
 */
export function rewriteSystemPaths(copyDir: string, systemRoot: string): void {
  const sys = systemRoot.replace(/\/+$/, '');
  if (!sys.startsWith('/')) return;
  const escaped = sys.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const token = new RegExp(`(^|[\\s"'=])${escaped}(/[^\\s;"'{}]*)?(?=$|[\\s;"'{}])`, 'gm');
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        // Debian's sites-enabled/default -> /etc/nginx/sites-available/default: into the copy too.
        const target = fs.readlinkSync(p);
        const rel = path.posix.relative(sys, target);
        if (target.startsWith(`${sys}/`) && targetInCopy(copyDir, rel)) {
          fs.rmSync(p, { force: true });
          fs.symlinkSync(path.join(copyDir, rel), p);
        }
      } else if (e.isDirectory()) walk(p);
      else if (e.isFile() && fs.statSync(p).size <= MAX_REWRITE_BYTES) {
        const bytes = fs.readFileSync(p);
        if (bytes.includes(0)) continue;
        const text = bytes.toString('latin1');
        const out = text.replace(token, (whole, lead: string, rest: string | undefined) => {
          const rel = (rest ?? '').replace(/^\/+/, '');
          return targetInCopy(copyDir, rel) ? `${lead}${path.join(copyDir, rel)}${rest?.endsWith('/') ? '/' : ''}` : whole;
        });
        if (out !== text) writeReplacing(p, Buffer.from(out, 'latin1'));
      }
    }
  };
  walk(copyDir);
}

/** Whether `rel` (a path or a glob) names something in the copy: for a glob, its fixed leading folder. */
function targetInCopy(copyDir: string, rel: string): boolean {
  const glob = rel.search(/[*?[]/);
  const fixed = glob < 0 ? rel : rel.slice(0, rel.lastIndexOf('/', glob) + 1);
  return fs.existsSync(path.join(copyDir, fixed));
}
