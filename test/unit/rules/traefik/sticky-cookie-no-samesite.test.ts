import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyCookieNoSamesite } from '../../../../server/src/rules/traefik/sticky-cookie-no-samesite';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: workbench
  annotations:
    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"
    traefik.ingress.kubernetes.io/service.sticky.cookie.secure: "true"
spec:
  selector: {app: workbench}
  ports:
    - port: 80
      targetPort: 8787
`;

kindRuleTester(MANIFEST_KIND, traefikStickyCookieNoSamesite, {
  valid: [
    { name: 'annotation samesite "lax"', code: SERVICE.replace('cookie.secure: "true"', 'cookie.secure: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.samesite: "Lax"') },
    { name: 'CRD sameSite: strict', code: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    services: [{name: a, port: 80}]\n    sticky:\n      cookie:\n        sameSite: strict\n' },
  ],
  invalid: [
    {
      name: 'Service annotations without samesite',
      code: SERVICE,
      errors: [{ line: 6, message: /has no traefik\.ingress\.kubernetes\.io\/service\.sticky\.cookie\.samesite: Traefik then sends no SameSite attribute/ }],
      output: SERVICE.replace('cookie.secure: "true"', 'cookie.secure: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.samesite: "lax"'),
    },
    {
      name: 'a value Traefik does not know is sent as no attribute: replaced',
      file: 'dynamic.yaml',
      code: 'http:\n  services:\n    app:\n      loadBalancer:\n        sticky:\n          cookie:\n            sameSite: "Default"\n',
      errors: [{ line: 7, column: 23, message: /'Default', which Traefik does not know/ }],
      output: 'http:\n  services:\n    app:\n      loadBalancer:\n        sticky:\n          cookie:\n            sameSite: "lax"\n',
    },
    {
      name: 'Traefik 2.0 (its image in the file) has no sameSite: no fix, the version said',
      file: 'docker-compose.yml',
      code: 'services:\n  traefik:\n    image: traefik:v2.0.7\n  app:\n    image: app\n    labels:\n      - traefik.http.services.app.loadbalancer.sticky.cookie=true\n',
      errors: [{ line: 7, message: /Traefik 2\.0\.7 \(the traefik:2\.0\.7 image in this file\) cannot set one: sameSite came in Traefik 2\.2/ }],
      output: null,
    },
    {
      name: 'file provider TOML inline table: a quoted string added',
      file: 'traefik-dynamic.toml',
      code: '[http.services.app.loadBalancer]\n  sticky = { cookie = { name = \'app\', secure = true } }\n',
      errors: [{ line: 2, message: /Set sameSite = "lax"/ }],
      output: '[http.services.app.loadBalancer]\n  sticky = { cookie = { name = \'app\', secure = true, sameSite = \'lax\' } }\n',
    },
  ],
}, { defaultFile: 'manifest.yaml' });
