import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioHashCookieNoPath } from '../../../../server/src/rules/istio/hash-cookie-no-path';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const rule = (lines: string): string =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: web\nspec:\n  host: web\n  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n${lines}`;

kindRuleTester(MANIFEST_KIND, istioHashCookieNoPath, {
  valid: [
    { name: 'a path', code: rule('        httpCookie:\n          name: web-affinity\n          path: /\n          ttl: 3600s\n') },
    { name: 'a narrower path chosen on purpose', code: rule('        httpCookie: {name: web-affinity, path: /app/, ttl: 0s}\n') },
    { name: 'no ttl: the sidecar sets no cookie (istio/hash-cookie-no-ttl)', code: rule('        httpCookie:\n          name: web-affinity\n') },
  ],
  invalid: [
    {
      name: 'a generated cookie without path',
      code: rule('        httpCookie:\n          name: web-affinity\n          ttl: 3600s # one hour\n        maglev: {tableSize: 65537}\n'),
      errors: [{ line: 10, column: 9, message: /httpCookie in DestinationRule web has no 'path', so its Set-Cookie has no Path/ }],
      output: rule('        httpCookie:\n          name: web-affinity\n          ttl: 3600s # one hour\n          path: /\n        maglev: {tableSize: 65537}\n'),
    },
    {
      name: 'flow style, empty path, in a subset',
      code: 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: web\nspec:\n  host: web\n  subsets:\n  - name: v2\n    labels: {version: v2}\n    trafficPolicy:\n      loadBalancer:\n        consistentHash: {httpCookie: {name: web-affinity, ttl: 0s, path: ""}}\n',
      errors: [{ line: 12, message: /DestinationRule web \(subset v2\) has no 'path'/ }],
      output: 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: web\nspec:\n  host: web\n  subsets:\n  - name: v2\n    labels: {version: v2}\n    trafficPolicy:\n      loadBalancer:\n        consistentHash: {httpCookie: {name: web-affinity, ttl: 0s, path: "/"}}\n',
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
