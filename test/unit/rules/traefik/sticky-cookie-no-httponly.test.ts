import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyCookieNoHttponly } from '../../../../server/src/rules/traefik/sticky-cookie-no-httponly';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const DYNAMIC = `http:
  services:
    shop:
      loadBalancer:
        servers:
          - url: http://shop-1:8080
          - url: http://shop-2:8080
        sticky:
          cookie:
            name: "shop_srv"
            secure: true
`;

kindRuleTester(MANIFEST_KIND, traefikStickyCookieNoHttponly, {
  valid: [
    { name: 'file provider with httpOnly: true', file: 'dynamic.yml', code: DYNAMIC.replace('secure: true', 'secure: true\n            httpOnly: true') },
    { name: 'file provider keys match case-insensitively (httponly)', file: 'dynamic.yml', code: DYNAMIC.replace('secure: true', 'secure: true\n            httponly: true') },
    { name: 'compose label httponly=true', file: 'compose.yml', code: 'services:\n  web:\n    image: web\n    labels:\n      - traefik.http.services.web.loadbalancer.sticky.cookie.httponly=true\n' },
    { name: 'a service without sticky', file: 'dynamic.yml', code: 'http:\n  services:\n    shop:\n      loadBalancer:\n        servers:\n          - url: http://shop-1:8080\n' },
  ],
  invalid: [
    {
      name: 'file provider: httpOnly added in the map, the quoting of strings irrelevant to a boolean',
      file: 'dynamic.yml',
      code: DYNAMIC,
      errors: [{ line: 9, message: /^The sticky cookie of service shop has no httpOnly: Traefik then sends it without HttpOnly \(the default is false\)/ }],
      output: DYNAMIC.replace('secure: true', 'secure: true\n            httpOnly: true'),
    },
    {
      name: 'compose list labels with httponly=false: the value replaced in place',
      file: 'docker-compose.yml',
      code: 'services:\n  web:\n    image: web\n    labels:\n      - traefik.http.services.web.loadbalancer.sticky.cookie=true\n      - traefik.http.services.web.loadbalancer.sticky.cookie.httponly=false\n',
      errors: [{ line: 6, column: 71, message: /sets traefik\.http\.services\.web\.loadbalancer\.sticky\.cookie\.httponly to false/ }],
      output: 'services:\n  web:\n    image: web\n    labels:\n      - traefik.http.services.web.loadbalancer.sticky.cookie=true\n      - traefik.http.services.web.loadbalancer.sticky.cookie.httponly=true\n',
    },
    {
      name: 'IngressRoute with a CRLF file: the new line keeps CRLF',
      code: 'apiVersion: traefik.io/v1alpha1\r\nkind: IngressRoute\r\nmetadata:\r\n  name: app\r\nspec:\r\n  routes:\r\n    - match: PathPrefix(`/`)\r\n      services:\r\n        - name: app\r\n          port: 80\r\n          sticky:\r\n            cookie:\r\n              secure: true\r\n',
      errors: [{ line: 12 }],
      output: 'apiVersion: traefik.io/v1alpha1\r\nkind: IngressRoute\r\nmetadata:\r\n  name: app\r\nspec:\r\n  routes:\r\n    - match: PathPrefix(`/`)\r\n      services:\r\n        - name: app\r\n          port: 80\r\n          sticky:\r\n            cookie:\r\n              secure: true\r\n              httpOnly: true\r\n',
    },
  ],
}, { defaultFile: 'manifest.yaml' });
