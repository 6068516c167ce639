import { connectRedisVersion, describeVersion, formFits, nodeRedisMajor, shapeExample, shapeOf, writeShape, type ConnectRedisShape } from '../../app/connectRedis';
import { addProperty, eolOf, indentAt, removeProperty, removeStatement } from '../../app/edits';
import type { AppModel, ConnectRedisBinding, RedisClient } from '../../app/model';
import type { Fix, KindRule, RuleContext, TextEdit } from '../types';

/** How each form is written, for messages. */
const FORM_TEXT: Record<ConnectRedisBinding['form'], string> = {
  factory: 'The connect-redis 3-6 factory call',
  'require-default': "`require('connect-redis').default` (the connect-redis 7 form)",
  'import-default': 'A default import of connect-redis (the connect-redis 7 form)',
  named: 'The named export `{ RedisStore }` (the connect-redis 8+ form)',
  'require-plain': "`require('connect-redis')` used as the class itself",
};

/**
 * What the wrong form does at run time, by the shape installed (run with Node 20 against the published
 * connect-redis 6, 7, 8 and 11).
 */
function crash(binding: ConnectRedisBinding, shape: ConnectRedisShape): string {
  if (shape === 'named-esm-only' && binding.via === 'require') return "`require('connect-redis')` throws ERR_PACKAGE_PATH_NOT_EXPORTED: connect-redis 11 is ESM only";
  const notConstructor = 'so `new RedisStore(...)` throws "RedisStore is not a constructor"';
  switch (binding.form) {
    case 'factory':
      if (binding.via === 'require') return 'the module is an object there, not a function, so the call throws "require(...) is not a function"';
      return shape === 'default'
        ? "the default export is the class, and calling it without `new` throws \"Class constructor RedisStore cannot be invoked without 'new'\""
        : 'there is no default export to call: an ES module fails to load ("does not provide an export named \'default\'"), compiled TypeScript throws "... is not a function"';
    case 'require-plain':
    case 'import-default':
      if (shape === 'factory') return '`new` on the 3-6 factory throws "Class extends value undefined is not a constructor or null"';
      if (binding.form === 'require-plain') return `the module object is not the class, ${notConstructor}`;
      return `there is no default export since connect-redis 8: an ES module fails to load ("does not provide an export named 'default'"), compiled TypeScript ${notConstructor.replace('so ', '')}`;
    case 'require-default':
      return `\`.default\` is undefined there, ${notConstructor} (tj/connect-redis#418)`;
    case 'named':
      return `there is no \`RedisStore\` export, ${notConstructor}`;
  }
}

const DECLARATION = {
  commonjs: /^(const|let|var)\s+(?:[\w$]+|\{[^}]*\})\s*=\s*require\(\s*(['"])connect-redis\2\s*\)(?:\s*\(\s*[\w$]+\s*\)|\s*\.\s*default)?\s*;?$/,
  esm: /^import\s+(?:[\w$]+|\{[^}]*\}|\*\s+as\s+[\w$]+)\s+from\s+(['"])connect-redis\1\s*;?$/,
};

/** The rewrite of a binding's declaration (and its separate factory statement) into `shape`, or null. */
function rewrite(model: AppModel, binding: ConnectRedisBinding, shape: ConnectRedisShape): TextEdit[] | null {
  const text = model.source.text;
  const declaration = text.slice(binding.declaration.start, binding.declaration.end);
  const cjs = DECLARATION.commonjs.exec(declaration);
  const esm = DECLARATION.esm.exec(declaration);
  if (!cjs && !esm) return null;
  // A factory call written apart from the import must be a plain `const X = f(session)` statement.
  const separate = binding.factoryStatement && (binding.factoryStatement.start !== binding.declaration.start || binding.factoryStatement.end !== binding.declaration.end) ? binding.factoryStatement : null;
  if (separate && !/^(const|let|var)\s+[\w$]+\s*=\s*[\w$]+\s*\(\s*[\w$]+\s*\)\s*;?$/.test(text.slice(separate.start, separate.end))) return null;
  if (!/^[\w$]+$/.test(binding.localName)) return null;
  const keyword = cjs?.[1] ?? (separate ? /^(const|let|var)/.exec(text.slice(separate.start, separate.end))![1] : 'const');
  const sessionName = sessionLocalName(model);
  const lines = writeShape(shape, {
    style: cjs ? 'commonjs' : 'esm',
    localName: binding.localName,
    sessionName,
    quote: (cjs?.[2] ?? esm?.[1]) as string,
    semi: declaration.trimEnd().endsWith(';') ? ';' : '',
    keyword,
  });
  if (!lines) return null;
  const indent = indentAt(text, binding.declaration.start);
  const edits: TextEdit[] = [{ start: binding.declaration.start, end: binding.declaration.end, newText: lines.join(`${eolOf(text)}${indent}`) }];
  if (separate) edits.push(removeStatement(text, separate));
  return edits;
}

/** The local name of express-session's function (or @fastify/session's plugin), for the factory form. */
function sessionLocalName(model: AppModel): string | null {
  return model.sessions.find((s) => s.libraryName)?.libraryName ?? null;
}

function checkForm(context: RuleContext<AppModel>, binding: ConnectRedisBinding): void {
  const model = context.config;
  const version = connectRedisVersion(model);
  if (!version && binding.form !== 'require-plain') return;
  const shape = version ? shapeOf(version.major!) : 'named';
  if (version && formFits(binding, shape)) return;
  const style = binding.via === 'import' ? 'esm' : 'commonjs';
  const target: ConnectRedisShape = shape === 'named-esm-only' ? 'named-esm-only' : shape;
  const wanted = shapeExample(target, target === 'named-esm-only' ? 'esm' : style);
  const installed = version ? describeVersion(version) : 'connect-redis (not in package.json; every version)';
  const message = `${FORM_TEXT[binding.form]} does not fit ${installed}: ${crash(binding, shape)}. Write \`${wanted}\`${target === 'named-esm-only' && binding.via === 'require' ? ' (an ES module) or keep connect-redis 10' : ''}.`;
  const edits = rewrite(model, binding, target);
  const fixes: Fix[] = edits ? [{ title: `Write \`${wanted}\` (${version ? `connect-redis ${version.major}` : 'connect-redis 8 to 10'})`, edits, preferred: version !== null }] : [];
  const span = binding.factoryCall ?? binding.declaration;
  context.report({ message, span, fixes });
}

function checkClient(context: RuleContext<AppModel>, client: RedisClient): void {
  const model = context.config;
  const version = connectRedisVersion(model);
  if (!version) return;
  const text = model.source.text;
  const major = version.major!;
  if (client.library === 'ioredis') {
    if (major >= 9)
      context.report({
        message: `${describeVersion(version)} dropped ioredis support (9.0.0: "Drop support for ioredis"; it calls node-redis 5's API): this store cannot read or write sessions through an ioredis client. Use node-redis's \`createClient\` (redis 5), or keep connect-redis 8.`,
        span: client.span,
      });
    return;
  }
  const redis = nodeRedisMajor(model);
  const legacy = client.legacyMode;
  const legacyOn = legacy?.value.kind === 'boolean' && legacy.value.value;
  if (major <= 6 && redis && redis.major >= 4 && !legacyOn && !(legacy && legacy.value.kind !== 'boolean')) {
    const fixes: Fix[] = [];
    if (client.options && !legacy) fixes.push({ title: 'Add `legacyMode: true` to the client options', edits: [addProperty(text, client.options, 'legacyMode: true')], preferred: false });
    else if (legacy) fixes.push({ title: 'Set `legacyMode: true`', edits: [{ start: legacy.value.span.start, end: legacy.value.span.end, newText: 'true' }], preferred: false });
    else if (/\(\s*\)$/.test(text.slice(client.span.start, client.span.end))) fixes.push({ title: 'Create the client with `{ legacyMode: true }`', edits: [{ start: client.span.end - 1, end: client.span.end - 1, newText: '{ legacyMode: true }' }], preferred: false });
    context.report({
      message: `${describeVersion(version)} calls Redis with the callback API of node-redis 3, which ${describeVersion(redis.version)} has only in legacy mode: without \`legacyMode: true\` session reads never call back (requests hang, \`req.session\` is undefined). Create the client with \`legacyMode: true\`, or move to connect-redis 7 or later.`,
      span: legacy ? legacy.span : client.span,
      fixes,
    });
    return;
  }
  if (major >= 7 && redis && redis.major <= 3) {
    context.report({
      message: `${describeVersion(version)} awaits node-redis 4's promise API, but ${describeVersion(redis.version)} has only the callback API: session reads resolve to nothing and writes never complete. Upgrade redis to ${major >= 9 ? '5' : '4 or 5'}, or keep connect-redis 6 (its factory form).`,
      span: client.span,
    });
    return;
  }
  if (major >= 9 && redis && redis.major === 4) {
    context.report({
      message: `${describeVersion(version)} stores each session with node-redis 5's \`set(key, value, { expiration })\`, an option ${describeVersion(redis.version)} ignores: sessions are written without a TTL and never expire in Redis. Upgrade redis to 5 (connect-redis ${major}'s peer dependency is \`redis >= 5\`), or keep connect-redis 8.`,
      span: client.span,
      severity: 'warning',
    });
  }
  if (major >= 7 && legacyOn && client.options) {
    context.report({
      message: `\`legacyMode: true\` gives node-redis's old callback API, but ${describeVersion(version)} awaits node-redis 4's promise API: session reads resolve to nothing and writes fail. Remove \`legacyMode\` (give other code that needs callbacks its own client, as connect-redis's maintainer advises).`,
      span: legacy!.span,
      fixes: [{ title: 'Remove `legacyMode: true`', edits: [removeProperty(text, client.options, legacy!)], preferred: false }],
    });
  }
}

/**
 * connect-redis's export changed shape three times (a factory up to 6, `.default` in 7, a named
 * `RedisStore` from 8, ESM only in 11) and its client contract twice (node-redis 4 only in legacy mode
 * up to 6, legacy mode wrong from 7, ioredis dropped in 9): each mismatch crashes or silently breaks
 * sessions at run time.
 */
export const appConnectRedisApi: KindRule<AppModel> = {
  meta: {
    id: 'app/connect-redis-api',
    dialect: 'app',
    severity: 'error',
    summary: 'connect-redis used in a form or with a Redis client its installed major does not support (factory, .default, named export, legacyMode, ioredis)',
    fixable: true,
  },
  checkModel(context) {
    const model = context.config;
    for (const binding of model.connectRedis) checkForm(context, binding);
    const seen = new Set<RedisClient>();
    for (const binding of model.connectRedis) {
      for (const c of binding.constructions) {
        if (c.redisClient && !seen.has(c.redisClient)) {
          seen.add(c.redisClient);
          checkClient(context, c.redisClient);
        }
      }
    }
  },
};
