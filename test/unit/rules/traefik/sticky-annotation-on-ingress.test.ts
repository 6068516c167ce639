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
  ],
}, { defaultFile: 'manifest.yaml' });
