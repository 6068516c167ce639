import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { spoofableHashKey } from '../../../../server/src/rules/nginx-ingress/spoofable-hash-key';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, spoofableHashKey, {
  valid: [
    { name: 'hash on the URI', code: virtualServer([], ['lb-method: hash $request_uri consistent']) },
    { name: 'a hash with two keys is refused by the controller, not judged here', code: virtualServer([], ['lb-method: hash $http_x_user $host']) },
  ],
  invalid: [
    {
      name: 'a request header',
      code: virtualServer([], ['lb-method: hash $http_x_user_id consistent']),
      errors: [{ line: 11, message: /the X-User-Id request header, which the client writes/ }],
      output: null,
    },
    {
      name: 'a query argument',
      code: virtualServer([], ['lb-method: "hash $arg_session"']),
      errors: [{ line: 11, message: /the session query argument/ }],
      output: null,
    },
  ],
}, { defaultFile: 'cafe.yaml' });
