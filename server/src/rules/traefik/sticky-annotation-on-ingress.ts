import type { ManifestModel } from '../../manifest/model';
import { traefikAffinity } from '../../manifest/traefik/sticky';
import type { KindRule } from '../types';

/** `traefik.ingress.kubernetes.io/service.sticky*` on an Ingress: Traefik reads these on the Service only. */
export const traefikStickyAnnotationOnIngress: KindRule<ManifestModel> = {
  meta: {
    id: 'traefik/sticky-annotation-on-ingress',
    dialect: 'traefik',
    severity: 'warning',
    summary: 'Traefik service.sticky annotation on an Ingress: Traefik reads it on the Service only, so it is ignored',
    fixable: true,
  },
  checkModel(context) {
    for (const m of traefikAffinity(context.config).misplaced) {
      const to = m.move ? `${m.move.service}'s metadata.annotations (in this file)` : "that Service's metadata.annotations";
      context.report({
        message: `${m.key} is on ${m.ingress}, but Traefik's Kubernetes Ingress provider reads the service.* annotations from the Service the Ingress routes to, never from the Ingress: it is ignored and there is no affinity. Move it to ${to}.`,
        span: m.keySpan,
        // Not preferred: it changes another object, which other Ingresses may route to as well.
        fixes: m.move ? [{ title: `Move the service.sticky annotations to ${m.move.service}`, edits: m.move.edits, preferred: false }] : [],
      });
    }
  },
};
