import { connectRedisVersion, DEFAULT_SHAPE, nodeRedisMajor, shapeOf, writeShape } from '../../app/connectRedis';
import { addProperty, insertLinesAfter, insertLinesBefore, moduleStyleFor, quoteOf, semicolonOf } from '../../app/edits';
import type { AppModel, SessionSetup } from '../../app/model';
import { SHARED_STORE_GUIDE } from '../docs';
import type { Fix, KindRule, TextEdit } from '../types';

const WHY = 'sessions are lost on every restart and not shared with the other instances behind a load balancer';

function messageOf(setup: SessionSetup): string | null {
  const store = setup.store;
  if (setup.library === 'express-session' && store.kind === 'default')
    return `express-session without a \`store\` keeps sessions in its MemoryStore, "not designed for a production environment" (it leaks memory): ${WHY}. Give it a shared store such as connect-redis.`;
  if (store.kind === 'memory-store' && setup.library === '@fastify/session')
    return `@fastify/session's own \`Store\` (also exported as \`MemoryStore\`) keeps sessions in a Map, which "should not be used in a production environment" (its docs): ${WHY}. Use a shared store such as connect-redis.`;
  if (setup.library === 'express-session' && store.kind === 'memory-store')
    return `\`MemoryStore\` is express-session's in-memory store, "not designed for a production environment" (it leaks memory): ${WHY}. Use a shared store such as connect-redis.`;
  if (store.kind === 'memorystore')
    return `memorystore keeps sessions in this process's memory ("not shared with other processes or services", its docs say): ${WHY}. Use a shared store such as connect-redis.`;
  if (setup.library === '@fastify/session' && store.kind === 'default')
    return `@fastify/session without a \`store\` keeps sessions in an in-memory Map, which "should not be used in a production environment" (its docs): ${WHY}. Give it a shared store such as connect-redis.`;
  return null;
}

/** The Redis store fix: the store class and a node-redis client bound in the form the installed versions expect. */
function redisStoreFix(model: AppModel, setup: SessionSetup): Fix | null {
  const text = model.source.text;
  const options = setup.options;
  if (!options || !setup.optionsStatement) return null;
  const libraryModule = setup.library === 'express-session' ? 'express-session' : setup.library === '@fastify/session' ? (model.imports.some((i) => i.module === 'fastify-session') ? 'fastify-session' : '@fastify/session') : null;
  const anchor = model.imports.find((i) => i.module === libraryModule);
  if (!anchor) return null;
  const style = moduleStyleFor(model, libraryModule);
  const quote = quoteOf(model);
  const semi = semicolonOf(model);
  const version = connectRedisVersion(model);
  const shape = version ? shapeOf(version.major!) : DEFAULT_SHAPE;
  const redis = nodeRedisMajor(model);
  const redisMajor = redis?.major ?? 5;

  const imports: string[] = [];
  const existing = model.connectRedis.find((b) => b.constructions.length > 0 || b.form !== 'require-plain');
  let storeClass = existing?.localName ?? 'RedisStore';
  if (!existing) {
    const lines = writeShape(shape, { style, localName: 'RedisStore', sessionName: setup.libraryName, quote, semi, keyword: 'const' });
    if (!lines) return null;
    imports.push(...lines);
    storeClass = 'RedisStore';
  }
  const client = model.redisClients.find((c) => c.library === 'redis' && c.name && /^[\w$]+$/.test(c.name));
  const before: string[] = [];
  let clientName = client?.name ?? 'redisClient';
  if (!client) {
    if (!model.imports.some((i) => i.module === 'redis'))
      imports.push(style === 'esm' ? `import { createClient } from ${quote}redis${quote}${semi}` : `const { createClient } = require(${quote}redis${quote})${semi}`);
    clientName = 'redisClient';
    const legacy = shape === 'factory' && redisMajor >= 4 ? 'legacyMode: true, ' : '';
    before.push(`const ${clientName} = createClient({ ${legacy}url: process.env.REDIS_URL })${semi}`);
    if (redisMajor >= 4) before.push(`${clientName}.connect().catch(console.error)${semi}`);
  }

  const edits: TextEdit[] = [];
  if (imports.length) edits.push(insertLinesAfter(text, anchor.declaration, imports));
  if (before.length) edits.push(insertLinesBefore(text, setup.optionsStatement, before));
  const construction = `new ${storeClass}({ client: ${clientName} })`;
  const store = setup.store.property;
  if (store) edits.push({ start: store.value.span.start, end: store.value.span.end, newText: construction });
  else edits.push(addProperty(text, options, `store: ${construction}`));
  // Insertions at one offset apply in order: keep the imports before the client lines.
  edits.sort((a, b) => a.start - b.start);
  const versionText = version ? `connect-redis ${version.major}` : 'connect-redis 8 or later, not yet in package.json';
  return { title: `Keep sessions in Redis (${versionText}, node-redis ${redis ? redis.major : 'not yet in package.json'})`, edits, preferred: false };
}

/**
 * A session middleware whose store lives in the process: express-session's default MemoryStore,
 * memorystore, @fastify/session's default Map. Behind a load balancer without affinity every other
 * request misses the session; with affinity, a restart or a scale-down still loses them.
 */
export const appInProcessStore: KindRule<AppModel> = {
  meta: {
    id: 'app/in-process-store',
    dialect: 'app',
    severity: 'warning',
    summary: 'Sessions kept in process memory (express-session MemoryStore, memorystore, @fastify/session default store): lost on restart and not shared between instances',
    fixable: true,
    guides: [SHARED_STORE_GUIDE],
  },
  checkModel(context) {
    const model = context.config;
    for (const setup of model.sessions) {
      const message = messageOf(setup);
      if (!message) continue;
      const fix = redisStoreFix(model, setup);
      const span = setup.store.property ? setup.store.property.value.span : setup.callee;
      context.report({ message, span, fixes: fix ? [fix] : [] });
    }
  },
};
