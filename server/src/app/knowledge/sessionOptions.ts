import type { PackageVersion, SessionLibrary } from '../model';

/**
 * What each session library's options do, checked against the packages' own READMEs
 * (express-session 1.19.0, @fastify/session 11.1.3, koa-session 7.0.2, read with `npm pack`) and
 * ../shared/notes/APP-SESSIONS.md. Hover and completion (app/assist.ts) read this table only.
 */
export interface OptionFact {
  readonly library: SessionLibrary;
  /** `secret`, `cookie.secure`. */
  readonly path: string;
  readonly summary: string;
  /** The default; `null` when the library has none (the option is required or simply unset). */
  readonly default: string | null;
  /** The values it takes, as written in code. */
  readonly values: string;
  /** Values completion offers (source text). */
  readonly completions?: readonly string[];
  /** The first version that has the option at all (older versions ignore it). */
  readonly since?: string;
  /** Values or forms that only some versions take: `[version, what]`. */
  readonly gates?: readonly (readonly [string, string])[];
  /** What goes wrong with it, and the rule of ours that catches it. */
  readonly trap?: { readonly text: string; readonly rule?: string };
  /** The README section. */
  readonly link: string;
}

const ES = 'https://github.com/expressjs/session#';
const FS = 'https://github.com/fastify/session#';
const KS = 'https://github.com/koajs/session#example';

const es = (path: string, f: Omit<OptionFact, 'library' | 'path' | 'link'>, anchor?: string): OptionFact => ({
  library: 'express-session',
  path,
  link: ES + (anchor ?? path.replace('.', '')).toLowerCase(),
  ...f,
});
const fs = (path: string, f: Omit<OptionFact, 'library' | 'path' | 'link'>, anchor: string): OptionFact => ({ library: '@fastify/session', path, link: FS + anchor, ...f });
const ks = (path: string, f: Omit<OptionFact, 'library' | 'path' | 'link'>): OptionFact => ({ library: 'koa-session', path, link: KS, ...f });

export const OPTION_FACTS: readonly OptionFact[] = [
  // express-session
  es('secret', {
    summary: 'The secret that signs the session ID cookie. In an array, the first element signs and every element verifies (rotation).',
    default: null,
    values: 'a string or an array of strings; since 1.18.0 any key `crypto.createHmac` takes',
    gates: [['1.11.0', 'arrays'], ['1.18.0', 'any HMAC key type']],
    trap: { text: 'Required. A literal, a documentation sample or fewer than 32 characters lets anyone who reads the code sign cookies: read it from the environment and stop at start when it is missing.', rule: 'app/session-secret' },
  }),
  es('store', {
    summary: 'Where sessions are kept.',
    default: '`new MemoryStore()`: process memory, "not designed for a production environment" (it leaks and is not shared between processes)',
    values: 'a store instance (`new RedisStore({ client })` from connect-redis, ...)',
    trap: { text: 'Without a shared store, several instances behind a load balancer each keep their own sessions: users are logged out when a request reaches another instance.', rule: 'app/in-process-store' },
  }),
  es('resave', {
    summary: 'Saves the session back to the store on every request, even when it was not modified.',
    default: '`true` (leaving it unset is deprecated: express-session warns at start)',
    values: '`true`, `false`',
    completions: ['false', 'true'],
    trap: { text: '`true` can create race conditions between parallel requests; `false` is safe with a store that implements `touch` (connect-redis does).', rule: 'app/session-save-unset' },
  }),
  es('saveUninitialized', {
    summary: 'Saves a new session that was not modified.',
    default: '`true` (leaving it unset is deprecated: express-session warns at start)',
    values: '`true`, `false`',
    completions: ['false', 'true'],
    trap: { text: '`false` suits login sessions, saves storage and sets no cookie before consent.', rule: 'app/session-save-unset' },
  }),
  es('name', {
    summary: 'The name of the session ID cookie (`key` is its legacy alias).',
    default: "`'connect.sid'`",
    values: 'a string',
    trap: { text: 'The default name fingerprints the server as Express; apps on one host name also need different names.', rule: 'app/cookie-default-name' },
  }),
  es('proxy', {
    summary: 'Whether to trust the reverse proxy (`X-Forwarded-Proto`) when deciding if the connection is secure.',
    default: "`undefined`: Express's `trust proxy` setting decides",
    values: '`true` (trust the first `X-Forwarded-Proto`), `false` (only a direct TLS socket), `undefined`',
    completions: ['true', 'false'],
    trap: { text: "With `cookie.secure` and TLS ended at the load balancer, set `proxy: true` or `app.set('trust proxy', 1)`, or no cookie is sent.", rule: 'app/secure-cookie-no-trust-proxy' },
  }),
  es('rolling', {
    summary: 'Sets the cookie on every response, restarting its `maxAge`.',
    default: '`false`',
    values: '`true`, `false`',
    completions: ['true', 'false'],
    trap: { text: 'With `saveUninitialized: false`, no cookie is set for an uninitialized session.' },
  }),
  es('genid', {
    summary: 'A function `(req) => string` that makes new session IDs.',
    default: 'a random 24-byte ID (uid-safe)',
    values: 'a function returning a unique string',
    trap: { text: 'IDs must be unique and unguessable.' },
  }),
  es('unset', {
    summary: 'What happens in the store when `req.session` is unset (`delete` or `null`).',
    default: "`'keep'`",
    values: "`'keep'`, `'destroy'` (anything else throws a TypeError)",
    completions: ["'keep'", "'destroy'"],
  }),
  es('cookie', {
    summary: 'The session ID cookie\'s settings.',
    default: "`{ path: '/', httpOnly: true, secure: false, maxAge: null }`",
    values: 'an object; since 1.19.0 also a function `(req) => ({ ... })`',
    gates: [['1.19.0', 'a function of `req`']],
    trap: { text: 'Without `secure`, `sameSite` and `maxAge` the cookie goes over HTTP, to cross-site requests, and ends with the browser session.' },
  }),
  es('cookie.secure', {
    summary: 'Sends the cookie only over HTTPS.',
    default: '`false` (not set)',
    values: "`true`, `false`, `'auto'` (since 1.12.0: secure when the connection is)",
    completions: ['true', "'auto'"],
    gates: [['1.12.0', "`'auto'`"]],
    trap: { text: "Behind a load balancer that ends TLS, `secure: true` (or `'auto'`) without `app.set('trust proxy', 1)` or `proxy: true` sends no cookie at all and logs nothing.", rule: 'app/secure-cookie-no-trust-proxy' },
  }),
  es('cookie.httpOnly', {
    summary: 'Hides the cookie from page scripts (`document.cookie`).',
    default: '`true`',
    values: '`true`, `false`',
    completions: ['true'],
    trap: { text: 'Only an explicit `false` weakens it: scripts (XSS) can then read the session ID.', rule: 'app/cookie-httponly-false' },
  }),
  es('cookie.sameSite', {
    summary: 'The `SameSite` attribute: whether the cookie goes with cross-site requests.',
    default: '`false` (no attribute)',
    values: "`true` (Strict), `false` (none set), `'lax'`, `'strict'`, `'none'`; `'auto'` since 1.19.0 (None on secure connections, Lax otherwise)",
    completions: ["'lax'", "'strict'", "'none'", 'true', 'false'],
    gates: [['1.19.0', "`'auto'`"]],
    trap: { text: "`'none'` needs `secure: true` or browsers drop the cookie; without the attribute the cookie goes with cross-site requests (CSRF).", rule: 'app/cookie-no-samesite' },
  }),
  es('cookie.maxAge', {
    summary: 'The cookie\'s lifetime in milliseconds from now (sets `Expires`).',
    default: '`null`: a browser-session cookie',
    values: 'a number of milliseconds',
    trap: { text: 'Without it the cookie and the store entry have no lifetime the application chose (connect-redis falls back to a TTL of one day).', rule: 'app/cookie-no-max-age' },
  }),
  es('cookie.expires', {
    summary: 'A fixed `Date` for the `Expires` attribute.',
    default: 'not set (a browser-session cookie)',
    values: 'a `Date`',
    trap: { text: 'The README says not to set it: use `maxAge`.' },
  }),
  es('cookie.domain', { summary: 'The `Domain` attribute.', default: 'not set: the host that set it only', values: 'a domain name' }),
  es('cookie.path', { summary: 'The `Path` attribute.', default: "`'/'`", values: 'a path' }),
  es('cookie.partitioned', {
    summary: 'The `Partitioned` attribute (CHIPS): one cookie jar per top-level site.',
    default: '`false` (not set)',
    values: '`true`, `false`',
    completions: ['true', 'false'],
    since: '1.18.0',
  }),
  es('cookie.priority', {
    summary: 'The `Priority` attribute.',
    default: "not set (browsers take `'medium'`)",
    values: "`'low'`, `'medium'`, `'high'`",
    completions: ["'low'", "'medium'", "'high'"],
    since: '1.18.0',
  }),
  // @fastify/session
  fs('secret', {
    summary: 'Signs the session ID cookie. In an array, the first signs and every one verifies.',
    default: null,
    values: 'a string of 32 characters or more, an array of strings, or a signer',
    trap: { text: 'Required; shorter strings throw at start. Read it from the environment.', rule: 'app/session-secret' },
  }, 'secret-required'),
  fs('cookieName', { summary: 'The session ID cookie\'s name.', default: "`'sessionId'`", values: 'a string' }, 'cookiename-optional'),
  fs('store', {
    summary: 'Where sessions are kept (express-session stores fit).',
    default: 'an in-memory store that "should not be used in a production environment because it will leak memory"',
    values: 'a store with `set`, `get`, `destroy`',
    trap: { text: 'Not shared between instances: use a shared store behind a load balancer.', rule: 'app/in-process-store' },
  }, 'store'),
  fs('saveUninitialized', { summary: 'Saves new, unmodified sessions.', default: '`true`', values: '`true`, `false`', completions: ['false', 'true'] }, 'saveuninitialized-optional'),
  fs('rolling', { summary: 'Sets the cookie on every response, restarting its lifetime.', default: '`true` (unlike express-session)', values: '`true`, `false`', completions: ['true', 'false'] }, 'rolling-optional'),
  fs('cookie', { summary: 'The session ID cookie\'s settings.', default: "`{ path: '/', httpOnly: true, secure: true }`", values: 'an object' }, 'cookie'),
  fs('cookie.secure', {
    summary: 'Sends the cookie only over HTTPS.',
    default: '`true`',
    values: "`true`, `false`, `'auto'` (secure on HTTPS; on HTTP not secure and SameSite=Lax)",
    completions: ['true', "'auto'"],
    trap: { text: 'With TLS ended at the proxy, Fastify needs `trustProxy`, or the session is not saved and no cookie is set.', rule: 'app/secure-cookie-no-trust-proxy' },
  }, 'cookie'),
  fs('cookie.sameSite', { summary: 'The `SameSite` attribute.', default: 'not set', values: "`true`, `false`, `'lax'`, `'strict'`, `'none'`", completions: ["'lax'", "'strict'", "'none'", 'true', 'false'] }, 'cookie'),
  fs('cookie.httpOnly', { summary: 'Hides the cookie from page scripts.', default: '`true`', values: '`true`, `false`', completions: ['true'] }, 'cookie'),
  fs('cookie.maxAge', { summary: 'The cookie\'s lifetime in milliseconds.', default: 'not set (a browser-session cookie)', values: 'a number of milliseconds' }, 'cookie'),
  fs('cookie.expires', { summary: 'A fixed `Date` for `Expires` (`maxAge` wins when both are set).', default: 'not set', values: 'a `Date`' }, 'cookie'),
  fs('cookie.path', { summary: 'The `Path` attribute.', default: "`'/'`", values: 'a path' }, 'cookie'),
  fs('cookie.domain', { summary: 'The `Domain` attribute.', default: 'not set', values: 'a domain name' }, 'cookie'),
  fs('cookie.partitioned', { summary: 'The `Partitioned` attribute (CHIPS; experimental).', default: '`false`', values: '`true`, `false`', completions: ['true', 'false'] }, 'cookie'),
  // koa-session
  ks('key', { summary: 'The cookie\'s name.', default: "`'koa.sess'`", values: 'a string', gates: [['6.0.0', "the default `'koa.sess'` (before: `'koa:sess'`)"]] }),
  ks('maxAge', { summary: 'The cookie\'s lifetime in milliseconds, or `\'session\'` for a browser-session cookie.', default: '`86400000` (one day)', values: "a number of milliseconds, `'session'`" }),
  ks('httpOnly', { summary: 'Hides the cookie from page scripts.', default: '`true`', values: '`true`, `false`', completions: ['true'] }),
  ks('signed', { summary: 'Signs the cookie with `app.keys`.', default: '`true`', values: '`true`, `false`', completions: ['true'] }),
  ks('secure', {
    summary: 'Sends the cookie only over HTTPS.',
    default: 'not set by koa-session',
    values: '`true`, `false`',
    completions: ['true'],
    trap: { text: "Behind a TLS proxy set `app.proxy = true`, or the `cookies` library throws 'Cannot send secure cookie over unencrypted connection'.", rule: 'app/secure-cookie-no-trust-proxy' },
  }),
  ks('sameSite', { summary: 'The `SameSite` attribute.', default: '`null` (not set)', values: "`'lax'`, `'strict'`, `'none'`", completions: ["'lax'", "'strict'", "'none'"] }),
  ks('rolling', { summary: 'Sets the cookie on every response.', default: '`false`', values: '`true`, `false`', completions: ['true', 'false'] }),
  ks('renew', { summary: 'Renews the session when it is nearly expired.', default: '`false`', values: '`true`, `false`', completions: ['true', 'false'] }),
  ks('store', {
    summary: 'A server-side store `{ get, set, destroy }`.',
    default: 'none: the session is the cookie itself (signed, not encrypted)',
    values: 'an object with `get`, `set`, `destroy`',
    trap: { text: 'With a store, every instance must share it.' },
  }),
];

/** The fact for an option of a library (`cookie.secure`), or null. */
export function optionFact(library: SessionLibrary, path: string): OptionFact | null {
  return OPTION_FACTS.find((f) => f.library === library && f.path === path) ?? null;
}

/** The options of a library directly under `parent` ('' for the top level, 'cookie'). */
export function optionsUnder(library: SessionLibrary, parent: string): OptionFact[] {
  return OPTION_FACTS.filter((f) => f.library === library && (parent ? f.path.startsWith(parent + '.') : !f.path.includes('.')));
}

/** `1.18.2` from a lockfile's version or a range's lower bound (`^1.17.0`, `~1.18`), or null. */
export function versionOf(v: PackageVersion | undefined): readonly number[] | null {
  const text = v?.installed ?? v?.range ?? null;
  const m = text ? /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}

/** Whether `have` is at least `want` (`1.18.0`). */
export function atLeast(have: readonly number[], want: string): boolean {
  const w = want.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (w[i] ?? 0)) return (have[i] ?? 0) > (w[i] ?? 0);
  return true;
}

/** The hover's Markdown for a fact, for the installed version (or every version when it is unknown). */
export function factMarkdown(fact: OptionFact, installed: PackageVersion | undefined): string {
  const v = versionOf(installed);
  const named = installed && v ? `${fact.library} ${installed.installed ?? installed.range}` : null;
  const lines = [`**${fact.library}** \`${fact.path}\`${named ? ` (installed: ${named})` : ''}`, '', fact.summary, ''];
  if (fact.since && v && !atLeast(v, fact.since)) {
    lines.push(`**Not in ${named}**: added in ${fact.since}; this version ignores it.`, '');
  }
  lines.push(`- Default: ${fact.default ?? 'none (required)'}`);
  lines.push(`- Values: ${fact.values}`);
  if (fact.since && (!v || atLeast(v, fact.since))) lines.push(`- Since ${fact.library} ${fact.since}`);
  for (const [since, what] of fact.gates ?? []) {
    if (!v) lines.push(`- ${what}: since ${since}`);
    else if (!atLeast(v, since)) lines.push(`- ${what}: not in ${named} (since ${since})`);
  }
  if (fact.trap) lines.push(`- Trap: ${fact.trap.text}${fact.trap.rule ? ` (\`${fact.trap.rule}\`)` : ''}`);
  lines.push('', `[${fact.library} README](${fact.link})`);
  return lines.join('\n');
}
