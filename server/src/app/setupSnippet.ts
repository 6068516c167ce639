import type { AppVersions } from './model';
import { DEFAULT_SHAPE, shapeOf, writeShape, type ConnectRedisShape } from './connectRedis';

/** What the `express-session-redis` completion writes, for the versions beside the file. */
export interface SetupText {
  /** The text, or null when the installed versions cannot run it in this file's module style. */
  readonly text: string | null;
  /** One line on the forms chosen (shown beside the completion). */
  readonly detail: string;
}

export interface SetupContext {
  readonly file: string;
  readonly text: string;
  readonly versions: AppVersions;
  /** The indentation of the line it is written at (every line after the first gets it). */
  readonly indent: string;
  readonly eol: string;
}

/** `import` or `require` for code added to a file, from its own imports, its extension, then package.json's `type`. */
export function moduleStyleOfText(file: string, text: string, moduleType: AppVersions['moduleType']): 'esm' | 'commonjs' {
  const esm = /^\s*import\s[^(]/m.test(text) || /^\s*export\s/m.test(text);
  const cjs = /\brequire\s*\(\s*['"]/.test(text);
  if (esm !== cjs) return esm ? 'esm' : 'commonjs';
  if (/\.m[jt]s$/i.test(file)) return 'esm';
  if (/\.c[jt]s$/i.test(file)) return 'commonjs';
  if (/\.tsx?$/i.test(file)) return 'esm';
  return moduleType === 'module' ? 'esm' : 'commonjs';
}

/** The name a file binds a module to (`const session = require('express-session')`, `import session from ...`), or null. */
export function boundName(text: string, module: string): string | null {
  const q = module.replace(/[/.]/g, '\\$&');
  const m =
    new RegExp(`(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"]${q}['"]\\s*\\)`).exec(text) ??
    new RegExp(`import\\s+([A-Za-z_$][\\w$]*)\\s*(?:,\\s*\\{[^}]*\\})?\\s*from\\s*['"]${q}['"]`).exec(text);
  return m ? m[1] : null;
}

function imports(text: string, module: string): boolean {
  const q = module.replace(/[/.]/g, '\\$&');
  return new RegExp(`(?:from\\s*|require\\(\\s*|import\\s*)['"]${q}['"]`).test(text);
}

/**
 * A hardened express-session set-up in the form the installed versions take: connect-redis's shape
 * for its major (connectRedis.ts), node-redis (with `legacyMode` for connect-redis 6 and earlier on
 * node-redis 4) or ioredis (connect-redis 8 and earlier), a connected client that stops the process
 * when Redis is unreachable, trust proxy, the secret from the environment with fail-fast, and a
 * Secure, HttpOnly, SameSite=Lax cookie with a lifetime. Modules the file already imports are not
 * imported again.
 */
export function hardenedSetup(c: SetupContext): SetupText {
  const style = moduleStyleOfText(c.file, c.text, c.versions.moduleType);
  const cr = c.versions.packages.get('connect-redis');
  const crMajor = cr?.major ?? null;
  const shape: ConnectRedisShape = crMajor !== null ? shapeOf(crMajor) : DEFAULT_SHAPE;
  const crName = crMajor !== null ? `connect-redis ${cr?.installed ?? cr?.range}` : 'connect-redis 8-10 (not installed: the current form)';
  if (shape === 'named-esm-only' && style === 'commonjs') {
    return {
      text: null,
      detail: `${crName} is ESM only: require('connect-redis') fails (ERR_PACKAGE_PATH_NOT_EXPORTED). Use an .mjs file or "type": "module", or connect-redis 10.`,
    };
  }
  const redis = c.versions.packages.get('redis') ?? c.versions.packages.get('@redis/client');
  const ioredis = c.versions.packages.get('ioredis');
  // ioredis only where connect-redis still takes it (8 and earlier) and node-redis is not installed.
  const useIoredis = !!ioredis && !redis && (crMajor === null || crMajor <= 8);
  const redisMajor = redis?.major === 1 && redis.name === '@redis/client' ? 4 : (redis?.major ?? null);
  const legacyMode = shape === 'factory' && !useIoredis && (redisMajor === null || redisMajor >= 4);
  const needsConnect = !useIoredis && (redisMajor === null || redisMajor >= 4);

  const sessionName = boundName(c.text, 'express-session') ?? 'session';
  const q = "'";
  const lines: string[] = [];
  const req = (name: string, module: string): string => (style === 'esm' ? `import ${name} from ${q}${module}${q};` : `const ${name} = require(${q}${module}${q});`);
  if (!imports(c.text, 'express-session')) lines.push(req(sessionName, 'express-session'));
  if (!imports(c.text, 'connect-redis')) {
    const bind = writeShape(shape, { style, localName: 'RedisStore', sessionName, quote: q, semi: ';', keyword: 'const' });
    if (bind) lines.push(...bind);
  }
  const redisModule = useIoredis ? 'ioredis' : 'redis';
  if (!imports(c.text, redisModule)) lines.push(useIoredis ? req('Redis', 'ioredis') : req('{ createClient }', 'redis'));
  lines.push('');
  const url = `process.env.REDIS_URL ?? ${q}redis://127.0.0.1:6379${q}`;
  if (useIoredis) {
    lines.push(`const redisClient = new Redis(${url});`);
    lines.push(`redisClient.on(${q}error${q}, (error) => console.error(${q}Redis${q}, error));`);
  } else {
    lines.push(`const redisClient = createClient({ url: ${url}${legacyMode ? ', legacyMode: true' : ''} });`);
    if (needsConnect) {
      lines.push('redisClient.connect().catch((error) => {', `  console.error(${q}cannot reach Redis${q}, error);`, '  process.exit(1);', '});');
    }
  }
  lines.push('');
  lines.push(
    `app.set(${q}trust proxy${q}, 1);`,
    'app.use(',
    `  ${sessionName}({`,
    `    store: new RedisStore({ client: redisClient, prefix: ${q}sess:${q} }),`,
    `    secret: process.env.SESSION_SECRET ?? (() => { throw new Error(${q}SESSION_SECRET is not set${q}); })(),`,
    `    name: ${q}sid${q},`,
    '    resave: false,',
    '    saveUninitialized: false,',
    `    cookie: { secure: true, httpOnly: true, sameSite: ${q}lax${q}, maxAge: 8 * 60 * 60 * 1000 },`,
    '  }),',
    ');',
  );
  const text = lines.map((l, i) => (i === 0 || l === '' ? l : c.indent + l)).join(c.eol) + c.eol;
  const client = useIoredis ? `ioredis${ioredis?.installed || ioredis?.range ? ` ${ioredis.installed ?? ioredis.range}` : ''}` : `redis${redis ? ` ${redis.installed ?? redis.range}` : ''}${legacyMode ? ' (legacyMode)' : ''}`;
  return { text, detail: `${style === 'esm' ? 'ESM' : 'CommonJS'}, ${crName}, ${client}` };
}
