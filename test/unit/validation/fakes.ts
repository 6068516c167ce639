import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A private folder under the system temp dir for one test; `dispose` removes it. */
export class Scratch {
  readonly dir: string;

  constructor(name: string) {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `affinity-lint-test-${name}-`)));
  }

  file(rel: string, text: string, mode?: number): string {
    const p = path.join(this.dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    if (mode !== undefined) fs.chmodSync(p, mode);
    return p;
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A shell script standing in for a server binary (the tests must pass where no nginx or haproxy is installed). */
export function fakeBinary(scratch: Scratch, name: string, body: string): string {
  return scratch.file(`bin/${name}`, `#!/bin/sh\n${body}\n`, 0o755);
}

/**
 * A fake `nginx`: `-V` prints a version (and, with a `calls` log, records the call); `-t` records its
 * argument vector and working directory, then reports `unknown directive "sticky"` on the first line
 * of the `-c` file (or of a file it includes) that has one, like nginx 1.22 does.
 */
export function fakeNginx(scratch: Scratch, version = '1.22.1', calls = path.join(scratch.dir, 'nginx-calls.log')): string {
  return fakeBinary(
    scratch,
    'nginx',
    `
echo "$*" >> "${calls}"
case "$1" in -V|-v) echo "nginx version: nginx/${version}" >&2; echo "configure arguments: --prefix=/nonexistent" >&2; exit 0;; esac
conf=""; prev=""
for a in "$@"; do [ "$prev" = "-c" ] && conf="$a"; prev="$a"; done
echo "cwd=$(pwd)" >> "${calls}"
for f in "$conf" $(sed -n 's/^ *include \\([^;]*\\);.*/\\1/p' "$conf"); do
  [ -f "$f" ] || continue
  line=$(grep -n 'sticky' "$f" | head -1 | cut -d: -f1)
  if [ -n "$line" ]; then
    echo "nginx: [emerg] unknown directive \\"sticky\\" in $f:$line" >&2
    echo "nginx: configuration file $conf test failed" >&2
    exit 1
  fi
done
echo "nginx: the configuration file $conf syntax is ok" >&2
echo "nginx: configuration file $conf test is successful" >&2
exit 0`,
  );
}

/** Every file below `dir` with a digest of its content: what must not change when we validate. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = e.isSymbolicLink() ? `-> ${fs.readlinkSync(p)}` : crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The validation temp folders that exist now (to check that a run leaves none behind). */
export function validationTempDirs(): string[] {
  return fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('affinity-lint-validate-'));
}
