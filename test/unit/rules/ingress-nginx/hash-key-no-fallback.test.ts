import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { hashKeyNoFallback } from '../../../../server/src/rules/ingress-nginx/hash-key-no-fallback';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, hashKeyNoFallback, {
  valid: [
    { name: 'a cookie combined with the URI', code: ingress(['upstream-hash-by: "$cookie_session$request_uri"']) },
    { name: 'no variable at all (a constant: another matter)', code: ingress(['upstream-hash-by: "static"']) },
    { name: 'hash on the URI', code: ingress(['upstream-hash-by: "$request_uri"']) },
  ],
  invalid: [
    {
      name: 'a cookie alone',
      code: ingress(['upstream-hash-by: "$cookie_JSESSIONID"']),
      errors: [{ line: 6, message: /reads only the jsessionid cookie: requests without it/ }],
      output: null,
    },
    {
      name: 'a cookie with literal text around it',
      code: ingress(['upstream-hash-by: "shop-${cookie_cart}"']),
      errors: [{ line: 6, message: /cart cookie/ }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
