import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { noChangeOnFailure } from '../../../../server/src/rules/ingress-nginx/no-change-on-failure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress, without } from './ingress';

kindRuleTester(MANIFEST_KIND, noChangeOnFailure, {
  valid: [
    { name: 'change-on-failure "true"', code: ingress(HARDENED) },
    { name: 'change-on-failure "True" (strconv.ParseBool accepts it)', code: ingress(['affinity: "cookie"', 'session-cookie-change-on-failure: "True"']) },
    { name: 'hash affinity has no cookie to change', code: ingress(['upstream-hash-by: "$request_uri"']) },
  ],
  invalid: [
    {
      name: 'unset',
      code: ingress(without('session-cookie-change-on-failure')),
      errors: [{ line: 6, message: /retries that same pod/ }],
      output: ingress([...without('session-cookie-change-on-failure'), 'session-cookie-change-on-failure: "true"']),
    },
    {
      name: 'explicitly false: the finding and the fix are on that value',
      code: ingress(['affinity: "cookie"', 'session-cookie-change-on-failure: "false"', 'session-cookie-samesite: "Lax"']),
      errors: [{ line: 7, message: /is not "true"/ }],
      output: ingress(['affinity: "cookie"', 'session-cookie-change-on-failure: "true"', 'session-cookie-samesite: "Lax"']),
    },
    {
      name: 'a key with an empty value gets its value filled in',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations:\n    nginx.ingress.kubernetes.io/affinity: "cookie"\n    nginx.ingress.kubernetes.io/session-cookie-change-on-failure:\n',
      errors: [{ line: 7 }],
      output: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations:\n    nginx.ingress.kubernetes.io/affinity: "cookie"\n    nginx.ingress.kubernetes.io/session-cookie-change-on-failure: "true"\n',
    },
  ],
}, { defaultFile: 'ingress.yaml' });
