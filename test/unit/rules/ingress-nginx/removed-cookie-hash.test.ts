import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { removedCookieHash } from '../../../../server/src/rules/ingress-nginx/removed-cookie-hash';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, removedCookieHash, {
  valid: [
    { name: 'a current sticky Ingress', code: ingress(HARDENED) },
    { name: 'another controller\'s annotation of the same name', code: ingress(['affinity: "cookie"']).replace('  annotations:\n', '  annotations:\n    example.com/session-cookie-hash: sha1\n') },
  ],
  invalid: [
    {
      name: 'session-cookie-hash sha1 between other annotations: its line goes, the comment above the next one stays',
      code: ingress(['affinity: "cookie"', 'session-cookie-hash: "sha1"', '# the name the app expects', 'session-cookie-name: "route"'].map((a) => a)).replace('nginx.ingress.kubernetes.io/# the', '# the'),
      errors: [{ line: 7, column: 5, message: /removed in ingress-nginx 0.24.0/ }],
      output: ingress(['affinity: "cookie"', '# the name the app expects', 'session-cookie-name: "route"']).replace('nginx.ingress.kubernetes.io/# the', '# the'),
    },
    {
      name: 'in a flow map',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations: {nginx.ingress.kubernetes.io/affinity: cookie, nginx.ingress.kubernetes.io/session-cookie-hash: md5}\n',
      errors: [{ line: 5 }],
      output: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations: {nginx.ingress.kubernetes.io/affinity: cookie}\n',
    },
  ],
}, { defaultFile: 'ingress.yaml' });
