import * as fs from 'fs';
import * as path from 'path';
import type { Dialect } from '../model/common';
import { atLeast } from '../engine/versions';
import { parseHaproxyOutput, parseNginxOutput, type ValidatorMessage, type ValidatorSeverity } from './messages';
import { contextsToTry, isContextError, nginxWrapper, type NginxContext } from './nginxContext';
import { runProcess, type ProcessResult } from './runProcess';
import { copyTree, DEFAULT_COPY_LIMITS, nginxConfRoot, TempDir, writeReplacing, type CopyLimits } from './tempCopy';

export const DEFAULT_VALIDATE_TIMEOUT_MS = 5000;

/** How the server runs, shared by the checks of one file and of a whole configuration. */
export interface ServerRun {
  /** `nginx` / `haproxy`, or a path to it. */
  readonly binary: string;
  /** nginx: its version when known; from 1.19.5 on, `-e stderr` keeps the error log off the system. */
  readonly nginxVersion?: string | null;
  /** nginx: the real modules folder, linked as `modules` into the copy (the prefix `-p` points at). */
  readonly nginxModulesPath?: string | null;
  readonly timeoutMs?: number;
  readonly limits?: CopyLimits;
  /** Where the temporary copy goes (default: the system temp dir). */
  readonly tempParent?: string;
}

export interface ValidateRequest extends ServerRun {
  readonly dialect: Dialect;
  /** Absolute path of the document on disk: relative includes resolve from where it lives. */
  readonly file: string;
  /** The text to check (the saved buffer); the file on disk is never written. */
  readonly text: string;
  /** nginx: the context the file belongs in (`main` for a complete nginx.conf). */
  readonly nginxContext?: NginxContext;
}

/** One message of the server, placed in the document. */
export interface ValidationProblem {
  /** 0-based line of the document. */
  readonly line: number;
  readonly severity: ValidatorSeverity;
  readonly level: string;
  readonly message: string;
}

/** What a run of the server said, whatever it checked. */
export interface ServerVerdict {
  /** accepted: exit status says the config is fine; rejected: it is not; unavailable / timeout: no verdict. */
  readonly status: 'accepted' | 'rejected' | 'unavailable' | 'timeout';
  /** What ran, for the log: binary and arguments (paths in the temporary copy). */
  readonly command: readonly string[];
  /** Notes for the log (copy limits hit, binary missing, ...). */
  readonly notes: readonly string[];
  readonly ms: number;
}

export interface ValidationOutcome extends ServerVerdict {
  readonly problems: readonly ValidationProblem[];
  /** nginx fragments: the context the file was checked in. */
  readonly context: NginxContext | null;
}

/**
 * Checks a document with the real server, on a temporary copy:
 *
 * - nginx resolves a relative `include` against the folder of the main config (`-c`), so the copy is
 *   a copy of the file's conf root (the nearest folder above it with an nginx.conf, or its own
 *   folder), with the buffer written over the document's copy. `-p` points at the copy too, so that
 *   relative log, temp and pid paths land there. Copying (rather than `-c` on a file written beside
 *   the user's) is what keeps every file next to the user's untouched: nothing is created, written or
 *   deleted outside the temporary folder, which is removed afterwards. Absolute paths in the config
 *   (`/etc/nginx/mime.types`, `/var/log/nginx/...`) stay what they are: the server reads them the way
 *   it would in production, and `nginx -t` opens (and may create) the log files it names, as it
 *   always does.
 * - A fragment (a conf.d file) is included from a wrapper in the context it belongs in; when nginx
 *   says a directive "is not allowed here" in the fragment, the next context is tried.
 * - HAProxy resolves relative paths (errorfile, crt, maps) against its working directory, so it runs
 *   in a copy of the file's folder on a copy of the file.
 *
 * Processes run with an argument vector (no shell) and are killed, process group and all, after the
 * time limit.
 */
export function validate(req: ValidateRequest): Promise<ValidationOutcome> {
  return inTempDir(req, (tmp) => (req.dialect === 'nginx' ? validateNginx(req, tmp) : validateHaproxy(req, tmp)));
}

/** Runs `check` with a fresh temporary folder, removed afterwards, and times it. */
export async function inTempDir<T extends Omit<ServerVerdict, 'ms'>>(run: Pick<ServerRun, 'tempParent'>, check: (tmp: string) => Promise<T>): Promise<T & { ms: number }> {
  const started = Date.now();
  const temp = new TempDir('affinity-lint-validate-', run.tempParent);
  try {
    const outcome = await check(temp.path);
    return { ...outcome, ms: Date.now() - started };
  } finally {
    temp.dispose();
  }
}

type Found = Omit<ValidationOutcome, 'ms'>;

/** Copies `root` into `into`; past the limits, leaves `into` empty and says so in `notes`. */
export function copyRoot(root: string, into: string, limits: CopyLimits, notes: string[]): void {
  if (!copyTree(root, into, limits)) {
    notes.push(`${root} holds more than ${limits.maxFiles} files or ${Math.round(limits.maxBytes / 1048576)} MB: only the document was copied, so includes of its neighbours are not found`);
    fs.rmSync(into, { recursive: true, force: true });
    fs.mkdirSync(into, { recursive: true });
  }
}

/** The outcome when the server gave no verdict (could not run, timed out), else null. */
export function noVerdict(result: ProcessResult, command: string[], context: NginxContext | null, notes: string[]): Found | null {
  if (result.spawnError) return { status: 'unavailable', problems: [], command, context, notes: [...notes, `cannot run ${command[0]}: ${result.spawnError}`] };
  if (result.timedOut) return { status: 'timeout', problems: [], command, context, notes: [...notes, `${command[0]} did not finish in time and was stopped`] };
  return null;
}

async function validateNginx(req: ValidateRequest, tmp: string): Promise<Found> {
  const notes: string[] = [];
  const context = req.nginxContext ?? 'main';
  const root = context === 'main' ? path.dirname(path.resolve(req.file)) : nginxConfRoot(req.file);
  const copyDir = path.join(tmp, 'conf');
  copyRoot(root, copyDir, req.limits ?? DEFAULT_COPY_LIMITS, notes);
  const rel = path.relative(root, path.resolve(req.file));
  const docCopy = path.join(copyDir, rel);
  writeReplacing(docCopy, req.text);
  const timeoutMs = req.timeoutMs ?? DEFAULT_VALIDATE_TIMEOUT_MS;
  const base = nginxTestArgs(copyDir, req);
  const wrapperPath = path.join(copyDir, '.affinity-lint-wrapper.conf');
  const modules = fs.existsSync('/etc/nginx/modules-enabled') ? 'include /etc/nginx/modules-enabled/*.conf;\n' : '';

  let last: Found | null = null;
  for (const ctx of contextsToTry(context)) {
    let conf = docCopy;
    if (ctx !== 'main') {
      writeReplacing(wrapperPath, nginxWrapper(ctx, docCopy, modules));
      conf = wrapperPath;
    }
    const command = [req.binary, ...base, '-c', conf];
    const result = await runProcess(req.binary, command.slice(1), { cwd: copyDir, timeoutMs });
    const stop = noVerdict(result, command, ctx, notes);
    if (stop) return stop;
    const messages = parseNginxOutput(result.stderr + '\n' + result.stdout);
    const problems = place(messages, { copyDir, docCopy, wrapper: ctx === 'main' ? null : wrapperPath, text: req.text, cwd: copyDir, context: ctx });
    last = { status: result.code === 0 ? 'accepted' : 'rejected', problems, command, context: ctx, notes };
    const contextError = messages.some((m) => m.severity === 'error' && isContextError(m.text) && m.file !== null && samePath(m.file, docCopy, copyDir));
    if (!contextError) return last;
  }
  return last!;
}

async function validateHaproxy(req: ValidateRequest, tmp: string): Promise<Found> {
  const notes: string[] = [];
  const root = path.dirname(path.resolve(req.file));
  const copyDir = path.join(tmp, 'conf');
  copyRoot(root, copyDir, req.limits ?? DEFAULT_COPY_LIMITS, notes);
  const docCopy = path.join(copyDir, path.basename(req.file));
  writeReplacing(docCopy, req.text);
  const command = [req.binary, '-c', '-f', docCopy];
  const result = await runProcess(req.binary, command.slice(1), { cwd: copyDir, timeoutMs: req.timeoutMs ?? DEFAULT_VALIDATE_TIMEOUT_MS });
  const stop = noVerdict(result, command, null, notes);
  if (stop) return stop;
  const messages = parseHaproxyOutput(result.stdout + '\n' + result.stderr);
  const problems = place(messages, { copyDir, docCopy, wrapper: null, text: req.text, cwd: copyDir, context: null });
  // Exit status 2: "no error but will not start (no listener)": a backend-only file is fine.
  const accepted = result.code === 0 || result.code === 2;
  if (!accepted && !problems.some((p) => p.severity === 'error')) {
    const first = (result.stderr || result.stdout).split('\n').find((l) => l.trim()) ?? `exit status ${result.code}`;
    problems.push({ line: 0, severity: 'error', level: 'ALERT', message: first.trim() });
  }
  return { status: accepted ? 'accepted' : 'rejected', problems, command, context: null, notes };
}

/**
 * `-t -p <prefix>/ [-e stderr]`, with the prefix made ready: relative log paths (the compiled-in
 * default error log among them) land in it, and `load_module modules/x.so` (Debian's
 * modules-enabled) finds the real modules through a link.
 */
export function nginxTestArgs(prefix: string, run: Pick<ServerRun, 'nginxVersion' | 'nginxModulesPath'>): string[] {
  fs.mkdirSync(path.join(prefix, 'logs'), { recursive: true });
  if (run.nginxModulesPath && !fs.existsSync(path.join(prefix, 'modules'))) fs.symlinkSync(run.nginxModulesPath, path.join(prefix, 'modules'));
  const args = ['-t', '-p', `${prefix}${path.sep}`];
  if (run.nginxVersion && atLeast(run.nginxVersion, '1.19.5')) args.push('-e', 'stderr');
  return args;
}

function samePath(printed: string, file: string, cwd: string): boolean {
  return path.resolve(cwd, printed) === file;
}

interface Placement {
  readonly copyDir: string;
  readonly docCopy: string;
  readonly wrapper: string | null;
  readonly text: string;
  readonly cwd: string;
  readonly context: NginxContext | null;
}

/** The 0-based line of `backend NAME` (or frontend / listen / defaults) in the text, or -1. */
export function proxyLine(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^[ \\t]*(?:backend|frontend|listen|defaults)[ \\t]+${escaped}(?:[ \\t]|$)`);
  return text.split(/\r?\n/).findIndex((l) => re.test(l));
}

/** Places each message on a line of the document; messages about other files go on line 1 and say where. */
function place(messages: readonly ValidatorMessage[], at: Placement): ValidationProblem[] {
  const lineCount = at.text.split('\n').length;
  const problems: ValidationProblem[] = [];
  for (const m of messages) {
    if (/could not open error log file/.test(m.text)) continue; // the compiled-in log path of an unprivileged run
    let line = 0;
    let message = m.text;
    if (m.file !== null && m.line !== null) {
      const printed = path.resolve(at.cwd, m.file);
      if (printed === at.docCopy) line = Math.min(Math.max(m.line - 1, 0), lineCount - 1);
      else if (at.wrapper && printed === at.wrapper) message = `${m.text} (in the ${at.context} { } wrapper this fragment was checked in)`;
      else {
        const rel = path.relative(at.copyDir, printed);
        message = `${m.text} (in ${rel.startsWith('..') ? m.file : rel}:${m.line})`;
      }
    } else if (m.proxy) {
      line = Math.max(proxyLine(at.text, m.proxy), 0);
    }
    // Paths of the temporary copy mean nothing to the user: show them relative to the conf root.
    message = message.split(`${at.copyDir}${path.sep}`).join('');
    problems.push({ line, severity: m.severity, level: m.level, message });
  }
  return problems;
}
