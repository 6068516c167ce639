/**
 * The real parts of the end-to-end session test: Redis (Debian's redis-server), two instances of a
 * Node app, and nginx or HAProxy in front of them, each started by the test in its own temporary
 * folder on loopback ports and stopped by the test. Nothing is written outside that folder: Redis
 * keeps nothing on disk, nginx runs with its own prefix and temp paths, HAProxy in the foreground.
 * TLS ends at the load balancer (a self-signed certificate made with openssl), as it does in front
 * of a real app: the app sees plain HTTP and an X-Forwarded-Proto header.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as path from 'path';

export const NGINX_BIN = '/usr/sbin/nginx';
export const HAPROXY_BIN = '/usr/sbin/haproxy';
export const REDIS_BIN = '/usr/bin/redis-server';
const START_TIMEOUT_MS = 20000;

/** What is missing to run the test, with how to install it, or null. */
export function partsMissing(): string | null {
  const missing = [
    [NGINX_BIN, 'nginx-core'],
    [HAPROXY_BIN, 'haproxy'],
    [REDIS_BIN, 'redis-server'],
  ].filter(([bin]) => !fs.existsSync(bin));
  if (missing.length) return `${missing.map(([bin]) => bin).join(', ')} not installed: apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}`;
  for (const tool of ['openssl', 'npm']) if (spawnSync('sh', ['-c', 'command -v "$0"', tool]).status !== 0) return `${tool} is missing`;
  return null;
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** A process the test started: its output so far, and whether (how) it ended. */
export class Running {
  private out = '';
  private exit: { code: number | null; signal: string | null } | null = null;
  readonly ended: Promise<void>;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.out += d.toString()));
    this.ended = new Promise((resolve) => child.on('exit', (code, signal) => ((this.exit = { code, signal }), resolve())));
    child.on('error', (e) => (this.out += `${e.message}\n`));
  }

  get output(): string {
    return this.out;
  }

  get exited(): { code: number | null; signal: string | null } | null {
    return this.exit;
  }

  /** SIGTERM, then SIGKILL when it has not ended within 5 s. */
  async stop(): Promise<void> {
    if (this.exit) return;
    this.child.kill('SIGTERM');
    const killed = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.ended;
    clearTimeout(killed);
  }
}

export function start(name: string, command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Running {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Running(name, child);
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Waits until the process listens on the port ('listening') or ends ('exited'). */
export async function listening(proc: Running, port: number, timeoutMs = START_TIMEOUT_MS): Promise<'listening' | 'exited'> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.exited) return 'exited';
    if (await connects(port)) return proc.exited ? 'exited' : 'listening';
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${proc.name} neither listened on 127.0.0.1:${port} nor ended within ${timeoutMs} ms:\n${proc.output}`);
}

async function startListening(name: string, port: number, command: string, args: readonly string[], cwd: string): Promise<Running> {
  const proc = start(name, command, args, { cwd });
  if ((await listening(proc, port)) === 'exited') throw new Error(`${name} did not start (${JSON.stringify(proc.exited)}):\n${proc.output}`);
  return proc;
}

/** redis-server on a loopback port: no RDB snapshots, no AOF, its folder the only one it may write. */
export function startRedis(dir: string, port: number): Promise<Running> {
  fs.mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--logfile', ''];
  return startListening('redis-server', port, REDIS_BIN, args, dir);
}

/** A self-signed certificate for 127.0.0.1 (key and certificate, and both in one PEM for HAProxy). */
export interface Tls {
  readonly cert: string;
  readonly key: string;
  readonly combined: string;
}

export function makeTls(dir: string): Tls {
  fs.mkdirSync(dir, { recursive: true });
  const tls = { cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem'), combined: path.join(dir, 'lb.pem') };
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', tls.key, '-out', tls.cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr?.toString()}`);
  fs.writeFileSync(tls.combined, fs.readFileSync(tls.cert, 'utf8') + fs.readFileSync(tls.key, 'utf8'));
  return tls;
}

export type Balancer = 'nginx' | 'haproxy';

/** The load balancer's configuration: TLS on `port`, round robin over the instances, no affinity. */
export function balancerConfig(kind: Balancer, dir: string, port: number, instances: readonly number[], tls: Tls): string {
  if (kind === 'nginx') {
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}/${t};`).join('\n');
    return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 64; }
http {
    access_log off;
${temp}
    upstream app {
        # round robin, nginx's default: no ip_hash, no hash, no sticky
${instances.map((p) => `        server 127.0.0.1:${p};`).join('\n')}
    }
    server {
        listen 127.0.0.1:${port} ssl;
        ssl_certificate ${tls.cert};
        ssl_certificate_key ${tls.key};
        location / {
            proxy_pass http://app;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }
    }
}
`;
  }
  return `global
    maxconn 64

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend https_in
    bind 127.0.0.1:${port} ssl crt ${tls.combined}
    option forwardfor
    http-request set-header X-Forwarded-Proto https
    default_backend app

backend app
    # round robin: no cookie, no stick table
    balance roundrobin
${instances.map((p, i) => `    server app${i + 1} 127.0.0.1:${p}`).join('\n')}
`;
}

/** The real nginx (own prefix, foreground) or HAProxy (foreground) with that configuration. */
export function startBalancer(kind: Balancer, dir: string, port: number, instances: readonly number[], tls: Tls): Promise<Running> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, kind === 'nginx' ? 'nginx.conf' : 'haproxy.cfg');
  fs.writeFileSync(file, balancerConfig(kind, dir, port, instances, tls));
  return kind === 'nginx'
    ? startListening('nginx', port, NGINX_BIN, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', file], dir)
    : startListening('haproxy', port, HAPROXY_BIN, ['-db', '-f', file], dir);
}

/** One answer of the app through the load balancer. */
export interface Answer {
  readonly status: number;
  /** The instance that answered and its session counter, from the JSON body (null when not JSON). */
  readonly instance: string | null;
  readonly views: number | null;
  /** Whether the answer set a cookie. */
  readonly setCookie: boolean;
}

/** A browser's cookie jar, enough for one host: name=value pairs, removed when expired. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string | null {
    return this.cookies.size ? [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ') : null;
  }

  take(setCookie: readonly string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const attr = (key: string): string | undefined => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const maxAge = attr('max-age');
      const expires = attr('expires');
      const gone = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
  }
}

/** GET / over HTTPS (the test's certificate as the only CA), a new connection each time. */
export function get(port: number, tls: Tls, jar: CookieJar): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const cookie = jar.header();
    const req = https.get({ host: '127.0.0.1', port, path: '/', ca: fs.readFileSync(tls.cert), agent: false, headers: cookie ? { cookie } : {} }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        jar.take(res.headers['set-cookie']);
        let parsed: { instance?: unknown; views?: unknown } = {};
        try {
          parsed = JSON.parse(body) as typeof parsed;
        } catch {
          // Not the app's JSON (an error page of the load balancer or of Express).
        }
        resolve({
          status: res.statusCode ?? 0,
          instance: typeof parsed.instance === 'string' ? parsed.instance : null,
          views: typeof parsed.views === 'number' ? parsed.views : null,
          setCookie: (res.headers['set-cookie']?.length ?? 0) > 0,
        });
      });
    });
    req.on('error', reject);
    req.setTimeout(10000, () => req.destroy(new Error('no answer within 10 s')));
  });
}
