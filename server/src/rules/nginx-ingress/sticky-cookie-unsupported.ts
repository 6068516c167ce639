import { annotationsOf } from '../../manifest/annotations';
import type { ManifestModel } from '../../manifest/model';
import type { KindRule } from '../types';
import { COM_STICKY, nicStickyCookies, ORG_STICKY } from './stickyCookies';
import { platformBefore, platformVersion } from './version';

export const stickyCookieUnsupported: KindRule<ManifestModel> = {
  meta: {
    id: 'nginx-ingress/sticky-cookie-unsupported',
    dialect: 'nginx-ingress',
    severity: 'warning',
    summary: 'sticky cookie the set NGINX Ingress Controller version lacks in open source (before 5.4) or at all (samesite before 3.2)',
    fixable: true,
  },
  checkModel(context) {
    if (!platformBefore(context.settings, '5.4')) return;
    const version = platformVersion(context.settings);
    for (const cookie of nicStickyCookies(context.config)) {
      if (cookie.origin !== 'virtualserver') continue;
      context.report({
        message: `${cookie.label}: NGINX Ingress Controller ${version} supports sticky cookies with NGINX Plus only; open source rejects the whole VirtualServer ("sticky cookies are only supported in NGINX Plus") until 5.4, which renders them with nginx 1.29.6 or later.`,
        span: cookie.span,
      });
      const samesite = cookie.map?.pairs.find((p) => p.key.value === 'samesite');
      if (samesite && platformBefore(context.settings, '3.2')) {
        context.report({
          message: `sessionCookie.samesite needs NGINX Ingress Controller 3.2 or later: the CRD of ${version} has no such field, so the API server drops it and the cookie goes out without SameSite.`,
          span: samesite.key.span,
        });
      }
    }
    for (const o of context.config.objects) {
      if (o.kind !== 'Ingress') continue;
      const a = annotationsOf(o);
      const org = a.pair(ORG_STICKY);
      if (!org) continue;
      const edit = a.pair(COM_STICKY) ? null : { start: org.key.span.start, end: org.key.span.end, newText: COM_STICKY };
      context.report({
        message: `${ORG_STICKY} arrived in NGINX Ingress Controller 5.4: ${version} ignores it, so there is no session persistence. With NGINX Plus, use ${COM_STICKY}; open source before 5.4 has no sticky cookie.`,
        span: org.key.span,
        fixes: edit ? [{ title: `Rename to ${COM_STICKY} (NGINX Plus only)`, edits: [edit], preferred: false }] : [],
      });
    }
  },
};
