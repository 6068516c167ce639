import * as path from 'path';
import type { LinkFacts } from '../kinds/fileKind';
import type { AppSessions, SessionStoreKind } from '../link/model';
import type { AppModel, SessionSetup } from './model';

/** Store packages that keep sessions outside the process, where every instance reads them. */
const SHARED_STORE_PACKAGES = new Set([
  'connect-redis', 'connect-mongo', 'connect-mongodb-session', 'connect-pg-simple', 'connect-session-sequelize', 'connect-memcached',
  'connect-dynamodb', 'connect-session-knex', 'connect-typeorm', '@quixo3/prisma-session-store', 'express-mysql-session', 'connect-sqlite3',
  'express-session-firestore', '@google-cloud/connect-firestore', 'cassandra-store', 'connect-couchbase', 'connect-redis-crypto',
]);

/** Where a set-up keeps its sessions, and how to say it. */
export function storeOf(setup: SessionSetup): { store: SessionStoreKind; label: string } {
  const s = setup.store;
  switch (s.kind) {
    case 'default':
      // koa-session keeps the session in the (signed) cookie itself unless given a store.
      if (setup.library === 'koa-session') return { store: 'shared', label: "the session cookie itself (koa-session's default)" };
      return { store: 'memory', label: setup.library === 'express-session' ? "MemoryStore (express-session's default)" : `${setup.library}'s default in-memory store` };
    case 'memory-store':
      return { store: 'memory', label: setup.library === 'express-session' ? "express-session's MemoryStore" : `${setup.library}'s MemoryStore` };
    case 'memorystore':
      return { store: 'memory', label: 'memorystore (process memory)' };
    case 'connect-redis':
      return { store: 'shared', label: 'Redis (connect-redis)' };
    case 'package':
      return s.module && SHARED_STORE_PACKAGES.has(s.module) ? { store: 'shared', label: s.module } : { store: 'unknown', label: s.module ?? 'a store package' };
    default:
      return { store: 'unknown', label: 'a store this file does not define' };
  }
}

/** The applications a file sets sessions up for: one per set-up, in the folder of its package.json. */
export function appLinkFacts(model: AppModel): LinkFacts {
  const folder = model.versions.packageJson ? path.dirname(model.versions.packageJson) : path.dirname(model.file);
  const apps: AppSessions[] = model.sessions.map((setup) => {
    const { store, label } = storeOf(setup);
    return { file: model.file, folder, store, storeLabel: label, span: setup.call };
  });
  return { apps };
}
