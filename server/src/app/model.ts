import type { Comment } from '../model/common';
import type { KindModel } from '../kinds/fileKind';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

/**
 * The application-code model: session middleware set-ups in a JS/TS file, the stores and Redis
 * clients they use, trust-proxy settings, and the versions of the libraries installed beside it.
 * Every value keeps the exact span of its text, so rules point at what a user would change and
 * fixes rewrite only that.
 */

/** The grammar a file was read with. */
export type AppSyntax = 'javascript' | 'typescript' | 'tsx';

// ---------------------------------------------------------------------------------------------
// Values: what an expression of the file is, as far as the file itself says.
// ---------------------------------------------------------------------------------------------

/** An object literal `{ ... }`. */
export interface AppObject {
  readonly kind: 'object';
  readonly span: Span;
  readonly properties: readonly AppProperty[];
  /** True when the literal spreads another object (`...defaults`): a missing key may come from there. */
  readonly spread: boolean;
  /** Set when the object was reached through a `const` of the same file: its name as used and where. */
  readonly via?: { readonly name: string; readonly span: Span };
}

/** One `key: value` (or shorthand `key`, or method `key() {}`) of an object literal. */
export interface AppProperty {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: AppValue;
  /** The whole property, `key: value` (without the comma). */
  readonly span: Span;
  readonly shorthand: boolean;
}

export interface AppString {
  readonly kind: 'string';
  readonly span: Span;
  /** The value once quotes and escapes are gone. */
  readonly value: string;
  /** The quote written: `'`, `"` or `` ` `` (a template without substitutions). */
  readonly quote: string;
}

export interface AppNumber {
  readonly kind: 'number';
  readonly span: Span;
  /** The value, folded when the expression is arithmetic on number literals (`1000 * 60 * 60`). */
  readonly value: number;
}

export interface AppBoolean {
  readonly kind: 'boolean';
  readonly span: Span;
  readonly value: boolean;
}

/** `null` or `undefined`. */
export interface AppNullish {
  readonly kind: 'null' | 'undefined';
  readonly span: Span;
}

export interface AppArray {
  readonly kind: 'array';
  readonly span: Span;
  readonly elements: readonly AppValue[];
}

/** A function or arrow function (`cookie: (req) => ({ ... })`, express-session 1.19+). */
export interface AppFunction {
  readonly kind: 'function';
  readonly span: Span;
  /** What it returns when its body is an expression or ends in one `return <expr>` (every return, if several). */
  readonly returns: readonly AppValue[];
}

/** `process.env.NAME` or `process.env['NAME']`. */
export interface AppEnv {
  readonly kind: 'env';
  readonly span: Span;
  readonly name: string;
}

/** `a || b`, `a ?? b`, `a && b`. */
export interface AppLogical {
  readonly kind: 'logical';
  readonly span: Span;
  readonly operator: '||' | '??' | '&&';
  readonly left: AppValue;
  readonly right: AppValue;
}

/** `c ? a : b`. */
export interface AppConditional {
  readonly kind: 'conditional';
  readonly span: Span;
  readonly whenTrue: AppValue;
  readonly whenFalse: AppValue;
}

/** An identifier: what a same-file declaration gives it, when there is one with a value. */
export interface AppIdentifier {
  readonly kind: 'identifier';
  readonly span: Span;
  readonly name: string;
  /** The declaration's value (its spans are the declaration's), or null (a parameter, an import, a global). */
  readonly resolved: AppValue | null;
}

/** Any other expression (a call, a member access, a template with substitutions, ...): its text. */
export interface AppExpression {
  readonly kind: 'expression';
  readonly span: Span;
  readonly text: string;
  /** Where it comes from when it is a module's export, a call or `new` of one (`require('x').y`, `new RedisStore()`). */
  readonly origin: Origin | null;
}

export type AppValue =
  | AppObject
  | AppString
  | AppNumber
  | AppBoolean
  | AppNullish
  | AppArray
  | AppFunction
  | AppEnv
  | AppLogical
  | AppConditional
  | AppIdentifier
  | AppExpression;

/**
 * Where a value comes from, followed through same-file declarations: a module (`require('m')`,
 * an import), a property path on it, a call or a `new` of such a thing.
 */
export type Origin =
  | {
      readonly kind: 'module';
      readonly module: string;
      /** Property names taken from the module: `[]` = the module itself, `['default']`, `['RedisStore']`. */
      readonly path: readonly string[];
      /**
       * How the module was brought in: `import X from` (`'import-default'`: path starts with
       * `default`), `import * as X` / `import {A}` (`'import'`), `require(...)` / `import X = require()`
       * (`'require'`).
       */
      readonly via: 'import-default' | 'import' | 'require';
      /** The import or require declaration (the whole statement). */
      readonly declaration: Span;
    }
  | { readonly kind: 'call'; readonly callee: Origin; readonly span: Span; readonly args: readonly Span[] }
  | { readonly kind: 'new'; readonly callee: Origin; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Session set-ups.
// ---------------------------------------------------------------------------------------------

export type SessionLibrary = 'express-session' | '@fastify/session' | 'koa-session';

/** What the `store` option is. */
export type StoreKind =
  /** No `store` option (or `store: undefined`): the library's default. */
  | 'default'
  /** express-session's `MemoryStore` (`new session.MemoryStore()`), @fastify/session's `Store` / `MemoryStore`. */
  | 'memory-store'
  /** The `memorystore` package: leak-safe, still in process memory. */
  | 'memorystore'
  /** A connect-redis `RedisStore`. */
  | 'connect-redis'
  /** Another store package (connect-mongo, connect-pg-simple, ...): see `module`. */
  | 'package'
  /** Something the file does not tell (a parameter, an import from a local file, a conditional). */
  | 'unknown';

export interface StoreRef {
  readonly kind: StoreKind;
  /** The `store: ...` property, or null when absent. */
  readonly property: AppProperty | null;
  /** The store package when known (`connect-mongo`, `memorystore`, `connect-redis`). */
  readonly module: string | null;
  /** The `new RedisStore(...)` construction, when the store is one. */
  readonly redisStore: RedisStoreConstruction | null;
}

export interface OptionAssignment {
  /** `['cookie', 'secure']` for `sess.cookie.secure = true`. */
  readonly path: readonly string[];
  /** The whole assignment. */
  readonly span: Span;
  readonly value: AppValue;
}

export interface SessionSetup {
  readonly library: SessionLibrary;
  /** The call that installs the middleware: `session({...})`, `fastify.register(fastifySession, {...})`. */
  readonly call: Span;
  /** The callee as written (`session`, `expressSession`, `app.register`). */
  readonly callee: Span;
  /**
   * The name the file calls the library by, when it is a plain identifier: `session` in
   * `session({...})`, `fastifySession` in `register(fastifySession, ...)` (connect-redis 3-6's factory takes it).
   */
  readonly libraryName: string | null;
  /** The options argument as written (an object literal or an identifier), or null when there is none. */
  readonly optionsArg: AppValue | null;
  /** The options object literal, inline or reached through a same-file `const`; null when not known. */
  readonly options: AppObject | null;
  /** The `cookie` option: an object literal (or the object a `cookie(req)` function returns), else null. */
  readonly cookie: AppObject | null;
  /** How `cookie` is given: absent, an object, a function (express-session 1.19+), or something else. */
  readonly cookieForm: 'absent' | 'object' | 'function' | 'other';
  readonly store: StoreRef;
  /**
   * Assignments to the options `const` elsewhere in the file (`sess.cookie.secure = true`,
   * `options.store = redisStore`): the property path below the options object, and the value.
   */
  readonly assignments: readonly OptionAssignment[];
  /** The statement holding the call (`app.use(session({...}));`): code is inserted before it. */
  readonly statement: Span;
  /** The statement holding the options object literal (the call's, or the `const` it is declared in). */
  readonly optionsStatement: Span | null;
  /** The receiver of the `.use(...)` / `.register(...)` that installs it (`app`, `fastify`), if any. */
  readonly appName: string | null;
}

// ---------------------------------------------------------------------------------------------
// connect-redis and Redis clients.
// ---------------------------------------------------------------------------------------------

/**
 * How a file takes connect-redis's store class:
 * - `factory`: `require('connect-redis')(session)` or `connectRedis(session)` (v3-v6);
 * - `require-default`: `require('connect-redis').default` (v7's CommonJS form);
 * - `import-default`: `import RedisStore from 'connect-redis'` (v7's ESM form);
 * - `named`: `{ RedisStore }` from require or import (v8+);
 * - `require-plain`: `const RedisStore = require('connect-redis')` used as the class (no version has that shape).
 */
export type ConnectRedisForm = 'factory' | 'require-default' | 'import-default' | 'named' | 'require-plain';

export interface ConnectRedisBinding {
  readonly form: ConnectRedisForm;
  /** `require` or `import`: how the module is brought in. */
  readonly via: 'require' | 'import';
  /** The local name the store class (or the factory) is bound to, and where that name is declared. */
  readonly localName: string;
  readonly nameSpan: Span;
  /** The import / require statement that brings the module in. */
  readonly declaration: Span;
  /** For the factory form: the `connectRedis(session)` call that makes the class, and its statement. */
  readonly factoryCall: Span | null;
  readonly factoryStatement: Span | null;
  /** Every `new <localName>(...)` of the file. */
  readonly constructions: readonly RedisStoreConstruction[];
}

export interface RedisStoreConstruction {
  /** `new RedisStore({...})`. */
  readonly span: Span;
  readonly options: AppObject | null;
  /** The `client:` option, when written. */
  readonly client: AppProperty | null;
  /** The Redis client the `client:` option names, when it is created in this file. */
  readonly redisClient: RedisClient | null;
}

export interface RedisClient {
  /** `redis` (node-redis `createClient` / `createCluster`) or `ioredis` (`new Redis()`, `new Redis.Cluster()`). */
  readonly library: 'redis' | 'ioredis';
  /** The `createClient(...)` / `new Redis(...)` expression. */
  readonly span: Span;
  readonly options: AppObject | null;
  /** The `legacyMode` option (node-redis v4), when written. */
  readonly legacyMode: AppProperty | null;
  /** The variable it is bound to (`const redisClient = createClient()`), or null. */
  readonly name: string | null;
  /** The statement that creates it. */
  readonly statement: Span;
  /** Whether the file calls `.connect()` on it (chained or through its variable). */
  readonly connected: boolean;
  /** Whether the file exports it (another file may connect it). */
  readonly exported: boolean;
}

// ---------------------------------------------------------------------------------------------
// Applications and trust proxy.
// ---------------------------------------------------------------------------------------------

export type AppFramework = 'express' | 'nestjs' | 'fastify' | 'koa';

/** `const app = express()`, `await NestFactory.create(AppModule)`, `Fastify({...})`, `new Koa()`. */
export interface AppInstance {
  readonly framework: AppFramework;
  readonly name: string | null;
  /** The creating expression. */
  readonly span: Span;
  /** The statement that creates it. */
  readonly statement: Span;
  /** The options object passed to `Fastify({...})` / `NestFactory.create(M, adapter, {...})`, if written. */
  readonly options: AppObject | null;
}

/**
 * A setting that makes the framework trust `X-Forwarded-Proto`: `app.set('trust proxy', v)`,
 * `app.enable('trust proxy')`, Fastify's `trustProxy` option, Koa's `app.proxy = v`.
 */
export interface TrustProxySetting {
  readonly form: 'set' | 'enable' | 'disable' | 'fastify-option' | 'koa-proxy';
  /** The whole call / assignment / property. */
  readonly span: Span;
  /** The value (`1`, `true`, `'loopback'`); null for enable/disable. */
  readonly value: AppValue | null;
  /** The receiver as written (`app`), if any. */
  readonly target: string | null;
}

// ---------------------------------------------------------------------------------------------
// Versions.
// ---------------------------------------------------------------------------------------------

export interface PackageVersion {
  readonly name: string;
  /** The range package.json declares (`^7.1.0`), or null when only the lockfile has it. */
  readonly range: string | null;
  /** The version the lockfile pins, or null without a lockfile entry. */
  readonly installed: string | null;
  /** The major version: the lockfile's, else the range's lower bound; null when neither tells (`*`, a git URL). */
  readonly major: number | null;
  /** Where the major comes from, for messages: `package-lock.json`, `package.json`. */
  readonly from: string;
}

export interface AppVersions {
  /** The nearest package.json (path as given to `files.read`), or null. */
  readonly packageJson: string | null;
  /** The lockfile read (`package-lock.json`, `yarn.lock`, `pnpm-lock.yaml`), or null. */
  readonly lockfile: string | null;
  /** package.json's `"type"`: `module` makes `.js` files ESM. */
  readonly moduleType: 'module' | 'commonjs' | null;
  /** package.json's `engines.node`, if declared. */
  readonly nodeEngine: string | null;
  readonly packages: ReadonlyMap<string, PackageVersion>;
}

// ---------------------------------------------------------------------------------------------
// The model.
// ---------------------------------------------------------------------------------------------

export interface AppModel extends KindModel {
  readonly file: string;
  readonly syntax: AppSyntax;
  readonly source: SourceText;
  /** How the file brings modules in: `import` statements, `require` calls, both or neither. */
  readonly moduleStyle: 'esm' | 'commonjs' | 'mixed' | 'none';
  /** Every module the file imports or requires, with the statement that does it (in file order). */
  readonly imports: readonly { readonly module: string; readonly via: 'import' | 'require'; readonly declaration: Span }[];
  readonly sessions: readonly SessionSetup[];
  readonly connectRedis: readonly ConnectRedisBinding[];
  readonly redisClients: readonly RedisClient[];
  readonly apps: readonly AppInstance[];
  readonly trustProxy: readonly TrustProxySetting[];
  readonly versions: AppVersions;
  readonly comments: readonly Comment[];
  readonly statements: readonly Span[];
  /** Text the grammar could not read (ERROR / MISSING nodes), at most a few. */
  readonly syntaxErrors: readonly { readonly message: string; readonly span: Span }[];
}

/** The property `key` of an object literal (the last one written, as JavaScript takes it). */
export function propertyOf(object: AppObject | null | undefined, key: string): AppProperty | null {
  if (!object) return null;
  for (let i = object.properties.length - 1; i >= 0; i--) if (object.properties[i].key === key) return object.properties[i];
  return null;
}

/** A value with identifiers replaced by what their same-file declarations give (at most a few hops). */
export function resolved(value: AppValue | null | undefined): AppValue | null {
  let v = value ?? null;
  for (let i = 0; i < 8 && v?.kind === 'identifier' && v.resolved; i++) v = v.resolved;
  return v;
}

/** The major version of a package beside the file, or null when package.json and lockfile do not say. */
export function majorOf(model: { readonly versions: AppVersions }, name: string): number | null {
  return model.versions.packages.get(name)?.major ?? null;
}
