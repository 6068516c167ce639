import { ingressNginxRule, PREFIX } from './common';

export const retiredController = ingressNginxRule(
  {
    id: 'ingress-nginx/retired-controller',
    severity: 'info',
    enabledByDefault: false,
    summary: 'ingress-nginx annotations: the controller is retired (no releases after March 2026); plan the move to Gateway API',
    fixable: false,
  },
  (ingress, context) => {
    const first = ingress.annotations.map?.pairs.find((p) => typeof p.key.value === 'string' && p.key.value.startsWith(PREFIX));
    if (!first) return;
    context.report({
      message: `This Ingress is configured for ingress-nginx (${PREFIX}*), which is retired: no releases, bug fixes or security fixes after March 2026 (last release controller-v1.15.1). Plan the move to a Gateway API implementation; cookie affinity maps to an HTTPRoute rule's sessionPersistence (experimental channel).`,
      span: first.key.span,
    });
  },
);
