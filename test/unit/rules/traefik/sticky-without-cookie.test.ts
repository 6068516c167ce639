import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyWithoutCookie } from '../../../../server/src/rules/traefik/sticky-without-cookie';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

kindRuleTester(MANIFEST_KIND, traefikStickyWithoutCookie, {
  valid: [
    { name: 'sticky=true beside cookie options: the cookie is there', file: 'compose.yml', code: 'services:\n  a:\n    image: a\n    labels:\n      - traefik.http.services.a.loadbalancer.sticky=true\n      - traefik.http.services.a.loadbalancer.sticky.cookie.name=StickyCookie\n' },
    { name: 'sticky written by a Helm template', file: 'templates/route.yaml', code: 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: r\nspec:\n  routes:\n    - match: PathPrefix(`/`)\n      services:\n        - name: a\n          sticky: {{ toYaml .Values.sticky | nindent 12 }}\n' },
    { name: 'sticky=false', file: 'compose.yml', code: 'services:\n  a:\n    image: a\n    labels:\n      - traefik.http.services.a.loadbalancer.sticky=false\n' },
    { name: 'file provider: an empty cookie is a cookie', file: 'dynamic.yml', code: 'http:\n  services:\n    a:\n      loadBalancer:\n        sticky:\n          cookie:\n' },
  ],
  invalid: [
    {
      name: 'swarm deploy label sticky=true: renamed to sticky.cookie',
      file: 'docker-compose.yml',
      code: 'services:\n  traefik:\n    image: traefik:v2.0.7\n    deploy:\n      labels:\n        - traefik.http.services.traefik1.loadbalancer.sticky=true\n        - traefik.http.services.traefik1.loadbalancer.server.port=8080\n',
      errors: [{ line: 6, column: 11, message: /^traefik\.http\.services\.traefik1\.loadbalancer\.sticky on service traefik1 \(compose service traefik\) has no cookie under it/ }],
      output: 'services:\n  traefik:\n    image: traefik:v2.0.7\n    deploy:\n      labels:\n        - traefik.http.services.traefik1.loadbalancer.sticky.cookie=true\n        - traefik.http.services.traefik1.loadbalancer.server.port=8080\n',
    },
    {
      name: 'annotation service.sticky: "true" on a Service',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky: "true"\nspec:\n  ports: [{port: 80}]\n',
      errors: [{ line: 6 }],
      output: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\nspec:\n  ports: [{port: 80}]\n',
    },
    {
      name: 'IngressRoute sticky: {} and a CRD cookie: with no value (null: no cookie for the API server)',
      code: 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: r\nspec:\n  routes:\n    - match: PathPrefix(`/a`)\n      services:\n        - name: a\n          port: 80\n          sticky: {}\n    - match: PathPrefix(`/b`)\n      services:\n        - name: b\n          port: 80\n          sticky:\n            cookie:\n',
      errors: [{ line: 11, message: /^sticky on IngressRoute r/ }, { line: 16, message: /^sticky\.cookie: null on IngressRoute r/ }],
      output: 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: r\nspec:\n  routes:\n    - match: PathPrefix(`/a`)\n      services:\n        - name: a\n          port: 80\n          sticky: { cookie: {} }\n    - match: PathPrefix(`/b`)\n      services:\n        - name: b\n          port: 80\n          sticky:\n            cookie: {}\n',
    },
    {
      name: 'file provider sticky: with nothing under it',
      file: 'dynamic.yml',
      code: 'http:\n  services:\n    a:\n      loadBalancer:\n        sticky:\n        servers:\n          - url: http://a:80\n',
      errors: [{ line: 5 }],
      output: 'http:\n  services:\n    a:\n      loadBalancer:\n        sticky:\n          cookie: {}\n        servers:\n          - url: http://a:80\n',
    },
    {
      name: 'TOML sticky table with no cookie: an empty inline cookie added',
      file: 'dynamic.toml',
      code: '[http.services.app.loadBalancer.sticky]\n\n[[http.services.app.loadBalancer.servers]]\n  url = "http://10.0.0.1"\n',
      errors: [{ line: 1 }],
      output: '[http.services.app.loadBalancer.sticky]\n  cookie = {}\n\n[[http.services.app.loadBalancer.servers]]\n  url = "http://10.0.0.1"\n',
    },
  ],
}, { defaultFile: 'manifest.yaml' });
