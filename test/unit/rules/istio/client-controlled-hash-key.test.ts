import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioClientControlledHashKey } from '../../../../server/src/rules/istio/client-controlled-hash-key';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const rule = (lines: string): string =>
  `apiVersion: networking.istio.io/v1alpha3\nkind: DestinationRule\nmetadata:\n  name: profile\nspec:\n  host: profile\n  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n${lines}`;

kindRuleTester(MANIFEST_KIND, istioClientControlledHashKey, {
  valid: [
    { name: 'a cookie hash', code: rule('        httpCookie: {name: profile, ttl: 0s}\n') },
    { name: 'simple load balancing', code: 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: a\nspec:\n  host: a\n  trafficPolicy:\n    loadBalancer:\n      simple: LEAST_REQUEST\n' },
  ],
  invalid: [
    {
      name: 'a request header',
      code: rule('        httpHeaderName: "x-user"\n'),
      errors: [{ line: 10, column: 9, message: /'httpHeaderName: x-user' in DestinationRule profile hashes on a request header the client writes/ }],
      output: null,
    },
    {
      name: 'a query parameter in port-level settings',
      code: 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: profile\nspec:\n  host: profile\n  trafficPolicy:\n    portLevelSettings:\n    - port: {number: 8080}\n      loadBalancer:\n        consistentHash:\n          httpQueryParameterName: uid\n',
      errors: [{ line: 12, message: /'httpQueryParameterName: uid' in DestinationRule profile \(port 8080\) hashes on a query parameter/ }],
      output: null,
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
