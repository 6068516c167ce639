import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyCookieUnsupportedOption } from '../../../../server/src/rules/traefik/sticky-cookie-unsupported-option';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const DYNAMIC = `http:
  services:
    app:
      loadBalancer:
        servers:
          - url: http://app-1:8080
        sticky:
          cookie:
            name: app_srv
            path: /app
            domain: example.com
`;

kindRuleTester(MANIFEST_KIND, traefikStickyCookieUnsupportedOption, {
  valid: [
    { name: 'path and domain with no version set (Traefik 3.7 assumed)', file: 'dynamic.yml', code: DYNAMIC },
    { name: 'path and domain on Traefik 3.4', file: 'dynamic.yml', code: DYNAMIC, settings: { platforms: { traefik: '3.4' } } },
    { name: 'labels in any case are read case-insensitively', file: 'compose.yml', code: 'services:\n  a:\n    image: a\n    labels:\n      - traefik.http.services.a.loadBalancer.sticky.cookie.HTTPONLY=true\n' },
    { name: 'maxAge on a traefik:v3.0 image', file: 'compose.yml', code: 'services:\n  proxy:\n    image: traefik:v3.0.4\n  a:\n    image: a\n    labels:\n      - traefik.http.services.a.loadbalancer.sticky.cookie.maxage=60\n' },
  ],
  invalid: [
    {
      name: 'Traefik 3.3 has path but not domain: the file provider refuses the file; removal offered, not preferred',
      file: 'dynamic.yml',
      code: DYNAMIC,
      settings: { platforms: { traefik: '3.3' } },
      errors: [{ line: 11, column: 13, message: /sets domain, which came in Traefik 3\.4; Traefik 3\.3 \(platforms\.traefik\) does not have it, so the file provider fails to decode the file/ }],
      output: null,
      suggestions: [{ title: /^Remove domain \(not in Traefik 3\.3\)$/, output: DYNAMIC.replace('            domain: example.com\n', '') }],
    },
    {
      name: 'a traefik:v2.11 image in the compose file: maxage makes Traefik skip the container',
      file: 'docker-compose.yml',
      code: 'services:\n  traefik:\n    image: traefik:v2.11\n  api:\n    image: api\n    labels:\n      - "traefik.http.services.api.loadbalancer.sticky.cookie.name=api"\n      - "traefik.http.services.api.loadbalancer.sticky.cookie.maxage=3600"\n',
      errors: [{ line: 8, message: /came in Traefik 3\.0; Traefik 2\.11 \(the traefik:2\.11 image in this file\) does not have it, so Traefik's docker provider fails to decode the labels and skips the whole container/ }],
      output: null,
      suggestions: [{ title: /^Remove/, output: 'services:\n  traefik:\n    image: traefik:v2.11\n  api:\n    image: api\n    labels:\n      - "traefik.http.services.api.loadbalancer.sticky.cookie.name=api"\n' }],
    },
    {
      name: 'a traefik.containo.us IngressRoute is Traefik 2: path is not there',
      code: 'apiVersion: traefik.containo.us/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: app\nspec:\n  routes:\n    - match: Host(`a.example`)\n      kind: Rule\n      services:\n        - name: app\n          port: 80\n          sticky:\n            cookie:\n              path: /\n',
      errors: [{ line: 14, message: /Traefik 2 \(the traefik\.containo\.us API group, removed in v3\)/ }],
      output: null,
    },
    {
      name: 'a CRD field in the wrong case: renamed (preferred)',
      code: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    services: [{name: a, port: 80}]\n    sticky:\n      cookie:\n        httponly: true\n        samesite: lax\n',
      errors: [
        { line: 10, message: /has 'httponly', which the CRD does not have: its fields are case-sensitive \(httpOnly\)/ },
        { line: 11, message: /'samesite'/ },
      ],
      output: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    services: [{name: a, port: 80}]\n    sticky:\n      cookie:\n        httpOnly: true\n        sameSite: lax\n',
    },
    {
      name: 'an annotation that is no option (expires is internal to the ingress-nginx provider)',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.expires: "3600"\nspec:\n  ports: [{port: 80}]\n',
      errors: [{ line: 7, message: /has 'traefik\.ingress\.kubernetes\.io\/service\.sticky\.cookie\.expires', which is not a sticky cookie option .*leaves out the routes to this Service/ }],
      output: null,
      suggestions: [{ title: /^Remove/, output: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\nspec:\n  ports: [{port: 80}]\n' }],
    },
    {
      name: 'TOML on Traefik 3.2: path removed with its line (suggestion)',
      file: 'dynamic.toml',
      settings: { platforms: { traefik: '3.2' } },
      code: '[http.services.app.loadBalancer.sticky.cookie]\n  name = "app"\n  path = "/app"\n  secure = true\n',
      errors: [{ line: 3, message: /sets path, which came in Traefik 3\.3/ }],
      output: null,
      suggestions: [{ title: /^Remove path/, output: '[http.services.app.loadBalancer.sticky.cookie]\n  name = "app"\n  secure = true\n' }],
    },
  ],
}, { defaultFile: 'manifest.yaml' });
