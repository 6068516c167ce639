import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikStickyAnnotationOnIngress } from '../../../../server/src/rules/traefik/sticky-annotation-on-ingress';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    traefik.ingress.kubernetes.io/router.entrypoints: websecure
    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"
    traefik.ingress.kubernetes.io/service.sticky.cookie.name: web_srv
spec:
  ingressClassName: traefik
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {number: 80}}
`;

kindRuleTester(MANIFEST_KIND, traefikStickyAnnotationOnIngress, {
  valid: [
    { name: 'router annotations belong on the Ingress', code: INGRESS.replace(/ {4}traefik\.ingress\.kubernetes\.io\/service.*\n/g, '') },
    { name: 'the same annotations on the Service', code: INGRESS.replace('networking.k8s.io/v1', 'v1').replace('kind: Ingress', 'kind: Service') },
  ],
  invalid: [
    {
      name: 'each sticky annotation on the Ingress',
      code: INGRESS,
      errors: [
        { line: 7, column: 5, message: /^traefik\.ingress\.kubernetes\.io\/service\.sticky\.cookie is on Ingress web, but .* never from the Ingress/ },
        { line: 8 },
      ],
      output: null,
    },
    {
      name: 'the Service it routes to is in the file: moving the annotations offered (not preferred), quoting kept',
      code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n---\n${INGRESS}`,
      errors: [{ line: 14, message: /Move it to Service web's metadata\.annotations \(in this file\)/ }, { line: 15 }],
      output: null,
      suggestions: [
        {
          title: /^Move the service\.sticky annotations to Service web$/,
          output: `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.name: web_srv\nspec:\n  ports: [{port: 80}]\n---\n${INGRESS.replace(/ {4}traefik\.ingress\.kubernetes\.io\/service.*\n/g, '')}`,
        },
      ],
    },
    {
      name: 'a Service with annotations already: the moved ones go after them',
      code: `${INGRESS}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    prometheus.io/scrape: 'true'\nspec:\n  ports: [{port: 80}]\n`,
      errors: [{ line: 7 }, { line: 8 }],
      output: null,
      suggestions: [
        {
          title: /^Move/,
          output: `${INGRESS.replace(/ {4}traefik\.ingress\.kubernetes\.io\/service.*\n/g, '')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    prometheus.io/scrape: 'true'\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    traefik.ingress.kubernetes.io/service.sticky.cookie.name: web_srv\nspec:\n  ports: [{port: 80}]\n`,
        },
      ],
    },
  ],
}, { defaultFile: 'manifest.yaml' });
