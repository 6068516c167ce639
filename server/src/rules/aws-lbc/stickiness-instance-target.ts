import type { ManifestModel } from '../../manifest/model';
import { scalarAt, textOf } from '../../manifest/model';
import type { KindRule, Related } from '../types';
import { ALB_TARGET_TYPE, NLB_TARGET_TYPE, setAnnotation, stickinessOn, targetTypeOf, tgAttributesOf } from './attributes';

/**
 * Stickiness on target groups of type instance: the load balancer pins the client to a node, and
 * kube-proxy on that node spreads its requests over the pods again.
 */
export const stickinessInstanceTarget: KindRule<ManifestModel> = {
  meta: {
    id: 'aws-lbc/stickiness-instance-target',
    dialect: 'aws-lbc',
    severity: 'warning',
    summary: 'Target group stickiness with target type instance (the default): the load balancer sticks to a node, and kube-proxy spreads the requests over the pods again',
    fixable: true,
  },
  checkModel(context) {
    const { source } = context;
    for (const attrs of tgAttributesOf(context.config, source)) {
      const on = stickinessOn(attrs);
      if (!on) continue;
      const { type, written } = targetTypeOf(attrs, context.config);
      if (type !== 'instance') continue;
      const spec = scalarAt(attrs.object.root, 'spec', 'externalTrafficPolicy');
      // An NLB Service that keeps the client address on the node (Local) and pins it there (ClientIP) stays sticky to a pod.
      if (attrs.lb === 'nlb' && textOf(spec) === 'Local' && textOf(scalarAt(attrs.object.root, 'spec', 'sessionAffinity')) === 'ClientIP') continue;
      const annotation = attrs.lb === 'alb' ? ALB_TARGET_TYPE : NLB_TARGET_TYPE;
      const typeText = written ? `${annotation}: instance` : `target type instance (the default${attrs.lb === 'alb' ? ' unless the controller runs with --default-target-type=ip or an IngressClassParams sets targetType' : ''})`;
      const related: Related[] = written ? [{ message: `${annotation} sets the target type`, span: written.span }] : [];
      context.report({
        message: `${attrs.pair.key.raw}: stickiness.enabled=true with ${typeText}: the load balancer sticks each client to a node, and kube-proxy on that node sends its requests to any pod of the Service, so the client does not stay on one pod. Use target type ip, so the target groups hold the pods themselves.`,
        span: on.span,
        fixes: [{ title: `Set ${annotation}: ip (the pods must be reachable from the VPC, as with the Amazon VPC CNI)`, edits: [setAnnotation(attrs, annotation, 'ip', source)], preferred: false }],
        related,
      });
    }
  },
};
