import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyCookieNoSecure } from '../../../../server/src/rules/traefik/sticky-cookie-no-secure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const INGRESS_ROUTE = `apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata:
  name: shop
spec:
  entryPoints: [websecure]
  routes:
    - match: Host(\`shop.example.com\`)
      kind: Rule
      services:
        - name: shop
          port: 8080
          sticky:
            cookie:
              name: shop_srv # which pod
              httpOnly: true
`;

kindRuleTester(MANIFEST_KIND, traefikStickyCookieNoSecure, {
  valid: [
    { name: 'an IngressRoute cookie with secure: true', code: INGRESS_ROUTE.replace('httpOnly: true', 'httpOnly: true\n              secure: true') },
    { name: 'compose labels with secure=true (any case)', file: 'compose.yaml', code: 'services:\n  api:\n    image: shop/api\n    labels:\n      - traefik.http.services.api.loadbalancer.sticky.cookie=true\n      - traefik.http.services.api.loadBalancer.sticky.cookie.Secure=true\n' },
    { name: 'sticky.cookie=false switches the cookie off', file: 'compose.yaml', code: 'services:\n  api:\n    image: shop/api\n    labels:\n      traefik.http.services.api.loadbalancer.sticky.cookie: "false"\n' },
    { name: 'sameSite none without secure is the samesite-none rule\'s error', code: INGRESS_ROUTE.replace('httpOnly: true', 'sameSite: none') },
    { name: 'a Service annotation with secure "true"', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.secure: "true"\nspec:\n  ports: [{port: 80}]\n' },
    { name: 'a Helm template: secure written by the chart is not judged', file: 'templates/ingressroute.yaml', code: INGRESS_ROUTE.replace('httpOnly: true', 'httpOnly: true\n              secure: {{ .Values.sticky.secure }}') },
    { name: 'a Helm template: the whole cookie written by the chart', file: 'templates/ingressroute.yaml', code: INGRESS_ROUTE.replace(/cookie:\n.*\n.*httpOnly: true/, 'cookie: {{- toYaml .Values.sticky.cookie | nindent 14 }}') },
    { name: 'a templated label value', file: 'compose.yml', code: 'services:\n  a:\n    image: a\n    labels:\n      - "traefik.http.services.a.loadbalancer.sticky.cookie.secure={{ .Secure }}"\n' },
    { name: 'a plain YAML file that only looks similar', file: 'values.yaml', code: 'service:\n  sticky:\n    cookie:\n      name: x\n' },
  ],
  invalid: [
    {
      name: 'IngressRoute: the cookie key, secure added beside its options, comments kept',
      code: INGRESS_ROUTE,
      errors: [{ line: 14, column: 13, message: /^The sticky cookie of IngressRoute shop has no secure: .*Set secure: true/ }],
      output: INGRESS_ROUTE.replace('httpOnly: true', 'httpOnly: true\n              secure: true'),
    },
    {
      name: 'TraefikService weighted sticky (flow map), secure: false',
      code: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: canary\nspec:\n  weighted:\n    services:\n      - {name: app-v1, port: 80, weight: 3}\n      - {name: app-v2, port: 80, weight: 1}\n    sticky:\n      cookie: {name: lvl1, secure: false, httpOnly: true}\n',
      errors: [{ line: 11, message: /sets secure to false/ }],
      output: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: canary\nspec:\n  weighted:\n    services:\n      - {name: app-v1, port: 80, weight: 3}\n      - {name: app-v2, port: 80, weight: 1}\n    sticky:\n      cookie: {name: lvl1, secure: true, httpOnly: true}\n',
    },
    {
      name: 'file provider: an empty cookie (Traefik\'s defaults) in the second document',
      file: 'dynamic.yml',
      code: '# routers elsewhere\nhttp:\n  services:\n    app:\n      loadBalancer:\n        servers:\n          - url: "http://10.0.0.1:8080"\n        sticky:\n          cookie: {}\n',
      errors: [{ line: 9, message: /service app has no secure/ }],
      output: '# routers elsewhere\nhttp:\n  services:\n    app:\n      loadBalancer:\n        servers:\n          - url: "http://10.0.0.1:8080"\n        sticky:\n          cookie: { secure: true }\n',
    },
    {
      name: 'Service annotations: the new annotation quoted like its neighbour',
      code: "apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: 'true'\n    traefik.ingress.kubernetes.io/service.sticky.cookie.name: shop_srv\n    prometheus.io/scrape: 'true'\nspec:\n  ports: [{port: 80}]\n",
      errors: [{ line: 6, message: /has no traefik\.ingress\.kubernetes\.io\/service\.sticky\.cookie\.secure:/ }],
      output: "apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: 'true'\n    traefik.ingress.kubernetes.io/service.sticky.cookie.name: shop_srv\n    traefik.ingress.kubernetes.io/service.sticky.cookie.secure: 'true'\n    prometheus.io/scrape: 'true'\nspec:\n  ports: [{port: 80}]\n",
    },
    {
      name: 'compose list labels: a new quoted item after the cookie labels, camel case kept',
      file: 'docker-compose.yml',
      code: 'services:\n  chat:\n    image: chat\n    labels:\n      - "traefik.http.services.chat.loadBalancer.sticky.cookie.name=server_id"  # node\n      - "traefik.http.services.chat.loadBalancer.sticky.cookie.httpOnly=true"\n      - "traefik.enable=true"\n',
      errors: [{ line: 5, column: 10, message: /service chat \(compose service chat\) has no traefik\.http\.services\.chat\.loadBalancer\.sticky\.cookie\.secure/ }],
      output: 'services:\n  chat:\n    image: chat\n    labels:\n      - "traefik.http.services.chat.loadBalancer.sticky.cookie.name=server_id"  # node\n      - "traefik.http.services.chat.loadBalancer.sticky.cookie.httpOnly=true"\n      - "traefik.http.services.chat.loadBalancer.sticky.cookie.secure=true"\n      - "traefik.enable=true"\n',
    },
    {
      name: 'Swarm deploy.labels in map form, lower case kept',
      file: 'stack.yml',
      code: 'services:\n  web:\n    image: web\n    deploy:\n      replicas: 3\n      labels:\n        traefik.http.services.web.loadbalancer.sticky.cookie: true\n        traefik.http.services.web.loadbalancer.sticky.cookie.httponly: true\n',
      errors: [{ line: 7 }],
      output: 'services:\n  web:\n    image: web\n    deploy:\n      replicas: 3\n      labels:\n        traefik.http.services.web.loadbalancer.sticky.cookie: true\n        traefik.http.services.web.loadbalancer.sticky.cookie.httponly: true\n        traefik.http.services.web.loadbalancer.sticky.cookie.secure: true\n',
    },
    {
      name: 'file provider TOML: a key line in the cookie table, at its indentation',
      file: 'dynamic.toml',
      code: '[http.services]\n  [http.services.wrr.weighted.sticky.cookie]\n    name = "lvl1"\n\n  [[http.services.wrr.weighted.services]]\n    name = "app"\n',
      errors: [{ line: 2, message: /service wrr has no secure: .*Set secure = true/ }],
      output: '[http.services]\n  [http.services.wrr.weighted.sticky.cookie]\n    name = "lvl1"\n    secure = true\n\n  [[http.services.wrr.weighted.services]]\n    name = "app"\n',
    },
    {
      name: 'an IngressRoute on the web entry point only, without tls: information, the fix not preferred',
      code: INGRESS_ROUTE.replace('[websecure]', '[web]'),
      errors: [{ line: 14, severity: 'info', message: /but IngressRoute shop listens on the entry point web only, without tls: .*Secure would stop browsers from sending it back/ }],
      output: null,
      suggestions: [{ title: /^Set secure: true$/, output: INGRESS_ROUTE.replace('[websecure]', '[web]').replace('httpOnly: true', 'httpOnly: true\n              secure: true') }],
    },
    {
      name: 'compose routers on web only: information; a router with tls=true makes it a warning again',
      file: 'compose.yml',
      code: 'services:\n  a:\n    image: a\n    labels:\n      - traefik.http.routers.a.entrypoints=web\n      - traefik.http.services.a.loadbalancer.sticky.cookie=true\n',
      errors: [{ line: 6, severity: 'info', message: /its routers listen on the entry point web only, without tls/ }],
      output: null,
    },
    {
      name: 'routers without entrypoints and a Traefik command defining one plain entry point: information',
      file: 'docker-compose.yml',
      code: 'services:\n  traefik:\n    image: traefik:v3.3\n    command:\n      - "--providers.docker=true"\n      - "--entrypoints.web.address=:8093"\n  app:\n    image: app\n    labels:\n      - "traefik.http.routers.app.rule=PathPrefix(`/`)"\n      - "traefik.http.services.app.loadBalancer.sticky.cookie"\n',
      errors: [{ line: 11, severity: 'info', message: /its routers listen on the entry point web only/ }],
      output: null,
    },
    {
      name: 'routers without entrypoints when the command also defines :443: a warning',
      file: 'docker-compose.yml',
      code: 'services:\n  traefik:\n    image: traefik:v3.3\n    command: --entrypoints.web.address=:80 --entrypoints.websecure.address=:443\n  app:\n    image: app\n    labels:\n      - "traefik.http.routers.app.rule=PathPrefix(`/`)"\n      - "traefik.http.services.app.loadBalancer.sticky.cookie=true"\n',
      errors: [{ line: 9, severity: 'warning' }],
      output: 'services:\n  traefik:\n    image: traefik:v3.3\n    command: --entrypoints.web.address=:80 --entrypoints.websecure.address=:443\n  app:\n    image: app\n    labels:\n      - "traefik.http.routers.app.rule=PathPrefix(`/`)"\n      - "traefik.http.services.app.loadBalancer.sticky.cookie=true"\n      - "traefik.http.services.app.loadBalancer.sticky.cookie.secure=true"\n',
    },
  ],
}, { defaultFile: 'manifest.yaml' });
