import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioConsistentHashRejected } from '../../../../server/src/rules/istio/consistent-hash-rejected';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const balancer = (lines: string): string =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: cart\nspec:\n  host: cart\n  trafficPolicy:\n    loadBalancer:\n${lines}`;

kindRuleTester(MANIFEST_KIND, istioConsistentHashRejected, {
  valid: [
    { name: 'one hash key and one algorithm', code: balancer('      consistentHash:\n        httpCookie: {name: cart, ttl: 0s}\n        maglev: {tableSize: 65537}\n') },
    { name: 'the deprecated minimumRingSize alone', code: balancer('      consistentHash:\n        useSourceIp: true\n        minimumRingSize: 2048\n') },
    { name: 'simple alone', code: balancer('      simple: LEAST_REQUEST\n') },
  ],
  invalid: [
    {
      name: 'simple beside consistentHash',
      code: balancer('      simple: LEAST_REQUEST # was round robin\n      consistentHash:\n        httpHeaderName: x-cart\n'),
      errors: [{ line: 9, column: 7, message: /'simple: LEAST_REQUEST' beside consistentHash in DestinationRule cart: a loadBalancer takes one of simple and consistentHash/ }],
      output: null,
      suggestions: [{ title: /Remove 'simple'/, output: balancer('      consistentHash:\n        httpHeaderName: x-cart\n') }],
    },
    {
      name: 'two hash keys, two algorithms and a cookie without name',
      code: balancer('      consistentHash:\n        httpCookie:\n          ttl: 0s\n        httpHeaderName: x-cart\n        ringHash: {minimumRingSize: 1024}\n        maglev: {tableSize: 65537}\n'),
      errors: [
        { line: 10, message: /httpCookie in DestinationRule cart has no 'name'/ },
        { line: 12, message: /has 'httpCookie' and 'httpHeaderName': it takes one hash key/ },
        { line: 14, message: /has 'ringHash' and 'maglev': it takes one of ringHash and maglev/ },
      ],
      output: null,
    },
    {
      name: 'minimumRingSize beside maglev',
      code: balancer('      consistentHash:\n        useSourceIp: true\n        minimumRingSize: 1024\n        maglev: {tableSize: 65537}\n'),
      errors: [{ line: 12, message: /the deprecated 'minimumRingSize' cannot stand beside ringHash or maglev/ }],
      output: null,
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
