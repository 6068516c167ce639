import { annotationsOf } from '../../manifest/annotations';
import { textOf, type ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { stickyAnnotation, stickyServiceEntries } from './stickyCookies';

export const stickyCookieServicesInvalid: KindRule<ManifestModel> = {
  meta: {
    id: 'nginx-ingress/sticky-cookie-services-invalid',
    dialect: 'nginx-ingress',
    severity: 'error',
    summary: 'sticky-cookie-services value the controller cannot parse: the whole annotation is ignored',
    fixable: false,
  },
  checkModel(context) {
    for (const o of context.config.objects) {
      if (o.kind !== 'Ingress') continue;
      const found = stickyAnnotation(annotationsOf(o));
      const value = found?.pair.value;
      if (!found || value?.kind !== 'scalar') continue;
      const bad = stickyServiceEntries(textOf(value) ?? '').find((e) => e.error);
      if (!bad) continue;
      context.report({
        message: `${found.key}: ${bad.error}. The controller logs an error and ignores the whole annotation, so no service of this Ingress gets session persistence. Write "serviceName=<service> <cookie> [parameters]" entries separated by ";" alone (no space after it, none at the end).`,
        span: value.span,
      });
    }
  },
};
