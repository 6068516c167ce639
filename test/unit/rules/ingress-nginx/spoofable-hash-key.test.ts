import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { spoofableHashKey } from '../../../../server/src/rules/ingress-nginx/spoofable-hash-key';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, spoofableHashKey, {
  valid: [
    { name: 'hash on the URI', code: ingress(['upstream-hash-by: "$request_uri"']) },
    { name: 'hash on a cookie (hash-key-no-fallback judges it)', code: ingress(['upstream-hash-by: "$cookie_session"']) },
  ],
  invalid: [
    {
      name: 'a request header',
      code: ingress(['upstream-hash-by: "$http_x_user_id"']),
      errors: [{ line: 6, column: 51, message: /the X-User-Id request header, which the client writes/ }],
      output: null,
    },
    {
      name: 'a query argument, as in the upstream chashsubset example',
      code: ingress(['upstream-hash-by: "$arg_predictorid"', 'upstream-hash-by-subset: "true"']),
      errors: [{ line: 6, message: /the predictorid query argument/ }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
