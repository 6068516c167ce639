// A code-server harness for the editor tests and `npm start`.
//
// startCodeServer() starts code-server 4.100.3 (installed by scripts/e2e/install-code-server.sh into
// .e2e/code-server) with setsid, so that it leads a process group of its own, on a free loopback port
// with --auth none, a fresh user-data-dir and extensions-dir and the deterministic user settings of
// the team's toolchain notes; installs a VSIX first if given; polls /healthz. stop() kills the whole
// process group (the file watcher and the extension host outlive the top process otherwise); it also
// runs on exit, SIGINT and SIGTERM.
//
// launchBrowser() starts Debian's chromium through playwright-core with TOOLCHAIN.md's flags.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_DIR = resolve(process.env.CODE_SERVER_DIR ?? join(ROOT, '.e2e', 'code-server'));
const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** User settings that keep the workbench deterministic (TOOLCHAIN.md). */
export const DETERMINISTIC_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'editor.editContext': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'files.autoSave': 'off',
  'editor.hover.delay': 100,
  'workbench.reduceMotion': 'on',
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function requireTool(name) {
  const require = createRequire(join(CODE_SERVER_DIR, 'package.json'));
  return require(name);
}

export function assertInstalled() {
  if (!existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}: run scripts/e2e/install-code-server.sh`);
  }
}

export function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

/** Polls `check` (sync or async) every `interval` ms until it returns a truthy value; throws after `timeout`. */
export async function waitFor(check, { timeout = 30_000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

const live = new Set();
let exitHookInstalled = false;
let signalHooksInstalled = false;
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
function installHooks(signals) {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const pid of live) killGroup(pid, 'SIGKILL');
    });
  }
  if (!signals || signalHooksInstalled) return;
  signalHooksInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      for (const pid of live) killGroup(pid, 'SIGKILL');
      process.exit(130);
    });
  }
}

/**
 * Starts code-server on `folder`. Options: vsix (installed first), settings (merged over the
 * deterministic ones), env (extra environment for the server and its extension host), logFile,
 * keepDirs (keep the user-data and extensions dirs), handleSignals (false: the caller stops the
 * server on SIGINT/SIGTERM itself; the group is still SIGKILLed when the process exits).
 */
export async function startCodeServer({ folder, vsix, settings = {}, env = {}, logFile, keepDirs = false, handleSignals = true } = {}) {
  assertInstalled();
  installHooks(handleSignals);
  const base = mkdtempSync(join(tmpdir(), 'affinity-lint-cs-'));
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DETERMINISTIC_SETTINGS, ...settings }, null, 2));
  const dirs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const childEnv = { ...process.env, ...env };
  delete childEnv.VSCODE_IPC_HOOK_CLI; // never talk to an editor this process may run in

  if (vsix) {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [CODE_SERVER_BIN, ...dirs, '--install-extension', vsix], { env: childEnv, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    if (!/successfully installed/i.test(r.stdout + r.stderr)) throw new Error(`--install-extension ${vsix} said:\n${r.stdout}\n${r.stderr}`);
    process.stderr.write(`[harness] installed ${vsix} (${Date.now() - t0} ms)\n`);
  }

  const port = await freePort();
  const log = logFile ?? join(base, 'code-server.log');
  mkdirSync(dirname(log), { recursive: true });
  const out = createWriteStream(log);
  await new Promise((r) => out.on('open', r));
  const args = [
    process.execPath,
    CODE_SERVER_BIN,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...dirs,
    folder,
  ];
  // setsid: code-server and everything it starts form one process group, killed as one at the end.
  const child = spawn('setsid', args, { env: childEnv, stdio: ['ignore', out, out] });
  const pid = child.pid;
  live.add(pid);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    killGroup(pid, 'SIGTERM');
    try {
      // The group is gone when signal 0 to it fails.
      await waitFor(() => !killGroup(pid, 0), { timeout: 5_000, interval: 50, what: 'code-server process group to exit' });
    } catch {
      killGroup(pid, 'SIGKILL');
      await waitFor(() => !killGroup(pid, 0), { timeout: 5_000, interval: 50, what: 'code-server process group to die' }).catch(() => {});
    }
    live.delete(pid);
    out.end();
    if (!keepDirs) rmSync(base, { recursive: true, force: true });
  }

  try {
    const t0 = Date.now();
    await waitFor(
      async () => {
        if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); log:\n${readLog(log)}`);
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      { timeout: 60_000, interval: 100, what: `${url}/healthz` },
    ).catch((e) => {
      if (/exited early/.test(e.message)) throw e;
      throw new Error(`${e.message}\nlog:\n${readLog(log)}`);
    });
    process.stderr.write(`[harness] code-server up at ${url} (pid group ${pid}, ${Date.now() - t0} ms)\n`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, pid, userDataDir, extensionsDir, log, folderUrl: (f = folder) => `${url}/?folder=${encodeURIComponent(f)}`, stop };
}

function readLog(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Debian chromium through playwright-core. */
export async function launchBrowser() {
  const { chromium } = requireTool('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'affinity-lint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
