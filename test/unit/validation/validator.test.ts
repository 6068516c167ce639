import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { validate } from '../../../server/src/validation/validator';
import { fakeBinary, fakeNginx, Scratch, snapshot } from './fakes';

describe('validation: nginx -t / haproxy -c on a temporary copy (fake binaries)', function () {
  this.timeout(10000);
  let scratch: Scratch;
  let temp: string;
  beforeEach(() => {
    scratch = new Scratch('validate');
    temp = path.join(scratch.dir, 'tmp');
    fs.mkdirSync(temp);
  });
  afterEach(() => scratch.dispose());

  /** A small /etc/nginx-like tree in the scratch folder: nginx.conf includes conf.d/*.conf. */
  function site(): { root: string; main: string; fragment: string } {
    const main = scratch.file('site/nginx.conf', 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n');
    const fragment = scratch.file('site/conf.d/app.conf', 'upstream app {\n    server 127.0.0.1:8080;\n}\n');
    scratch.file('site/sites-available/shop', 'server { listen 8081; }\n');
    fs.symlinkSync('../sites-available/shop', path.join(scratch.dir, 'site/conf.d/shop.conf'));
    return { root: path.join(scratch.dir, 'site'), main, fragment };
  }

  it('checks the buffer, not the file on disk, and places the message on its line', async () => {
    const { root, main } = site();
    const before = snapshot(root);
    const nginx = fakeNginx(scratch);
    const text = 'events {}\nhttp {\n    upstream app {\n        sticky cookie srv;\n    }\n}\n';
    const outcome = await validate({ dialect: 'nginx', file: main, text, binary: nginx, nginxContext: 'main', tempParent: temp });
    assert.strictEqual(outcome.status, 'rejected');
    assert.deepStrictEqual(outcome.problems, [{ line: 3, severity: 'error', level: 'emerg', message: 'unknown directive "sticky"' }]);
    assert.deepStrictEqual(snapshot(root), before, 'a file of the user changed');
    assert.deepStrictEqual(fs.readdirSync(temp), [], 'the temporary copy was left behind');
  });

  it('copies the conf root so that relative includes resolve, and names the included file in the message', async () => {
    const { root, main } = site();
    fs.writeFileSync(path.join(root, 'conf.d/app.conf'), 'upstream app {\n    server 127.0.0.1;\n    sticky cookie x;\n}\n');
    const before = snapshot(root);
    const calls = path.join(scratch.dir, 'calls.log');
    const nginx = fakeNginx(scratch, '1.22.1', calls);
    const outcome = await validate({ dialect: 'nginx', file: main, text: fs.readFileSync(main, 'utf8'), binary: nginx, nginxContext: 'main', tempParent: temp });
    assert.deepStrictEqual(outcome.problems, [{ line: 0, severity: 'error', level: 'emerg', message: 'unknown directive "sticky" (in conf.d/app.conf:3)' }]);
    // -p and -c point into the copy, and the process ran there.
    const [, cArg] = outcome.command.slice(outcome.command.indexOf('-c'));
    assert.ok(cArg.startsWith(temp), cArg);
    assert.ok(outcome.command[outcome.command.indexOf('-p') + 1].startsWith(temp));
    assert.match(fs.readFileSync(calls, 'utf8'), new RegExp(`cwd=${temp}`));
    assert.deepStrictEqual(snapshot(root), before);
  });

  it('passes -e stderr to nginx 1.19.5 and later only', async () => {
    const { main } = site();
    const nginx = fakeNginx(scratch);
    const text = fs.readFileSync(main, 'utf8');
    const newer = await validate({ dialect: 'nginx', file: main, text, binary: nginx, nginxVersion: '1.22.1', tempParent: temp });
    assert.deepStrictEqual(newer.command.slice(newer.command.indexOf('-e'), newer.command.indexOf('-e') + 2), ['-e', 'stderr']);
    const older = await validate({ dialect: 'nginx', file: main, text, binary: nginx, nginxVersion: '1.18.0', tempParent: temp });
    assert.ok(!older.command.includes('-e'));
    assert.strictEqual(newer.status, 'accepted');
  });

  it('checks a fragment inside a wrapper, from a copy of the nearest conf root', async () => {
    const { root, fragment } = site();
    const before = snapshot(root);
    const nginx = fakeNginx(scratch);
    const text = 'upstream app {\n    server 127.0.0.1:8080;\n\n    sticky cookie srv;\n}\n';
    const outcome = await validate({ dialect: 'nginx', file: fragment, text, binary: nginx, nginxContext: 'http', tempParent: temp });
    assert.strictEqual(outcome.context, 'http');
    assert.deepStrictEqual(outcome.problems.map((p) => [p.line, p.message]), [[3, 'unknown directive "sticky"']]);
    assert.match(outcome.command[outcome.command.length - 1], /\.affinity-lint-wrapper\.conf$/);
    assert.deepStrictEqual(snapshot(root), before);
  });

  it('tries the next context when nginx says a directive of the fragment is not allowed here', async () => {
    const { fragment } = site();
    // A fake that accepts the fragment only inside server { }.
    const nginx = fakeBinary(
      scratch,
      'ctx-nginx',
      `conf=""; prev=""; for a in "$@"; do [ "$prev" = "-c" ] && conf="$a"; prev="$a"; done
inc=$(sed -n 's/^include \\(.*\\);$/\\1/p' "$conf" | tail -1)
if grep -q '^server {' "$conf"; then exit 0; fi
echo "nginx: [emerg] \\"listen\\" directive is not allowed here in $inc:1" >&2; exit 1`,
    );
    const outcome = await validate({ dialect: 'nginx', file: fragment, text: 'listen 80;\n', binary: nginx, nginxContext: 'http', tempParent: temp });
    assert.strictEqual(outcome.context, 'server');
    assert.strictEqual(outcome.status, 'accepted');
    assert.deepStrictEqual(outcome.problems, []);
  });

  it('runs haproxy -c on a copy, in a copy of the file’s folder, and places messages by line or by proxy', async () => {
    const cfg = scratch.file('lb/haproxy.cfg', 'defaults\n    mode http\n\nbackend app\n    balance source\n    server s1 127.0.0.1:80 cookie\n');
    scratch.file('lb/errors/503.http', 'HTTP/1.0 503\r\n\r\n');
    const before = snapshot(path.join(scratch.dir, 'lb'));
    const calls = path.join(scratch.dir, 'ha.log');
    const haproxy = fakeBinary(
      scratch,
      'haproxy',
      `echo "$* cwd=$(pwd) errors=$(ls errors)" >> "${calls}"
f="$3"
echo "[NOTICE]   (1) : haproxy version is 2.6.12"
echo "[ALERT]    (1) : config : [$f:6] : 'server app/s1' : 'cookie' expects <value> as argument.." >&2
echo "[WARNING]  (1) : config : missing timeouts for backend 'app'." >&2
echo "   | While not properly invalid, you will certainly encounter various problems" >&2
echo "[ALERT]    (1) : config : Fatal errors found in configuration." >&2
exit 1`,
    );
    const text = fs.readFileSync(cfg, 'utf8');
    const outcome = await validate({ dialect: 'haproxy', file: cfg, text, binary: haproxy, tempParent: temp });
    assert.strictEqual(outcome.status, 'rejected');
    assert.deepStrictEqual(outcome.problems.map((p) => [p.line, p.severity, p.level]), [
      [5, 'error', 'ALERT'],
      [3, 'warning', 'WARNING'],
    ]);
    const call = fs.readFileSync(calls, 'utf8');
    assert.match(call, new RegExp(`^-c -f ${temp}/\\S+/haproxy.cfg cwd=${temp}/\\S+ errors=503.http`));
    assert.deepStrictEqual(snapshot(path.join(scratch.dir, 'lb')), before);
    assert.deepStrictEqual(fs.readdirSync(temp), []);
  });

  it('takes haproxy exit status 2 (no listener) as accepted', async () => {
    const cfg = scratch.file('lb/haproxy.cfg', 'backend app\n    server s1 127.0.0.1:80\n');
    const haproxy = fakeBinary(scratch, 'haproxy', 'echo "Configuration file has no error but will not start (no listener) => exit(2)."; exit 2');
    const outcome = await validate({ dialect: 'haproxy', file: cfg, text: 'backend app\n', binary: haproxy, tempParent: temp });
    assert.strictEqual(outcome.status, 'accepted');
    assert.deepStrictEqual(outcome.problems, []);
  });

  it('reports a failure without a parsable message on the first line', async () => {
    const cfg = scratch.file('lb/haproxy.cfg', 'backend app\n');
    const haproxy = fakeBinary(scratch, 'haproxy', 'echo "something odd happened" >&2; exit 1');
    const outcome = await validate({ dialect: 'haproxy', file: cfg, text: 'backend app\n', binary: haproxy, tempParent: temp });
    assert.deepStrictEqual(outcome.problems, [{ line: 0, severity: 'error', level: 'ALERT', message: 'something odd happened' }]);
  });

  it('stops a validator that hangs, gives no verdict and cleans up', async () => {
    const { main } = site();
    const slow = fakeBinary(scratch, 'slow', 'sleep 30');
    const started = Date.now();
    const outcome = await validate({ dialect: 'nginx', file: main, text: 'events {}\n', binary: slow, timeoutMs: 300, tempParent: temp });
    assert.strictEqual(outcome.status, 'timeout');
    assert.ok(Date.now() - started < 3000);
    assert.deepStrictEqual(fs.readdirSync(temp), []);
  });

  it('says when the binary is missing', async () => {
    const { main } = site();
    const outcome = await validate({ dialect: 'nginx', file: main, text: 'events {}\n', binary: path.join(scratch.dir, 'missing'), tempParent: temp });
    assert.strictEqual(outcome.status, 'unavailable');
    assert.match(outcome.notes.join(' '), /ENOENT/);
  });

  it('copies only the document when its folder is too large', async () => {
    const { root, main } = site();
    const nginx = fakeNginx(scratch);
    const outcome = await validate({ dialect: 'nginx', file: main, text: 'events {}\n', binary: nginx, tempParent: temp, limits: { maxFiles: 2, maxBytes: 1 << 20 } });
    assert.strictEqual(outcome.status, 'accepted');
    assert.match(outcome.notes.join(' '), new RegExp(`${root} holds more than 2 files`));
  });
});
