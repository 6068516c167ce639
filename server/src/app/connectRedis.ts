import type { AppModel, ConnectRedisBinding, PackageVersion } from './model';

/**
 * What each connect-redis major exports, read from each major's own package (npm pack):
 * - 3-6: `module.exports = function (session) { ... return RedisStore }` (a factory);
 * - 7: `exports.default = RedisStore` (CommonJS build) / `export default RedisStore` (ESM build);
 * - 8-10: `exports.RedisStore` / `export { RedisStore }`; `"type": "module"` with a `.cjs` build
 *   under the `require` condition;
 * - 11: ESM only: package.json `exports` has no `require` condition, so `require('connect-redis')`
 *   fails with ERR_PACKAGE_PATH_NOT_EXPORTED.
 */
export type ConnectRedisShape = 'factory' | 'default' | 'named' | 'named-esm-only';

export function shapeOf(major: number): ConnectRedisShape {
  if (major <= 6) return 'factory';
  if (major === 7) return 'default';
  if (major <= 10) return 'named';
  return 'named-esm-only';
}

/** `connect-redis 7.1.1 (package-lock.json)`, `connect-redis ^7.1.0 (package.json)`. */
export function describeVersion(v: PackageVersion): string {
  return `${v.name} ${v.installed ?? v.range ?? ''} (${v.from})`;
}

/** Whether a binding's form works with a shape. */
export function formFits(binding: ConnectRedisBinding, shape: ConnectRedisShape): boolean {
  switch (shape) {
    case 'factory':
      return binding.form === 'factory';
    case 'default':
      return binding.form === 'require-default' || binding.form === 'import-default';
    case 'named':
      return binding.form === 'named';
    case 'named-esm-only':
      return binding.form === 'named' && binding.via === 'import';
  }
}

/** How each shape is written, for messages. */
export function shapeExample(shape: ConnectRedisShape, style: 'esm' | 'commonjs'): string {
  switch (shape) {
    case 'factory':
      return style === 'esm' ? "import connectRedis from 'connect-redis'; const RedisStore = connectRedis(session)" : "const RedisStore = require('connect-redis')(session)";
    case 'default':
      return style === 'esm' ? "import RedisStore from 'connect-redis'" : "const RedisStore = require('connect-redis').default";
    case 'named':
    case 'named-esm-only':
      return style === 'esm' ? "import { RedisStore } from 'connect-redis'" : "const { RedisStore } = require('connect-redis')";
  }
}

export interface WriteOptions {
  readonly style: 'esm' | 'commonjs';
  /** The name the store class is bound to. */
  readonly localName: string;
  /** The session library's local name (express-session's `session`), for the factory form. */
  readonly sessionName: string | null;
  readonly quote: string;
  readonly semi: string;
  /** `const`, `let` or `var`. */
  readonly keyword: string;
}

/**
 * The statement(s) that bind the store class in a shape, or null when the shape cannot be written in
 * that module style (connect-redis 11 from CommonJS) or needs a name the file lacks.
 */
export function writeShape(shape: ConnectRedisShape, o: WriteOptions): string[] | null {
  const m = `${o.quote}connect-redis${o.quote}`;
  const X = o.localName;
  switch (shape) {
    case 'factory':
      if (!o.sessionName) return null;
      if (o.style === 'esm') {
        const factory = X === 'connectRedis' ? 'connectRedisFactory' : 'connectRedis';
        return [`import ${factory} from ${m}${o.semi}`, `${o.keyword} ${X} = ${factory}(${o.sessionName})${o.semi}`];
      }
      return [`${o.keyword} ${X} = require(${m})(${o.sessionName})${o.semi}`];
    case 'default':
      return o.style === 'esm' ? [`import ${X} from ${m}${o.semi}`] : [`${o.keyword} ${X} = require(${m}).default${o.semi}`];
    case 'named':
    case 'named-esm-only':
      if (o.style === 'esm') return [`import { RedisStore${X === 'RedisStore' ? '' : ` as ${X}`} } from ${m}${o.semi}`];
      if (shape === 'named-esm-only') return null;
      return [`${o.keyword} { RedisStore${X === 'RedisStore' ? '' : `: ${X}`} } = require(${m})${o.semi}`];
  }
}

/** The shape to write when connect-redis is not installed: the form of every current major from 8 on. */
export const DEFAULT_SHAPE: ConnectRedisShape = 'named';

/** The connect-redis version beside the file, if package.json or the lockfile names it. */
export function connectRedisVersion(model: AppModel): PackageVersion | null {
  const v = model.versions.packages.get('connect-redis');
  return v && v.major !== null ? v : null;
}

/**
 * node-redis's major version beside the file: `redis`, or `@redis/client` used directly (whose 1.x
 * is what redis 4.x ships; from 5 on both count alike). Null when neither is declared.
 */
export function nodeRedisMajor(model: AppModel): { readonly major: number; readonly version: PackageVersion } | null {
  const redis = model.versions.packages.get('redis');
  if (redis && redis.major !== null) return { major: redis.major, version: redis };
  const client = model.versions.packages.get('@redis/client');
  if (client && client.major !== null) return { major: client.major === 1 ? 4 : client.major, version: client };
  return null;
}
