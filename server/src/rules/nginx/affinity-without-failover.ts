import type { NginxConfig, NginxDirective } from '../../model/nginx';
import { parseSticky } from '../../model/nginxSticky';
import { effectiveSetting, PASS_DIRECTIVES, passesTo, settingBlock, upstreamJudgedAt } from '../../model/nginxQueries';
import type { SourceText } from '../../text/sourceText';
import { replace } from '../edits';
import type { NginxRule, TextEdit } from '../types';
import { insertFirstInBlock, removeArgument } from './nginxEdits';

interface Stranding {
  readonly pass: NginxDirective;
  readonly off: NginxDirective;
}

/** The passes to the upstream whose `*_next_upstream` in effect is `off`, with the directive that says so. */
function strandingPasses(config: NginxConfig, upstream: NginxDirective): Stranding[] {
  const out: Stranding[] = [];
  for (const pass of passesTo(config, upstream)) {
    const off = effectiveSetting(config, pass, `${PASS_DIRECTIVES.get(pass.name)}_next_upstream`);
    if (off?.args[0]?.value === 'off') out.push({ pass, off });
  }
  return out;
}

/**
 * Restores failover where each pass is: the `off` written in its own location is rewritten; one
 * inherited from the server or http level is overridden in the location, so that the other
 * locations under that level keep what they have.
 */
function restoreEdits(source: SourceText, stranding: readonly Stranding[]): TextEdit[] {
  const edits = new Map<number, TextEdit>();
  for (const { pass, off } of stranding) {
    const value = pass.protocol === 'stream' ? 'on' : 'error timeout';
    const block = settingBlock(pass);
    const edit = !block || off.parent === block ? replace(off.span, `${off.name} ${value};`) : insertFirstInBlock(source, block, `${off.name} ${value};`);
    edits.set(edit.start, edit);
  }
  return [...edits.values()];
}

function lines(source: SourceText, ds: readonly NginxDirective[]): string {
  return source.linesLabel(ds.map((d) => d.span.start));
}

export const affinityWithoutFailover: NginxRule = {
  meta: {
    id: 'nginx/affinity-without-failover',
    dialect: 'nginx',
    severity: 'warning',
    summary: 'Affinity without failover (next_upstream off, max_fails=0 everywhere, no_fallback): a dead server strands its users',
    fixable: true,
  },
  visits: ['ip_hash', 'hash', 'sticky'],
  check(d, context) {
    const upstream = upstreamJudgedAt(d);
    if (!upstream) return;
    const { config, source } = context;
    const name = upstream.args[0]?.value ?? '';

    const stranding = strandingPasses(config, upstream);
    if (stranding.length) {
      const offs = [...new Set(stranding.map((s) => s.off))];
      context.report({
        message: `Upstream '${name}' pins clients, but its traffic (${lines(source, stranding.map((s) => s.pass))}) has '${offs[0].name} off' in effect (${lines(source, offs)}): when a client's server fails, the client gets the error instead of another server.`,
        span: d.span,
        related: [
          ...stranding.map((s) => ({ message: `traffic to '${name}'`, span: s.pass.span })),
          ...offs.map((off) => ({ message: `'${off.name} off' in effect`, span: off.span })),
        ],
        fixes: [{ title: `Restore failover: ${stranding[0].pass.protocol === 'stream' ? `${offs[0].name} on` : `${offs[0].name} error timeout`} for the locations that proxy to '${name}'`, edits: restoreEdits(source, stranding), preferred: false }],
      });
    }

    const servers = (upstream.children ?? []).filter((c) => c.name === 'server');
    const zeroes = servers.map((s) => s.args.find((a) => a.value === 'max_fails=0'));
    if (servers.length > 1 && zeroes.every((a) => a)) {
      context.report({
        message: `Upstream '${name}' pins clients, but every server has 'max_fails=0': nginx never marks a failed server unavailable, so each request of its clients goes to the dead server first and waits for the error or timeout.`,
        span: d.span,
        fixes: [{ title: "Remove 'max_fails=0' from the servers (nginx's default is max_fails=1 fail_timeout=10s)", edits: zeroes.map((a) => removeArgument(source, a!)), preferred: false }],
      });
    }

    for (const sticky of (upstream.children ?? []).filter((c) => c.name === 'sticky')) {
      const parsed = parseSticky(sticky);
      const flag = parsed?.method === 'module-ng' ? parsed.flags.get('no_fallback') : undefined;
      if (!flag) continue;
      context.report({
        message: `Upstream '${name}' uses nginx-sticky-module-ng with 'no_fallback': when the server in a client's cookie is down, nginx answers 502 instead of choosing another server.`,
        span: sticky.span,
        fixes: [{ title: "Remove 'no_fallback'", edits: [removeArgument(source, flag)], preferred: false }],
      });
    }
  },
};
