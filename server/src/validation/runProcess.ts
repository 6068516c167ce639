import { spawn } from 'child_process';

/** What one run of a validator binary gave. */
export interface ProcessResult {
  /** Exit status, or null when the process was killed or never started. */
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the run hit the time limit and its process group was killed. */
  readonly timedOut: boolean;
  /** Why the process could not be started (ENOENT: no such binary, EACCES: not executable). */
  readonly spawnError: string | null;
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly timeoutMs: number;
  /** Output kept per stream; the rest is dropped (a validator that floods must not fill memory). */
  readonly maxOutputBytes?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs `file` with an argument vector: never through a shell, so no path or setting is ever parsed
 * as shell syntax. On POSIX the child leads its own process group (`detached`), so that a timeout
 * kills the whole group, including anything a wrapper script started.
 */
export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  const started = Date.now();
  const max = options.maxOutputBytes ?? 1024 * 1024;
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let done = false;
    let child: ReturnType<typeof spawn>;
    const finish = (code: number | null, signal: string | null, spawnError: string | null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      resolve({ code, signal, stdout, stderr, timedOut, spawnError, ms: Date.now() - started });
    };
    let grace: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
      // Pipes held open by an orphan must not keep us waiting: give up on them shortly after.
      grace = setTimeout(() => finish(null, 'SIGKILL', null), 1000);
    }, options.timeoutMs);
    try {
      child = spawn(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        detached: process.platform !== 'win32',
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      finish(null, null, (e as NodeJS.ErrnoException).code ?? String(e));
      return;
    }
    child.stdout!.on('data', (d: Buffer) => {
      if (stdout.length < max) stdout += d.toString('utf8');
    });
    child.stderr!.on('data', (d: Buffer) => {
      if (stderr.length < max) stderr += d.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => finish(null, null, e.code ?? e.message));
    child.on('close', (code, signal) => finish(code, signal, null));
  });
}

function killGroup(child: ReturnType<typeof spawn> | undefined): void {
  if (!child?.pid) return;
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}
