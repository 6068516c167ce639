import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { detectServer, ServerDetector } from '../../../server/src/validation/detect';
import { runProcess } from '../../../server/src/validation/runProcess';
import { fakeBinary, fakeNginx, Scratch } from './fakes';

/** True while `pid` runs; a killed process that nobody has reaped yet (a zombie) does not count. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): signal 0 succeeded
  }
}

describe('validation: running the server binaries', function () {
  let scratch: Scratch;
  beforeEach(() => (scratch = new Scratch('run')));
  afterEach(() => scratch.dispose());

  it('passes arguments as a vector: shell syntax in a path or argument is never interpreted', async () => {
    const echo = fakeBinary(scratch, 'echo-args', 'for a in "$@"; do printf "<%s>\\n" "$a"; done');
    const marker = path.join(scratch.dir, 'pwned');
    const evil = [`$(touch ${marker})`, `; touch ${marker}`, `\`touch ${marker}\``, "a b 'c'", '*'];
    const result = await runProcess(echo, evil, { timeoutMs: 5000, cwd: scratch.dir });
    assert.strictEqual(result.code, 0);
    assert.deepStrictEqual(result.stdout.trim().split('\n'), evil.map((a) => `<${a}>`));
    assert.ok(!fs.existsSync(marker), 'an argument was run by a shell');
  });

  it('runs in the given working directory', async () => {
    const pwd = fakeBinary(scratch, 'pwd', 'pwd');
    const result = await runProcess(pwd, [], { timeoutMs: 5000, cwd: scratch.dir });
    assert.strictEqual(result.stdout.trim(), scratch.dir);
  });

  it('kills a slow binary and everything it started after the time limit', async function () {
    this.timeout(10000);
    const pidFile = path.join(scratch.dir, 'child.pid');
    // The fake forks a grandchild that would outlive it, then hangs.
    const slow = fakeBinary(scratch, 'slow-nginx', `sleep 30 & echo $! > "${pidFile}"\nsleep 30`);
    const started = Date.now();
    const result = await runProcess(slow, ['-t'], { timeoutMs: 300 });
    assert.ok(result.timedOut);
    assert.strictEqual(result.code, null);
    assert.ok(Date.now() - started < 2500, `took ${Date.now() - started} ms`);
    const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(!alive(grandchild), 'the process group was not killed');
  });

  it('reports a missing binary instead of throwing', async () => {
    const result = await runProcess(path.join(scratch.dir, 'no-such-nginx'), ['-t'], { timeoutMs: 2000 });
    assert.strictEqual(result.spawnError, 'ENOENT');
    assert.strictEqual(result.code, null);
  });

  it('detects versions from fake binaries, once per binary', async () => {
    const calls = path.join(scratch.dir, 'calls.log');
    const nginx = fakeNginx(scratch, '1.29.6', calls);
    const haproxy = fakeBinary(scratch, 'haproxy', 'echo "HAProxy version 2.8.3-1 2023/09/07 - https://haproxy.org/"');
    const detector = new ServerDetector();
    const [a, b] = await Promise.all([detector.detect('nginx', nginx), detector.detect('nginx', nginx)]);
    assert.strictEqual(a, b);
    assert.strictEqual(a.version, '1.29.6');
    assert.strictEqual(fs.readFileSync(calls, 'utf8').trim(), '-V', 'run exactly once, with -V');
    assert.strictEqual((await detector.detect('haproxy', haproxy)).version, '2.8.3');
    const missing = await detectServer('nginx', path.join(scratch.dir, 'nope'));
    assert.strictEqual(missing.version, null);
    assert.match(missing.error!, /not found/);
    const silent = await detectServer('haproxy', fakeBinary(scratch, 'silent', 'exit 0'));
    assert.match(silent.error!, /no HAProxy version/);
    const hung = await detectServer('nginx', fakeBinary(scratch, 'hung', 'sleep 30'), 200);
    assert.match(hung.error!, /did not answer/);
  });
});
