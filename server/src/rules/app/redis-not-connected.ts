import { describeVersion, nodeRedisMajor } from '../../app/connectRedis';
import { insertLinesAfter, semicolonOf } from '../../app/edits';
import type { AppModel } from '../../app/model';
import type { Fix, KindRule } from '../types';

/**
 * A node-redis 4+ client that is created but never connected: unlike node-redis 3 and ioredis,
 * node-redis 4 does not connect on creation, and every command on a client that was never
 * `.connect()`ed rejects with "ClientClosedError: The client is closed".
 */
export const appRedisNotConnected: KindRule<AppModel> = {
  meta: {
    id: 'app/redis-not-connected',
    dialect: 'app',
    severity: 'error',
    summary: 'A node-redis 4+ client (createClient) that the file never connects: every session read and write fails with "The client is closed"',
    fixable: true,
  },
  checkModel(context) {
    const model = context.config;
    const redis = nodeRedisMajor(model);
    // node-redis 3 connects on creation; unknown versions are taken for the current one (5).
    if (redis && redis.major < 4) return;
    const version = redis ? describeVersion(redis.version) : 'node-redis (not in package.json: taken as the current 5.x)';
    const storeClients = new Set(model.connectRedis.flatMap((b) => b.constructions.map((c) => c.redisClient)));
    for (const client of model.redisClients) {
      if (client.library !== 'redis' || client.connected || client.exported) continue;
      // A client bound to no name is judged only as a store's `client:` (elsewhere, who connects it is unknown).
      if (!client.name && !storeClients.has(client)) continue;
      const fixes: Fix[] = [];
      if (client.name && /^[\w$.]+$/.test(client.name)) {
        fixes.push({
          title: `Call \`${client.name}.connect()\` after creating it`,
          edits: [insertLinesAfter(model.source.text, client.statement, [`${client.name}.connect().catch(console.error)${semicolonOf(model)}`])],
          preferred: true,
        });
      }
      const what = client.name ? `\`${client.name}\`` : 'This client';
      context.report({
        message: `${what} is a ${version} client that this file never connects: node-redis 4 and later do not connect on creation, so every command (each session read and write) fails with "ClientClosedError: The client is closed". Call \`.connect()\` on it once, before it serves requests.`,
        span: client.span,
        fixes,
      });
    }
  },
};
