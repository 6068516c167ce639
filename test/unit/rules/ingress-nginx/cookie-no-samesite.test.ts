import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { cookieNoSamesite } from '../../../../server/src/rules/ingress-nginx/cookie-no-samesite';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress, without } from './ingress';

kindRuleTester(MANIFEST_KIND, cookieNoSamesite, {
  valid: [
    { name: 'SameSite set', code: ingress(HARDENED) },
    { name: 'SameSite Strict, single-quoted', code: ingress(["affinity: 'cookie'", "session-cookie-samesite: 'Strict'"]) },
    { name: 'no affinity: nothing to judge', code: ingress(['proxy-body-size: "8m"']) },
    { name: 'affinity Cookie (capitalised): the controller refuses the value, no cookie is set', code: ingress(['affinity: "Cookie"']) },
    { name: 'a Service is not an Ingress', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n  annotations:\n    nginx.ingress.kubernetes.io/affinity: "cookie"\n' },
  ],
  invalid: [
    {
      name: 'sticky Ingress without SameSite: added after the last annotation, double-quoted like the others',
      code: ingress(without('session-cookie-samesite')),
      errors: [{ line: 6, column: 5, message: /session-cookie-samesite: ingress-nginx then sends the affinity cookie with no SameSite/ }],
      output: ingress([...without('session-cookie-samesite'), 'session-cookie-samesite: "Lax"']),
    },
    {
      name: 'plain values and a comment stay as written',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations:\n    # sticky for the cart\n    nginx.ingress.kubernetes.io/affinity: cookie\n    nginx.ingress.kubernetes.io/session-cookie-name: route\nspec: {}\n',
      errors: [{ line: 7 }],
      output: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations:\n    # sticky for the cart\n    nginx.ingress.kubernetes.io/affinity: cookie\n    nginx.ingress.kubernetes.io/session-cookie-name: route\n    nginx.ingress.kubernetes.io/session-cookie-samesite: Lax\nspec: {}\n',
    },
    {
      name: 'a flow map of annotations, second document of the file',
      code: 'apiVersion: v1\nkind: Service\nmetadata: {name: shop}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations: {nginx.ingress.kubernetes.io/affinity: "cookie"}\n',
      errors: [{ line: 9 }],
      output: 'apiVersion: v1\nkind: Service\nmetadata: {name: shop}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations: {nginx.ingress.kubernetes.io/affinity: "cookie", nginx.ingress.kubernetes.io/session-cookie-samesite: "Lax"}\n',
    },
    {
      name: 'an empty SameSite value counts as none',
      code: ingress(['affinity: "cookie"', 'session-cookie-samesite: ""']),
      errors: [{ line: 6 }],
      output: ingress(['affinity: "cookie"', 'session-cookie-samesite: "Lax"']),
    },
  ],
}, { defaultFile: 'ingress.yaml' });
