import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rewriteSystemPaths, validateConfiguration, type ConfigurationOutcome, type ValidateConfigurationRequest } from '../../../server/src/validation/configuration';
import { fakeBinary, Scratch, snapshot } from './fakes';

/** The outcome's problems as [file relative to the root (or null), 0-based line, severity, message]. */
function placed(outcome: ConfigurationOutcome, root: string): [string | null, number, string, string][] {
  return outcome.problems.map((p) => [p.file === null ? null : path.relative(root, p.file), p.line, p.severity, p.message]);
}

describe('validation: a whole configuration on a temporary copy (fake binaries)', function () {
  this.timeout(10000);
  let scratch: Scratch;
  let temp: string;
  beforeEach(() => {
    scratch = new Scratch('validate-config');
    temp = path.join(scratch.dir, 'tmp');
    fs.mkdirSync(temp);
  });
  afterEach(() => scratch.dispose());

  /**
   * A fake nginx that, like nginx, reads the -c file and the files its `include` lines name (one
   * level, globs expanded by the shell), and reports the first `sticky` as an unknown directive and
   * a missing plain include as open() failed. It records its arguments and what it read.
   */
  function fakeNginxReading(): { binary: string; log: string } {
    const log = path.join(scratch.dir, 'read.log');
    const binary = fakeBinary(
      scratch,
      'nginx',
      `echo "args $*" >> "${log}"
conf=""; prev=""; for a in "$@"; do [ "$prev" = "-c" ] && conf="$a"; prev="$a"; done
grep -n '^ *pid' "$conf" | sed 's/^/pid at /' >> "${log}"
n=0
while IFS= read -r line; do
  n=$((n+1))
  inc=$(printf '%s\\n' "$line" | sed -n 's/^ *include  *\\([^;]*\\);.*/\\1/p')
  [ -n "$inc" ] || continue
  case "$inc" in /*) ;; *) inc="$(dirname "$conf")/$inc";; esac
  found=0
  for f in $inc; do
    [ -f "$f" ] || continue
    found=1
    echo "read $f" >> "${log}"
    s=$(grep -n 'sticky' "$f" | head -1 | cut -d: -f1)
    if [ -n "$s" ]; then echo "nginx: [emerg] unknown directive \\"sticky\\" in $f:$s" >&2; exit 1; fi
  done
  case "$inc" in *'*'*) ;; *) if [ $found = 0 ]; then echo "nginx: [emerg] open() \\"$inc\\" failed (2: No such file or directory) in $conf:$n" >&2; exit 1; fi;; esac
done < "$conf"
echo "nginx: the configuration file $conf syntax is ok" >&2
exit 0`,
    );
    return { binary, log };
  }

  /** /etc/nginx as a repository holds it: nginx.conf includes conf.d/ by absolute path, sites-enabled/ relatively. */
  function site(): string {
    scratch.file('etc-nginx/nginx.conf', 'events {}\nhttp {\n    include /etc/nginx/mime.types;\n    include /etc/nginx/conf.d/*.conf;\n    include sites-enabled/*;\n}\n');
    scratch.file('etc-nginx/conf.d/app.conf', 'upstream app {\n    server 127.0.0.1:8080;\n}\n');
    scratch.file('etc-nginx/sites-enabled/shop', 'server {\n    listen 127.0.0.1:18480;\n}\n');
    return path.join(scratch.dir, 'etc-nginx');
  }

  const nginxRequest = (root: string, binary: string, extra: Partial<ValidateConfigurationRequest> = {}): ValidateConfigurationRequest => ({
    dialect: 'nginx',
    args: ['-c', 'nginx.conf'],
    root,
    binary,
    nginxVersion: '1.22.1',
    tempParent: temp,
    ...extra,
  });

  it('checks the unsaved text of an included file and places the message in that file, at its line', async () => {
    const root = site();
    const before = snapshot(root);
    const { binary, log } = fakeNginxReading();
    const texts = new Map([[path.join(root, 'conf.d/app.conf'), 'upstream app {\n    server 127.0.0.1:8080;\n    sticky cookie srv;\n}\n']]);
    const outcome = await validateConfiguration(nginxRequest(root, binary, { texts }));
    assert.strictEqual(outcome.status, 'rejected');
    assert.deepStrictEqual(placed(outcome, root), [['conf.d/app.conf', 2, 'error', 'unknown directive "sticky"']]);
    // The absolute include of conf.d/ was read from the copy; /etc/nginx/mime.types, not in the copy, stays the system's.
    const read = fs.readFileSync(log, 'utf8');
    assert.match(read, new RegExp(`^read ${temp}/[^/]+/conf/conf\\.d/app\\.conf$`, 'm'));
    assert.match(read, /args -t -p \S+\/conf\/ -e stderr -g pid logs\/nginx\.pid; -c \S+\/conf\/nginx\.conf/);
    assert.deepStrictEqual(snapshot(root), before, 'a file of the user changed');
    assert.deepStrictEqual(fs.readdirSync(temp), [], 'the temporary copy was left behind');
  });

  it('names the original file in a message about a missing include, and places it on the include', async () => {
    const root = site();
    fs.writeFileSync(path.join(root, 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n    include sites-enabled/cart;\n}\n');
    const outcome = await validateConfiguration(nginxRequest(root, fakeNginxReading().binary));
    assert.deepStrictEqual(placed(outcome, root), [['nginx.conf', 3, 'error', `open() "${root}/sites-enabled/cart" failed (2: No such file or directory)`]]);
  });

  it('takes the prefix from -p inside the root, passes -g on, and refuses arguments it cannot map', async () => {
    const root = site();
    const { binary, log } = fakeNginxReading();
    const ok = await validateConfiguration(nginxRequest(root, binary, { args: ['-p', 'run/', '-g', 'daemon off;', '-c', 'nginx.conf'] }));
    assert.strictEqual(ok.status, 'accepted');
    assert.match(fs.readFileSync(log, 'utf8'), /args -t -p \S+\/conf\/run\/ -e stderr -g daemon off; pid logs\/nginx\.pid; -c \S+\/conf\/nginx\.conf/);
    const cases: [string[], RegExp][] = [
      [['-c', '/srv/other/nginx.conf'], /\/srv\/other\/nginx\.conf is not inside/],
      [['-t', 'x'], /nginx argument -t is not one of -c, -p, -g/],
      [['-p', 'run/'], /nginx needs -c <entry>/],
      [['-c'], /-c needs a value/],
    ];
    for (const [args, note] of cases) {
      const outcome = await validateConfiguration(nginxRequest(root, binary, { args }));
      assert.strictEqual(outcome.status, 'unavailable', args.join(' '));
      assert.match(outcome.notes.join('\n'), note);
    }
  });

  it('reads an entry named by its system path (-c /etc/nginx/nginx.conf) from the copy', async () => {
    const root = site();
    const { binary, log } = fakeNginxReading();
    const outcome = await validateConfiguration(nginxRequest(root, binary, { args: ['-c', '/etc/nginx/nginx.conf'] }));
    assert.strictEqual(outcome.status, 'accepted');
    assert.match(fs.readFileSync(log, 'utf8'), /-c \S+\/conf\/nginx\.conf\n/);
  });

  it('moves the pid file nginx -t creates into the prefix, in place of the entry’s own, keeping every other byte', async () => {
    const root = site();
    const entry = path.join(root, 'nginx.conf');
    const original = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nuser www-data;\npid /run/nginx.pid;\n'), fs.readFileSync(entry)]);
    fs.writeFileSync(entry, original);
    const { binary, log } = fakeNginxReading();
    const outcome = await validateConfiguration(nginxRequest(root, binary));
    assert.strictEqual(outcome.status, 'accepted');
    const read = fs.readFileSync(log, 'utf8');
    assert.match(read, /^pid at 3:pid logs\/nginx\.pid;$/m);
    assert.match(read, /args -t -p \S+ -e stderr -c /, 'no -g pid beside the entry’s own');
    assert.deepStrictEqual(fs.readFileSync(entry), original);
  });

  it('reports a server that crashes (nginx recursing through an include cycle) as a refusal', async () => {
    const root = site();
    const crash = fakeBinary(scratch, 'crash', 'kill -SEGV $$');
    const outcome = await validateConfiguration(nginxRequest(root, crash));
    assert.strictEqual(outcome.status, 'rejected');
    assert.deepStrictEqual(placed(outcome, root), [[null, 0, 'error', 'crash was killed by SIGSEGV']]);
  });

  it('runs haproxy with every -f mapped onto the copy, and places messages by file and line, or by proxy', async () => {
    scratch.file('lb/haproxy.cfg', 'global\n    maxconn 100\n\ndefaults\n    mode http\n');
    scratch.file('lb/conf.d/10-app.cfg', 'backend app\n    server a1 127.0.0.1:80\n');
    scratch.file('lb/conf.d/20-api.cfg', '# api\nbackend api\n    balance hdr(X-Forwarded-For)\n');
    const root = path.join(scratch.dir, 'lb');
    const before = snapshot(root);
    const calls = path.join(scratch.dir, 'ha.log');
    const haproxy = fakeBinary(
      scratch,
      'haproxy',
      `echo "$* cwd=$(pwd)" >> "${calls}"
echo "[ALERT]    (1) : config : parsing [$5/20-api.cfg:3] : unknown keyword 'bogus' in 'backend' section" >&2
echo "[WARNING]  (1) : config : missing timeouts for backend 'api'." >&2
echo "[WARNING]  (1) : config : Removing incomplete section 'peers lb' (no peer named 'vm')." >&2
exit 1`,
    );
    const texts = new Map([[path.join(root, 'conf.d/20-api.cfg'), '# api\nbackend api\n    bogus\n']]);
    const outcome = await validateConfiguration({ dialect: 'haproxy', args: ['-f', 'haproxy.cfg', '-f', 'conf.d'], root, texts, binary: haproxy, tempParent: temp });
    assert.strictEqual(outcome.status, 'rejected');
    assert.deepStrictEqual(placed(outcome, root), [
      ['conf.d/20-api.cfg', 2, 'error', "unknown keyword 'bogus' in 'backend' section"],
      ['conf.d/20-api.cfg', 1, 'warning', "missing timeouts for backend 'api'."],
      [null, 0, 'warning', "haproxy: Removing incomplete section 'peers lb' (no peer named 'vm')."],
    ]);
    assert.match(fs.readFileSync(calls, 'utf8'), new RegExp(`^-c -f ${temp}/[^/]+/conf/haproxy\\.cfg -f ${temp}/[^/]+/conf/conf\\.d cwd=${temp}/[^/]+/conf$`, 'm'));
    assert.deepStrictEqual(snapshot(root), before);
    assert.deepStrictEqual(fs.readdirSync(temp), []);
  });

  it('refuses haproxy arguments other than -f inside the root', async () => {
    const root = path.dirname(scratch.file('lb/haproxy.cfg', 'global\n'));
    const haproxy = fakeBinary(scratch, 'haproxy', 'exit 0');
    const cases: [string[], RegExp][] = [
      [['-f', '../elsewhere.cfg'], /\.\.\/elsewhere\.cfg is not inside/],
      [['-c', 'haproxy.cfg'], /haproxy takes -f <file or folder> arguments only/],
      [[], /haproxy needs at least one -f/],
    ];
    for (const [args, note] of cases) {
      const outcome = await validateConfiguration({ dialect: 'haproxy', args, root, binary: haproxy, tempParent: temp });
      assert.deepStrictEqual([outcome.status, outcome.problems], ['unavailable', []], args.join(' '));
      assert.match(outcome.notes.join('\n'), note);
    }
  });

  describe('absolute paths under the system root, rewritten onto the copy when it holds their target', () => {
    const cases: [string, string, string][] = [
      ['a file the copy has', 'include /etc/nginx/conf.d/app.conf;', 'include COPY/conf.d/app.conf;'],
      ['a glob whose folder the copy has', 'include /etc/nginx/conf.d/*.conf;', 'include COPY/conf.d/*.conf;'],
      ['a glob of the root folder itself', 'include /etc/nginx/*.types;', 'include COPY/*.types;'],
      ['a file the copy lacks: the system one', 'include /etc/nginx/mime.types;', 'include /etc/nginx/mime.types;'],
      ['a glob whose folder the copy lacks', 'include /etc/nginx/modules-enabled/*.conf;', 'include /etc/nginx/modules-enabled/*.conf;'],
      ['a quoted path', 'ssl_certificate "/etc/nginx/conf.d/app.conf";', 'ssl_certificate "COPY/conf.d/app.conf";'],
      ['a parameter value', 'proxy_cache_path /tmp keys_zone=a:1m;\nerror_page 500 =/etc/nginx/conf.d/app.conf;', 'proxy_cache_path /tmp keys_zone=a:1m;\nerror_page 500 =COPY/conf.d/app.conf;'],
      ['a longer name that only starts like the root', 'include /etc/nginx-old/conf.d/app.conf;', 'include /etc/nginx-old/conf.d/app.conf;'],
      ['a path inside a word', 'return 200 x/etc/nginx/conf.d/app.conf;', 'return 200 x/etc/nginx/conf.d/app.conf;'],
      ['two on one line, lines kept', '# a\ninclude /etc/nginx/conf.d/app.conf; include /etc/nginx/conf.d/*.conf;\n', '# a\ninclude COPY/conf.d/app.conf; include COPY/conf.d/*.conf;\n'],
    ];
    for (const [what, text, expected] of cases) {
      it(what, () => {
        const copy = path.join(scratch.dir, 'copy');
        const file = scratch.file('copy/nginx.conf', text);
        scratch.file('copy/conf.d/app.conf', '');
        rewriteSystemPaths(copy, '/etc/nginx');
        assert.strictEqual(fs.readFileSync(file, 'utf8'), expected.split('COPY').join(copy));
      });
    }

    it('keeps every byte it does not rewrite (a Latin-1 comment)', () => {
      const copy = path.join(scratch.dir, 'copy');
      const file = scratch.file('copy/nginx.conf', '');
      scratch.file('copy/conf.d/app.conf', '');
      fs.writeFileSync(file, Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\ninclude /etc/nginx/conf.d/app.conf;\n')]));
      rewriteSystemPaths(copy, '/etc/nginx');
      assert.deepStrictEqual(fs.readFileSync(file), Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\ninclude ${copy}/conf.d/app.conf;\n`)]));
    });

    it('points an absolute link into the system root (sites-enabled/default) at the copy', () => {
      const copy = path.join(scratch.dir, 'copy');
      scratch.file('copy/sites-available/default', 'server { }\n');
      fs.mkdirSync(path.join(copy, 'sites-enabled'));
      fs.symlinkSync('/etc/nginx/sites-available/default', path.join(copy, 'sites-enabled/default'));
      fs.symlinkSync('/etc/nginx/sites-available/gone', path.join(copy, 'sites-enabled/gone'));
      fs.symlinkSync('../sites-available/default', path.join(copy, 'sites-enabled/relative'));
      rewriteSystemPaths(copy, '/etc/nginx');
      const links = ['default', 'gone', 'relative'].map((n) => fs.readlinkSync(path.join(copy, 'sites-enabled', n)));
      assert.deepStrictEqual(links, [path.join(copy, 'sites-available/default'), '/etc/nginx/sites-available/gone', '../sites-available/default']);
    });
  });
});
