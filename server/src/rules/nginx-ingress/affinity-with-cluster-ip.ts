import { annotationsOf } from '../../manifest/annotations';
import { removePair } from '../../manifest/edits';
import type { ManifestModel, MMap, MPair } from '../../manifest/model';
import { pairOf, textOf } from '../../manifest/model';
import type { KindRule, RuleContext } from '../types';
import { lbMethodsOf } from './lbMethods';
import { isVirtualServer, nicStickyCookies, stickyAnnotation, upstreamsOf } from './stickyCookies';

function isTrue(pair: MPair | undefined): boolean {
  return textOf(pair?.value)?.trim().toLowerCase() === 'true';
}

function report(context: RuleContext<ManifestModel>, map: MMap, pair: MPair, what: string, where: string): void {
  context.report({
    message: `${where} sets use-cluster-ip, so the controller gives NGINX one upstream server, the Service's cluster IP: ${what} has no effect, and kube-proxy spreads the requests over the pods as if there were no affinity. Remove use-cluster-ip, or drop the affinity.`,
    span: pair.key.span,
    fixes: [{ title: 'Remove use-cluster-ip (NGINX then balances over the pods itself)', edits: [removePair(map, pair, context.source)], preferred: false }],
  });
}

export const affinityWithClusterIp: KindRule<ManifestModel> = {
  meta: {
    id: 'nginx-ingress/affinity-with-cluster-ip',
    dialect: 'nginx-ingress',
    severity: 'warning',
    summary: 'sticky cookie or hash lb-method with use-cluster-ip: one upstream server, the affinity does nothing',
    fixable: true,
  },
  checkModel(context) {
    const model = context.config;
    const cookies = nicStickyCookies(model);
    const hashes = lbMethodsOf(model).filter((m) => m.hash);
    for (const o of model.objects) {
      if (isVirtualServer(o)) {
        for (const u of upstreamsOf(o)) {
          const pair = pairOf(u, 'use-cluster-ip');
          if (!pair || !isTrue(pair)) continue;
          const cookie = cookies.find((c) => c.map && pairOf(u, 'sessionCookie')?.value === c.map);
          const hash = hashes.find((m) => pairOf(u, 'lb-method')?.value === m.node);
          const what = cookie ? 'its sessionCookie' : hash ? `lb-method "${hash.value}"` : null;
          if (what) report(context, u, pair, what, `upstream "${textOf(pairOf(u, 'name')?.value) ?? ''}"`);
        }
      } else if (o.kind === 'Ingress') {
        const a = annotationsOf(o);
        const pair = a.pair('nginx.org/use-cluster-ip');
        if (!a.map || !pair || !isTrue(pair)) continue;
        const sticky = stickyAnnotation(a);
        const hash = hashes.find((m) => a.pair('nginx.org/lb-method')?.value === m.node);
        const what = sticky ? sticky.key : hash ? `nginx.org/lb-method "${hash.value}"` : null;
        if (what) report(context, a.map, pair, what, 'This Ingress');
      }
    }
  },
};
