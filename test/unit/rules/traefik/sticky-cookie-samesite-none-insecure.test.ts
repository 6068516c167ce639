import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyCookieSamesiteNoneInsecure } from '../../../../server/src/rules/traefik/sticky-cookie-samesite-none-insecure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

kindRuleTester(MANIFEST_KIND, traefikStickyCookieSamesiteNoneInsecure, {
  valid: [
    { name: 'none with secure', code: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    services: [{name: a, port: 80}]\n    sticky:\n      cookie: {sameSite: none, secure: true}\n' },
    { name: 'lax without secure is another rule\'s warning', code: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    services: [{name: a, port: 80}]\n    sticky:\n      cookie: {sameSite: lax}\n' },
  ],
  invalid: [
    {
      name: 'annotations: samesite "none" without secure, at the value',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: rstudio\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.samesite: "none"\nspec:\n  ports: [{port: 80}]\n',
      errors: [{ line: 7, column: 67, message: /^The sticky cookie of Service rstudio sets traefik\.ingress\.kubernetes\.io\/service\.sticky\.cookie\.samesite to none without .*browsers reject/ }],
      output: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: rstudio\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.samesite: "none"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.secure: "true"\nspec:\n  ports: [{port: 80}]\n',
    },
    {
      name: 'compose map labels with secure: "false"',
      file: 'compose.yaml',
      code: 'services:\n  widget:\n    image: widget\n    labels:\n      traefik.http.services.widget.loadbalancer.sticky.cookie.samesite: None\n      traefik.http.services.widget.loadbalancer.sticky.cookie.secure: "false"\n',
      errors: [{ line: 5 }],
      output: 'services:\n  widget:\n    image: widget\n    labels:\n      traefik.http.services.widget.loadbalancer.sticky.cookie.samesite: None\n      traefik.http.services.widget.loadbalancer.sticky.cookie.secure: "true"\n',
    },
  ],
}, { defaultFile: 'manifest.yaml' });
