import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioHashWithLocalityLb } from '../../../../server/src/rules/istio/hash-with-locality-lb';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const head = 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: cart\nspec:\n  host: cart\n';

kindRuleTester(MANIFEST_KIND, istioHashWithLocalityLb, {
  valid: [
    { name: 'a hash without outlier detection', code: `${head}  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: x-cart}\n` },
    {
      name: 'locality load balancing turned off beside the hash',
      code: `${head}  trafficPolicy:\n    loadBalancer:\n      consistentHash: {httpHeaderName: x-cart}\n      localityLbSetting:\n        enabled: false\n    outlierDetection:\n      consecutive5xxErrors: 5\n`,
    },
    {
      name: 'a port-level hash inherits no outlier detection from the top level',
      code: `${head}  trafficPolicy:\n    outlierDetection: {consecutive5xxErrors: 5}\n    portLevelSettings:\n    - port: {number: 8080}\n      loadBalancer:\n        consistentHash: {useSourceIp: true}\n`,
    },
  ],
  invalid: [
    {
      name: 'outlier detection beside the hash',
      code: `${head}  trafficPolicy:\n    loadBalancer:\n      consistentHash: # sticky carts\n        httpHeaderName: x-cart\n    outlierDetection:\n      consecutive5xxErrors: 5\n`,
      errors: [{ line: 9, column: 7, message: /consistentHash in DestinationRule cart with 'outlierDetection': under the mesh default/ }],
      output: null,
      suggestions: [{ title: /enabled: false/, output: `${head}  trafficPolicy:\n    loadBalancer:\n      consistentHash: # sticky carts\n        httpHeaderName: x-cart\n      localityLbSetting:\n        enabled: false\n    outlierDetection:\n      consecutive5xxErrors: 5\n` }],
    },
    {
      name: 'a subset hash under the top-level outlier detection',
      code: `${head}  trafficPolicy:\n    outlierDetection: {consecutive5xxErrors: 5}\n  subsets:\n  - name: v2\n    labels: {version: v2}\n    trafficPolicy:\n      loadBalancer:\n        consistentHash: {httpCookie: {name: cart, ttl: 0s}}\n`,
      errors: [{ line: 14, message: /DestinationRule cart \(subset v2\) with 'outlierDetection'/ }],
      output: null,
    },
    {
      name: 'an explicit failover priority beside the hash',
      code: `${head}  trafficPolicy:\n    loadBalancer:\n      consistentHash: {useSourceIp: true}\n      localityLbSetting:\n        enabled: true\n        failoverPriority: [topology.kubernetes.io/zone]\n`,
      errors: [{ line: 9, message: /beside a 'localityLbSetting' that weights or orders localities/ }],
      output: null,
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
