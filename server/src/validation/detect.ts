import type { Dialect } from '../model/common';
import * as fs from 'fs';
import * as path from 'path';
import { parseHaproxyVersion, parseNginxVersion } from './messages';
import { runProcess } from './runProcess';

export interface DetectedServer {
  readonly dialect: Dialect;
  /** The binary as configured (`nginx`, `/usr/sbin/nginx`). */
  readonly binary: string;
  /** The version it reports, or null when it could not be run or said nothing we understand. */
  readonly version: string | null;
  /** nginx: the binary is NGINX Plus. */
  readonly plus: boolean;
  /** Why there is no version (not found, timed out, unreadable output). */
  readonly error: string | null;
  /** nginx: where its dynamic modules are (`load_module modules/x.so` resolves against the prefix). */
  readonly modulesPath: string | null;
}

export const DETECT_TIMEOUT_MS = 3000;

/**
 * Runs `nginx -V` / `haproxy -v` and reads the version (nginx prints it on stderr, with its configure
 * arguments: the prefix tells where `load_module modules/...` finds the modules).
 */
export async function detectServer(dialect: Dialect, binary: string, timeoutMs = DETECT_TIMEOUT_MS): Promise<DetectedServer> {
  const result = await runProcess(binary, [dialect === 'nginx' ? '-V' : '-v'], { timeoutMs, maxOutputBytes: 64 * 1024 });
  const none = (error: string): DetectedServer => ({ dialect, binary, version: null, plus: false, error, modulesPath: null });
  if (result.spawnError) return none(result.spawnError === 'ENOENT' ? `${binary} not found` : `cannot run ${binary}: ${result.spawnError}`);
  if (result.timedOut) return none(`${binary} -v did not answer within ${timeoutMs} ms`);
  const output = `${result.stderr}\n${result.stdout}`;
  if (dialect === 'nginx') {
    const parsed = parseNginxVersion(output);
    return parsed
      ? { dialect, binary, version: parsed.version, plus: parsed.plus, error: null, modulesPath: nginxModulesPath(output) }
      : none(`${binary} -V printed no nginx version`);
  }
  const version = parseHaproxyVersion(output);
  return version ? { dialect, binary, version, plus: false, error: null, modulesPath: null } : none(`${binary} -v printed no HAProxy version`);
}

/** Detection results per dialect and binary, run at most once each until `clear`. */
export class ServerDetector {
  private readonly cache = new Map<string, Promise<DetectedServer>>();

  constructor(private readonly run: typeof detectServer = detectServer) {}

  detect(dialect: Dialect, binary: string): Promise<DetectedServer> {
    const key = `${dialect}\u0000${binary}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.run(dialect, binary);
      this.cache.set(key, found);
    }
    return found;
  }

  /** The result if detection has finished, without starting or awaiting anything. */
  peek(dialect: Dialect, binary: string): Promise<DetectedServer> | undefined {
    return this.cache.get(`${dialect}\u0000${binary}`);
  }

  clear(): void {
    this.cache.clear();
  }
}

/** `<prefix>/modules` when it exists (Debian links it to the modules), else `--modules-path`. */
export function nginxModulesPath(configureOutput: string): string | null {
  const prefix = /--prefix=(\S+)/.exec(configureOutput)?.[1];
  if (prefix && fs.existsSync(path.join(prefix, 'modules'))) return path.join(prefix, 'modules');
  const modules = /--modules-path=(\S+)/.exec(configureOutput)?.[1];
  return modules && fs.existsSync(modules) ? modules : null;
}
