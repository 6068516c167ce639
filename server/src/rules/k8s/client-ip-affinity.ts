import type { ManifestModel } from '../../manifest/model';
import { pairOf, scalarAt, textOf } from '../../manifest/model';
import { removePair, replaceScalar, setScalar } from '../../manifest/edits';
import { SHARED_STORE_GUIDE } from '../docs';
import { IP_AFFINITY_SEVERITY, ipAffinityMessage } from '../ipAffinity';
import type { Fix, KindRule, Related } from '../types';
import { exposureOf, raised, servicesOf, specOf } from './objects';

/** The default of `sessionAffinityConfig.clientIP.timeoutSeconds` (SetDefaults_Service). */
export const DEFAULT_CLIENT_IP_TIMEOUT = 10800;

/** `sessionAffinity: ClientIP` on a Service: kube-proxy pins each client address to one pod. */
export const clientIpAffinity: KindRule<ManifestModel> = {
  meta: {
    id: 'k8s/client-ip-affinity',
    dialect: 'k8s',
    severity: 'warning',
    summary: 'Service sessionAffinity: ClientIP pins clients by IP address (worse behind externalTrafficPolicy: Cluster): mobile and NATed users lose or share pods',
    fixable: true,
    guides: [SHARED_STORE_GUIDE],
  },
  checkModel(context) {
    const { source, settings } = context;
    for (const service of servicesOf(context.config)) {
      const spec = specOf(service);
      const affinity = scalarAt(spec, 'sessionAffinity');
      if (!spec || !affinity || textOf(affinity) !== 'ClientIP') continue;
      // Headless and ExternalName Services are not proxied: kube-proxy never applies the affinity.
      if (textOf(scalarAt(spec, 'clusterIP')) === 'None' || textOf(scalarAt(spec, 'type')) === 'ExternalName') continue;
      const exposure = exposureOf(spec);
      const traffic = settings.traffic;
      let severity = IP_AFFINITY_SEVERITY[traffic];
      let extra = '';
      const related: Related[] = [];
      if (exposure.externalPolicy === 'Cluster') {
        severity = raised(severity);
        const policy = exposure.policyNode ? 'externalTrafficPolicy: Cluster' : `externalTrafficPolicy: Cluster (the default for type ${exposure.type})`;
        extra = ` Worse here: with ${policy} each node keeps its own affinity and source-NATs the request to its own address, so a client that arrives through another node gets another pod.`;
        const at = exposure.policyNode ?? exposure.typeNode;
        if (at) related.push({ message: exposure.policyNode ? 'externalTrafficPolicy: Cluster source-NATs external clients' : `type: ${exposure.type} defaults to externalTrafficPolicy: Cluster`, span: at.span });
      }
      const timeout = scalarAt(spec, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds');
      const lifetime = timeout ? '' : ` A client stays pinned for 3 h after its last connection (timeoutSeconds defaults to ${DEFAULT_CLIENT_IP_TIMEOUT}).`;
      const fixes: Fix[] = [];
      const configPair = pairOf(spec, 'sessionAffinityConfig');
      fixes.push({
        title: 'Remove affinity: sessionAffinity: None (sessions live in a shared store)',
        edits: [replaceScalar(affinity, 'None'), ...(configPair ? [removePair(spec, configPair, source)] : [])],
        preferred: false,
      });
      if (exposure.externalPolicy === 'Cluster') {
        fixes.push({
          title: 'Set externalTrafficPolicy: Local (nodes keep the client address and send only to their own pods)',
          edits: [setScalar(spec, 'externalTrafficPolicy', 'Local', source)],
          preferred: false,
        });
      }
      context.report({
        message: ipAffinityMessage(traffic, `Service '${service.name ?? '(unnamed)'}' 'sessionAffinity: ClientIP'`) + extra + lifetime,
        span: affinity.span,
        severity,
        fixes,
        related,
      });
    }
  },
};
