import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { cookieSamesiteNoneInsecure } from '../../../../server/src/rules/ingress-nginx/cookie-samesite-none-insecure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, cookieSamesiteNoneInsecure, {
  valid: [
    { name: 'None with secure "true"', code: ingress(['affinity: "cookie"', 'session-cookie-samesite: "None"', 'session-cookie-secure: "true"']) },
    { name: 'Lax without secure: ingress-nginx adds Secure on HTTPS by itself', code: ingress(['affinity: "cookie"', 'session-cookie-samesite: "Lax"']) },
    { name: 'None without affinity: no cookie is set', code: ingress(['session-cookie-samesite: "None"']) },
  ],
  invalid: [
    {
      name: 'None without secure',
      code: ingress(['affinity: "cookie"', 'session-cookie-samesite: "None"']),
      errors: [{ line: 7, column: 5, message: /adds Secure only to requests that reached it over HTTPS, so behind a load balancer/ }],
      output: ingress(['affinity: "cookie"', 'session-cookie-samesite: "None"', 'session-cookie-secure: "true"']),
    },
    {
      name: 'none (lower case) with secure "false": the false is dropped by the controller, the value is replaced',
      code: ingress(['affinity: "cookie"', 'session-cookie-samesite: "none"', 'session-cookie-secure: "false"']),
      errors: [{ line: 7, message: /"false" changes nothing/ }],
      output: ingress(['affinity: "cookie"', 'session-cookie-samesite: "none"', 'session-cookie-secure: "true"']),
    },
    {
      name: 'an unquoted false is replaced by a quoted string',
      code: ingress(['affinity: cookie', 'session-cookie-samesite: None', 'session-cookie-secure: false']),
      errors: [{ line: 7 }],
      output: ingress(['affinity: cookie', 'session-cookie-samesite: None', 'session-cookie-secure: "true"']),
    },
  ],
}, { defaultFile: 'ingress.yaml' });
