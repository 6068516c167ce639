import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioHashCookieNoTtl } from '../../../../server/src/rules/istio/hash-cookie-no-ttl';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const rule = (lines: string): string =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: web\nspec:\n  host: web\n  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n${lines}`;

kindRuleTester(MANIFEST_KIND, istioHashCookieNoTtl, {
  valid: [
    { name: 'a ttl', code: rule('        httpCookie:\n          name: web-affinity\n          ttl: 3600s\n') },
    { name: 'a session cookie (ttl 0s)', code: rule('        httpCookie: {name: web-affinity, ttl: 0s}\n') },
    { name: 'a header hash is another rule’s business', code: rule('        httpHeaderName: x-user\n') },
  ],
  invalid: [
    {
      name: 'a cookie of its own without ttl',
      code: rule('        httpCookie:\n          name: web-affinity\n          path: / # whole site\n'),
      errors: [{ line: 10, column: 9, severity: 'warning', message: /'httpCookie' 'web-affinity' in DestinationRule web has no 'ttl': Envoy generates the cookie only when a ttl is set/ }],
      output: null,
      suggestions: [{ title: /ttl: 3600s/, output: rule('        httpCookie:\n          name: web-affinity\n          path: / # whole site\n          ttl: 3600s\n') }],
    },
    {
      name: 'an empty ttl is no ttl',
      code: rule('        httpCookie:\n          name: web-affinity\n          ttl:\n'),
      errors: [{ line: 10, message: /has no 'ttl'/ }],
      output: null,
      suggestions: [{ title: /ttl: 3600s/, output: rule('        httpCookie:\n          name: web-affinity\n          ttl: 3600s\n') }],
    },
    {
      name: 'the application’s session cookie: information, no fix',
      code: rule('        httpCookie:\n          name: JSESSIONID\n'),
      errors: [{ line: 10, severity: 'info', message: /Envoy hashes on the application's own session cookie/ }],
      output: null,
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
