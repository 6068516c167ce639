import type { Argument } from '../../model/common';
import { enclosingUpstream } from '../../model/nginxQueries';
import { replace } from '../edits';
import type { Fix, NginxRule } from '../types';
import { removeArgument } from './nginxEdits';

/** The methods whose peer selection has no notion of backup servers or slow start. */
const METHODS = new Set(['hash', 'ip_hash', 'random']);

export const backupWithHash: NginxRule = {
  meta: {
    id: 'nginx/backup-with-hash',
    dialect: 'nginx',
    severity: 'error',
    summary: 'backup or slow_start= on a server of an upstream using hash, ip_hash or random',
    fixable: true,
  },
  visits: ['server'],
  check(d, context) {
    const upstream = enclosingUpstream(d);
    const method = upstream?.children?.find((c) => METHODS.has(c.name));
    if (!method) return;
    const { source } = context;
    const report = (arg: Argument, what: string, fixes: Fix[]): void =>
      context.report({
        message: `'${what}' cannot be combined with '${method.name}' in one upstream: nginx refuses it ("balancing method does not support parameter") when the server comes after '${method.name}', and otherwise never applies it.`,
        span: arg.span,
        fixes,
      });
    for (const arg of d.args.slice(1)) {
      const word = arg.value.toLowerCase();
      if (word === 'backup') {
        const down = d.args.some((a) => a.value.toLowerCase() === 'down');
        report(arg, 'backup', [
          { title: "Remove 'backup' (the server becomes a regular member and takes traffic)", edits: [removeArgument(source, arg)], preferred: false },
          down
            ? { title: "Remove 'backup' from the server already marked 'down'", edits: [removeArgument(source, arg)], preferred: true }
            : { title: "Mark the server 'down' instead of 'backup' (kept in the list, sent no traffic)", edits: [replace(arg.span, 'down')], preferred: true },
        ]);
      } else if (word.startsWith('slow_start=')) {
        report(arg, arg.value, [{ title: `Remove '${arg.value}'`, edits: [removeArgument(source, arg)], preferred: true }]);
      }
    }
  },
};
