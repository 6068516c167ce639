import type { ManifestModel } from '../../manifest/model';
import { traefikAffinity } from '../../manifest/traefik/sticky';
import type { KindRule } from '../types';

/** `sticky` with no `cookie` under it (`loadbalancer.sticky=true`, `service.sticky: "true"`, `sticky: {}`): Traefik ignores it. */
export const traefikStickyWithoutCookie: KindRule<ManifestModel> = {
  meta: {
    id: 'traefik/sticky-without-cookie',
    dialect: 'traefik',
    severity: 'warning',
    summary: 'Traefik sticky without cookie: silently ignored, requests are not sticky at all',
    fixable: true,
  },
  checkModel(context) {
    for (const bare of traefikAffinity(context.config).bare) {
      const how = bare.form === 'label' || bare.form === 'annotation' ? `${bare.written}.cookie` : 'sticky.cookie';
      context.report({
        message: `${bare.written} on ${bare.owner} has no cookie under it: Traefik only makes sessions sticky with ${how} (its one kind of stickiness) and silently ignores this, so requests are balanced without affinity. Write ${how}.`,
        span: bare.span,
        fixes: bare.fix ? [{ title: `Use ${how} (a cookie with Traefik's defaults)`, edits: [bare.fix], preferred: true }] : [],
      });
    }
  },
};
