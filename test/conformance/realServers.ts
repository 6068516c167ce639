/**
 * The real nginx and HAProxy as judges, in throw-away sandboxes: each corpus file (or fixture) gets
 * a chroot laid out like a Debian system, with the file's repository "conf root" over /etc/nginx (or
 * its folder's configs in /etc/haproxy), so that nothing a config names (includes, logs, cache
 * folders, certificates, users, host names) reaches the real system. Environment problems are
 * repaired in the sandbox, never in the file: stub files and folders, one self-signed PEM for every
 * certificate, 127.0.0.1 host entries, users and groups, stub definitions a fragment relies on
 * (variables, log formats, upstreams), Debian's dynamic modules. The ideas are those of the corpus'
 * label.sh; the code is ours.
 *
 * Needs root (chroot). The whole run is meant to happen inside its own network namespace (see
 * `reexecInNetworkNamespace`): `nginx -t` binds the listen sockets it checks, and there they exist
 * only on a private loopback.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseHaproxyOutput, parseNginxOutput } from '../../server/src/validation/messages';
import { nginxWrapper } from '../../server/src/validation/nginxContext';
import { runProcess } from '../../server/src/validation/runProcess';

export const NGINX_BIN = '/usr/sbin/nginx';
export const HAPROXY_BIN = '/usr/sbin/haproxy';
const RUN_TIMEOUT_MS = 20000;
const MAX_REPAIRS = 25;

/** Why the real servers cannot judge here, or null when they can. */
export function realServersMissing(): string | null {
  const missing = [NGINX_BIN, HAPROXY_BIN].filter((b) => !fs.existsSync(b));
  if (missing.length) return `${missing.join(' and ')} not installed: apt-get install -y nginx-core haproxy openssl (Debian 12: nginx 1.22.1, HAProxy 2.6.12)`;
  if (process.getuid?.() !== 0) return 'the fix-safety run needs root: it validates in chroot sandboxes';
  for (const tool of ['chroot', 'openssl', 'cp']) {
    if (spawnSync('sh', ['-c', 'command -v "$0"', tool]).status !== 0) return `${tool} is missing`;
  }
  return null;
}

/**
 * Runs this same process again inside a new network namespace with only a loopback interface (up),
 * so that `nginx -t` binds its listen addresses where nothing else can see or collide with them.
 * Returns the child's exit status, or null when we are already inside (or unshare is unavailable:
 * then the run goes on in the host's namespace, which `nginx -t` tolerates: it ignores EADDRINUSE).
 */
export function reexecInNetworkNamespace(): number | null {
  if (process.env.AFFINITY_LINT_NETNS || process.getuid?.() !== 0) return null;
  if (spawnSync('unshare', ['--net', '--uts', '--', 'true']).status !== 0) {
    process.stderr.write('note: unshare --net --uts is not available; nginx -t binds its listen sockets in the host network namespace\n');
    return null;
  }
  const result = spawnSync(
    'unshare',
    // A UTS namespace too, with a fixed host name: HAProxy's local peer name is the host name, and a
    // verdict must not depend on the machine's.
    ['--net', '--uts', '--', 'sh', '-c', 'ip link set lo up 2>/dev/null || true; hostname affinity-lint-sandbox 2>/dev/null || true; exec "$0" "$@"', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, AFFINITY_LINT_NETNS: '1' } },
  );
  return result.status ?? 1;
}

function sh(cmd: string, args: string[], cwd?: string): void {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr?.toString() ?? ''}`);
}

/** The read-only system image every sandbox is hard-linked from. */
export class SandboxBase {
  readonly dir: string;
  readonly pem: string;
  private next = 0;

  private constructor(readonly work: string) {
    this.dir = path.join(work, 'base');
    this.pem = path.join(work, 'universal.pem');
  }

  static build(): SandboxBase {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'affinity-lint-conformance-'));
    const base = new SandboxBase(work);
    base.populate();
    return base;
  }

  private copyWithLibs(file: string): void {
    sh('cp', ['--parents', '-L', file, this.dir + '/']);
    const ldd = spawnSync('ldd', [file]).stdout?.toString() ?? '';
    for (const m of ldd.matchAll(/=> (\/\S+)/g)) if (!fs.existsSync(this.dir + m[1])) sh('cp', ['--parents', '-L', m[1], this.dir + '/']);
  }

  private populate(): void {
    const d = this.dir;
    fs.mkdirSync(d, { recursive: true });
    const modules = fs.existsSync('/usr/lib/nginx/modules') ? fs.readdirSync('/usr/lib/nginx/modules').map((m) => `/usr/lib/nginx/modules/${m}`) : [];
    for (const f of [NGINX_BIN, HAPROXY_BIN, ...modules]) this.copyWithLibs(f);
    for (const loader of ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-linux-aarch64.so.1']) if (fs.existsSync(loader)) sh('cp', ['--parents', '-L', loader, d + '/']);
    const trees = ['etc/nginx', 'etc/haproxy', 'usr/share/nginx'].filter((t) => fs.existsSync(`/${t}`));
    sh('cp', ['-a', '--parents', ...trees, d + '/'], '/');
    for (const dir of ['var/log/nginx', 'var/lib/nginx', 'var/lib/haproxy', 'run', 'tmp', 'dev', 'proc', 'var/www/html', 'etc/ssl/private', 'etc/ssl/certs', 'usr/share/GeoIP']) {
      fs.mkdirSync(path.join(d, dir), { recursive: true });
    }
    fs.symlinkSync('/run', path.join(d, 'var/run'));
    fs.chmodSync(path.join(d, 'tmp'), 0o1777);
    if (fs.existsSync('/usr/share/GeoIP')) for (const g of fs.readdirSync('/usr/share/GeoIP')) fs.copyFileSync(`/usr/share/GeoIP/${g}`, path.join(d, 'usr/share/GeoIP', g));
    if (fs.existsSync('/etc/ssl/certs/ca-certificates.crt')) fs.copyFileSync('/etc/ssl/certs/ca-certificates.crt', path.join(d, 'etc/ssl/certs/ca-certificates.crt'));
    fs.copyFileSync('/etc/passwd', path.join(d, 'etc/passwd'));
    fs.copyFileSync('/etc/group', path.join(d, 'etc/group'));
    fs.writeFileSync(path.join(d, 'etc/hosts'), '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n');
    // No resolv.conf and files-only lookups: no name ever goes to DNS.
    fs.writeFileSync(path.join(d, 'etc/nsswitch.conf'), 'passwd: files\ngroup: files\nshadow: files\nhosts: files\n');
    for (const [name, minor] of [['null', 3], ['zero', 5], ['random', 8], ['urandom', 9]] as const) sh('mknod', ['-m', '666', path.join(d, 'dev', name), 'c', '1', String(minor)]);
    // One PEM that serves as certificate, key, CA list and DH parameters.
    const w = this.work;
    sh('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${w}/k.pem`, '-out', `${w}/c.pem`, '-days', '3650', '-subj', '/CN=localhost']);
    sh('openssl', ['dhparam', '-dsaparam', '-out', `${w}/dh.pem`, '2048']);
    fs.writeFileSync(this.pem, ['c.pem', 'k.pem', 'dh.pem'].map((f) => fs.readFileSync(path.join(w, f), 'utf8')).join(''));
    fs.copyFileSync(this.pem, path.join(d, 'etc/ssl/label.pem'));
  }

  sandbox(): Sandbox {
    const dir = path.join(this.work, `sb-${this.next++}`);
    sh('cp', ['-al', this.dir, dir]);
    return new Sandbox(this, dir);
  }

  dispose(): void {
    fs.rmSync(this.work, { recursive: true, force: true });
  }
}

export interface Verdict {
  readonly accepted: boolean;
  /** The first error message (level and text, with the sandbox path), or '' when accepted. */
  readonly error: string;
  readonly repairs: readonly string[];
}

/** One chroot. Files written here replace hard links, never write through them into the base. */
export class Sandbox {
  private hosts = new Set<string>();
  /** Extra main-level directive for nginx (Debian's dynamic modules), decided by a repair. */
  private nginxGlobal: string | null = null;
  /**
   * Whether wrappers load Debian's dynamic modules (modules-enabled). Off until a fragment needs
   * one (`unknown directive "geoip_country"`): loading them triples the cost of every `nginx -t`.
   */
  private nginxModules = false;
  readonly varsFile = '/etc/nginx/.affinity-vars.conf';
  /**
   * A folder whose content is the configuration under test (a fixture tree): repairs never create
   * files or folders in it, so that a missing include stays the error the server reports.
   */
  private protectedDir: string | null = null;

  constructor(
    private readonly base: SandboxBase,
    readonly dir: string,
  ) {
    this.put(this.varsFile, '');
  }

  host(p: string): string {
    return path.join(this.dir, p);
  }

  put(p: string, content: string | Buffer): void {
    const f = this.host(p);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.rmSync(f, { force: true, recursive: true });
    fs.writeFileSync(f, content);
  }

  read(p: string): string {
    try {
      return fs.readFileSync(this.host(p), 'utf8');
    } catch {
      return '';
    }
  }

  append(p: string, line: string): void {
    this.put(p, `${this.read(p)}${line}\n`);
  }

  exists(p: string): boolean {
    return fs.existsSync(this.host(p));
  }

  /**
   * Replaces the folder `dir` of the sandbox (`/etc/nginx`) with `files` (relative path -> content,
   * or `{ link }` for a symbolic link, kept as it is: an absolute one resolves inside the chroot),
   * and keeps repairs out of it.
   */
  layTree(dir: string, files: ReadonlyMap<string, Buffer | { readonly link: string }>): void {
    fs.rmSync(this.host(dir), { recursive: true, force: true });
    fs.mkdirSync(this.host(dir), { recursive: true });
    for (const [rel, content] of files) {
      const p = path.posix.join(dir, rel);
      if (Buffer.isBuffer(content)) this.put(p, content);
      else {
        fs.mkdirSync(path.dirname(this.host(p)), { recursive: true });
        fs.symlinkSync(content.link, this.host(p));
      }
    }
    this.protectedDir = dir;
  }

  /** Whether a repair may create `p`: anything outside the configuration under test. */
  private mayRepair(p: string): boolean {
    const dir = this.protectedDir;
    return dir === null || (p !== dir && !p.startsWith(`${dir}/`));
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async run(argv: string[], cwd = '/'): Promise<{ code: number | null; output: string; timedOut: boolean }> {
    // cwd inside the chroot: chroot changes to / and we cd from there.
    const args = cwd === '/' ? [this.dir, ...argv] : [this.dir, '/bin/sh', '-c', 'cd "$0" && exec "$@"', cwd, ...argv];
    const r = await runProcess('chroot', args, { timeoutMs: RUN_TIMEOUT_MS });
    // A server that crashes (nginx recursing through an include cycle) prints nothing: say how it ended.
    const ended = r.signal ? `\n${argv[0]} was killed by ${r.signal}` : '';
    return { code: r.code, output: `${r.stdout}\n${r.stderr}${ended}`, timedOut: r.timedOut };
  }

  // --- nginx -------------------------------------------------------------------------------------

  /** The config to pass to `-c` for `target` checked in `mode`: itself, or a wrapper that includes it. */
  nginxConfFor(target: string, mode: string): string {
    if (mode === 'main') return target;
    const modules = this.nginxModules ? 'include /etc/nginx/modules-enabled/*.conf;\n' : '';
    const wrapper = `/etc/nginx/.affinity-wrap-${mode}.conf`;
    let text: string;
    if (mode === 'mainfrag') text = `${modules}events {}\ninclude ${target};\n`;
    else if (mode === 'mail') text = `${modules}events {}\nmail {\ninclude ${target};\n}\n`;
    else text = nginxWrapper(mode as 'http' | 'server' | 'location' | 'stream', target, modules, `include ${this.varsFile};\n`);
    this.put(wrapper, text);
    return wrapper;
  }

  private async nginxOnce(conf: string): Promise<{ code: number | null; error: string; timedOut: boolean }> {
    const argv = [NGINX_BIN, '-t', '-q', '-p', '/usr/share/nginx/', '-c', conf];
    if (this.nginxGlobal) argv.push('-g', this.nginxGlobal);
    const r = await this.run(argv);
    const first = parseNginxOutput(r.output).find((m) => m.severity === 'error');
    const error = first ? `[${first.level}] ${first.text}${first.file ? ` in ${first.file}:${first.line}` : ''}` : r.code === 0 ? '' : r.output.trim().split('\n')[0] || `exit ${r.code}`;
    return { code: r.code, error: r.timedOut ? 'timed out' : error, timedOut: r.timedOut };
  }

  /** `nginx -t` on `target` in `mode`; with `repair`, fixes the environment until it passes or cannot be helped. */
  async nginx(target: string, mode: string, repair: boolean): Promise<Verdict> {
    const repairs: string[] = [];
    let last = '';
    for (;;) {
      const r = await this.nginxOnce(this.nginxConfFor(target, mode));
      if (r.code === 0) return { accepted: true, error: '', repairs };
      if (!repair || r.error === last || repairs.length >= MAX_REPAIRS) return { accepted: false, error: r.error, repairs };
      const fix = this.repairNginx(r.error, mode);
      if (!fix) return { accepted: false, error: r.error, repairs };
      repairs.push(fix);
      last = r.error;
    }
  }

  private repairNginx(e: string, mode: string): string | null {
    const fragment = !['main', 'mainfrag', 'stream', 'mail'].includes(mode);
    let m: RegExpExecArray | null;
    if ((m = /host not found in [a-z_ ]*"([^"]+)"/.exec(e))) return this.addHost(m[1]);
    if ((m = /(?:certificate|certificate key|BIO_new_file\(|DHparams\(|locations\(|load\() ?"([^"]+)"/.exec(e)) && /cannot load|BIO_new_file|PEM_read|SSL_CTX_load_verify|X509_STORE_load/.test(e)) {
      const p = m[1].endsWith('/') ? `${m[1]}label.pem` : m[1];
      if (!this.mayRepair(p) || (this.exists(p) && this.read(p) === fs.readFileSync(this.base.pem, 'utf8'))) return null;
      this.put(p, fs.readFileSync(this.base.pem));
      return `pem ${p}`;
    }
    if ((m = /get(pw|gr)nam\("([^"]+)"\)/.exec(e))) return m[1] === 'pw' ? this.addUser(m[2]) : this.addGroup(m[2]);
    if ((m = /mkdir\(\) "([^"]+)" failed/.exec(e))) {
      const parent = path.posix.dirname(m[1]);
      if (this.exists(parent) || !this.mayRepair(parent)) return null;
      fs.mkdirSync(this.host(parent), { recursive: true });
      return `dir ${parent}`;
    }
    if ((m = /open\(\) "([^"]+)" failed \((2|20): /.exec(e))) {
      const p = m[1];
      if (!this.mayRepair(p)) return null;
      if (!this.exists(path.posix.dirname(p))) {
        fs.mkdirSync(this.host(path.posix.dirname(p)), { recursive: true });
        return `dir ${path.posix.dirname(p)}`;
      }
      if (this.exists(p)) return null;
      this.put(p, '');
      return `file ${p}`;
    }
    if (fragment && (m = /unknown "([^"]+)" variable/.exec(e))) return this.addVar(`map $host $${m[1]} { default ""; }`);
    if (fragment && (m = /unknown log format "([^"]+)"/.exec(e))) return this.addVar(`log_format ${m[1]} '$remote_addr';`);
    if (fragment && /no "ssl_certificate" is defined/.test(e)) return this.addVar('ssl_certificate /etc/ssl/label.pem; ssl_certificate_key /etc/ssl/label.pem;');
    if (fragment && (m = /no port in upstream "([A-Za-z0-9_-]+)"/.exec(e))) return this.addVar(`upstream ${m[1]} { server 127.0.0.1:9; }`);
    if ((m = /unknown directive "(stream|mail|geoip_[a-z_]+|image_filter[a-z_]*|xslt_[a-z_]+)"/.exec(e))) {
      if (mode === 'main' && !this.nginxGlobal) {
        this.nginxGlobal = 'include /etc/nginx/modules-enabled/*.conf;';
        return 'modules-enabled';
      }
      if (mode !== 'main' && !this.nginxModules) {
        this.nginxModules = true;
        return 'modules-enabled';
      }
    }
    return null;
  }

  private addVar(line: string): string | null {
    if (this.read(this.varsFile).includes(line)) return null;
    this.append(this.varsFile, line);
    return `stub ${line}`;
  }

  private addHost(raw: string): string | null {
    let h = raw.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
    if (h.startsWith('[')) return null;
    h = h.replace(/:.*$/, '');
    if (!h || this.hosts.has(h)) return null;
    this.hosts.add(h);
    this.append('/etc/hosts', `127.0.0.1\t${h}`);
    return `host ${h}`;
  }

  private addUser(name: string): string | null {
    if (new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm').test(this.read('/etc/passwd'))) return null;
    const id = 60000 + (this.read('/etc/passwd').split('\n').length % 5000);
    this.append('/etc/passwd', `${name}:x:${id}:65534::/nonexistent:/usr/sbin/nologin`);
    this.addGroup(name);
    return `user ${name}`;
  }

  private addGroup(name: string): string | null {
    if (new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm').test(this.read('/etc/group'))) return null;
    this.append('/etc/group', `${name}:x:${60000 + (this.read('/etc/group').split('\n').length % 5000)}:`);
    return `group ${name}`;
  }

  // --- haproxy -----------------------------------------------------------------------------------

  /** `haproxy -c -f target` (exit 2, "no listener", counts as accepted); with `repair`, fixes the environment first. */
  haproxy(target: string, repair: boolean, relativeBase = ''): Promise<Verdict> {
    return this.haproxyFiles([target], repair, relativeBase);
  }

  /** `haproxy -c -f a -f b ...`: one configuration made of several files and folders (absolute sandbox paths). */
  async haproxyFiles(targets: readonly string[], repair: boolean, relativeBase = ''): Promise<Verdict> {
    const repairs: string[] = [];
    let last = '';
    const localPeer: string[] = [];
    for (;;) {
      const r = await this.run([HAPROXY_BIN, ...localPeer, '-c', ...targets.flatMap((t) => ['-f', t])]);
      if (r.code === 0 || r.code === 2) return { accepted: true, error: '', repairs };
      const first = parseHaproxyOutput(r.output).find((m) => m.severity === 'error');
      const error = r.timedOut ? 'timed out' : first ? `[${first.level}] ${first.file ? `[${first.file}:${first.line}] ` : ''}${first.text}` : r.output.trim().split('\n')[0] ?? `exit ${r.code}`;
      if (!repair || error === last || repairs.length >= MAX_REPAIRS) return { accepted: false, error, repairs };
      // The sandbox's host name is no load balancer's: check as the first peer the section lists,
      // which is what HAProxy sees on that machine (its -L option names the local peer).
      const peer = localPeer.length === 0 ? this.firstPeer(targets, /unable to find local peer '[^']*' in peers section '([^']+)'/.exec(error)?.[1]) : null;
      if (peer) {
        localPeer.push('-L', peer);
        repairs.push(`local peer ${peer}`);
        last = error;
        continue;
      }
      const fix = this.repairHaproxy(error, relativeBase);
      if (!fix) return { accepted: false, error, repairs };
      repairs.push(fix);
      last = error;
    }
  }

  /** The first `peer <name>` of the named peers section in a sandboxed config (its files, and the *.cfg of its folders). */
  private firstPeer(targets: readonly string[], section: string | undefined): string | null {
    if (!section) return null;
    let inSection = false;
    const files = targets.flatMap((t) => (this.exists(t) && fs.statSync(this.host(t)).isDirectory() ? fs.readdirSync(this.host(t)).filter((n) => n.endsWith('.cfg') && !n.startsWith('.')).sort().map((n) => path.posix.join(t, n)) : [t]));
    for (const line of files.map((f) => this.read(f)).join('\n').split(/\r?\n/)) {
      const words = line.trim().split(/\s+/);
      if (/^(global|defaults|frontend|backend|listen|peers|resolvers|userlist|cache|mailers|http-errors|ring|program)$/.test(words[0])) inSection = words[0] === 'peers' && words[1] === section;
      else if (inSection && words[0] === 'peer' && words[1]) return words[1];
    }
    return null;
  }

  private repairHaproxy(e: string, relativeBase: string): string | null {
    let m: RegExpExecArray | null;
    if ((m = /(?:could not resolve address|unable to resolve|Cannot resolve[a-z ]*|invalid address:) *'([^']+)'/.exec(e))) {
      if (/invalid address/.test(e) && !/^[A-Za-z0-9._-]*[A-Za-z][A-Za-z0-9._-]*$/.test(m[1])) return null;
      return this.addHost(m[1]);
    }
    if ((m = /unknown (user|group) '([^']+)'/.exec(e))) return m[1] === 'user' ? this.addUser(m[2]) : this.addGroup(m[2]);
    const quoted = /<(\/[^<>]+)>/.exec(e)?.[1] ?? /(?:file|from|open|opening file|loading file|load|CA file|crl-file|ca-file)[^'<"]*['<"]([^'>"]+)['>"]/.exec(e)?.[1];
    if (!quoted) return null;
    const p = quoted.startsWith('/') ? quoted : path.posix.join(relativeBase || '/', quoted);
    if (!this.mayRepair(p)) return null;
    const certish = /unable to stat SSL certificate|unable to load SSL|unable to load CA|ca-file|unable to load certificate|unable to load CRL|issuer|ssl-dh-param-file/.test(e);
    const fileish = /error opening file|failed to open|unable to open|Can't open|cannot open|No such file or directory|unable to load file/.test(e);
    if (/crt-list/.test(e)) {
      if (this.exists(p)) return null;
      this.put(p, '/etc/ssl/label.pem\n');
      return `crt-list ${p}`;
    }
    if (certish) {
      // A folder of certificates (`crt /etc/haproxy/certs/`) gets one.
      const pem = p.endsWith('/') || (this.exists(p) && fs.statSync(this.host(p)).isDirectory()) ? path.posix.join(p, 'label.pem') : p;
      if (this.exists(pem)) return null;
      this.put(pem, fs.readFileSync(this.base.pem));
      return `pem ${pem}`;
    }
    if (fileish) {
      if (this.exists(p)) return null;
      this.put(p, p.endsWith('.http') ? 'HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n\r\n503\n' : '');
      return `file ${p}`;
    }
    return null;
  }
}

// --- the corpus laid out as the labels did -------------------------------------------------------

export interface CorpusEntry {
  readonly file: string;
  readonly server: 'nginx' | 'haproxy';
  readonly verdict: string;
  readonly mode: string;
  readonly afterEnvFixes: string;
  readonly repo: string;
  readonly repoPath: string;
}

export function readCorpus(corpus: string): CorpusEntry[] {
  const prov = new Map<string, { repo: string; path: string }>();
  for (const line of fs.readFileSync(path.join(corpus, 'PROVENANCE.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, repo, p] = line.split('\t');
    if (file && repo) prov.set(file, { repo, path: p });
  }
  const out: CorpusEntry[] = [];
  for (const line of fs.readFileSync(path.join(corpus, 'LABELS.tsv'), 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c.length < 7 || !prov.has(c[0])) continue;
    const { repo, path: repoPath } = prov.get(c[0])!;
    out.push({ file: c[0], server: c[1] as 'nginx' | 'haproxy', verdict: c[2], mode: c[4], afterEnvFixes: c[6], repo, repoPath });
  }
  return out;
}

/** Lays the entry's repository files into the sandbox as label.sh did; returns the target path inside it. */
export function layOut(sb: Sandbox, corpus: string, entry: CorpusEntry, all: readonly CorpusEntry[]): string {
  const sameRepo = all.filter((e) => e.repo === entry.repo && e.server === entry.server);
  const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
  if (entry.server === 'haproxy') {
    const dir = dirOf(entry.repoPath);
    for (const e of sameRepo) if (dirOf(e.repoPath) === dir) sb.put(`/etc/haproxy/${path.posix.basename(e.repoPath)}`, fs.readFileSync(path.join(corpus, e.file)));
    return `/etc/haproxy/${path.posix.basename(entry.repoPath)}`;
  }
  // nginx: the nearest ancestor folder (same repo) holding an nginx.conf, else the file's own folder.
  const roots = new Set(sameRepo.filter((e) => /(^|\/)nginx\.conf$/.test(e.repoPath)).map((e) => dirOf(e.repoPath)));
  let root = dirOf(entry.repoPath);
  let found = false;
  for (let d = root; ; d = dirOf(d)) {
    if (roots.has(d)) {
      root = d;
      found = true;
      break;
    }
    if (d === '') break;
  }
  if (!found) root = dirOf(entry.repoPath);
  const under = (p: string): string | null => (root === '' ? p : p.startsWith(`${root}/`) ? p.slice(root.length + 1) : null);
  for (const e of sameRepo) {
    const sub = under(e.repoPath);
    if (sub !== null) sb.put(`/etc/nginx/${sub}`, fs.readFileSync(path.join(corpus, e.file)));
  }
  return `/etc/nginx/${under(entry.repoPath)}`;
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
