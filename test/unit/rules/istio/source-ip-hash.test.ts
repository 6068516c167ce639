import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioSourceIpHash } from '../../../../server/src/rules/istio/source-ip-hash';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

/** A DestinationRule for `cart` whose top-level traffic policy hashes with the given lines. */
const rule = (lines: string): string =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: cart\nspec:\n  host: cart.shop.svc.cluster.local\n  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n${lines}`;

kindRuleTester(MANIFEST_KIND, istioSourceIpHash, {
  valid: [
    { name: 'a cookie hash', code: rule('        httpCookie:\n          name: cart-affinity\n          ttl: 3600s\n') },
    { name: 'useSourceIp false', code: rule('        useSourceIp: false\n') },
    { name: 'a DestinationRule of another API group', code: 'apiVersion: example.com/v1\nkind: DestinationRule\nmetadata:\n  name: x\nspec:\n  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n        useSourceIp: true\n' },
  ],
  invalid: [
    {
      name: 'useSourceIp at the top level, public traffic',
      code: rule('        useSourceIp: true # sticky by client\n        minimumRingSize: 2048\n'),
      errors: [{ line: 10, column: 9, severity: 'warning', message: /'useSourceIp: true' in DestinationRule cart pins clients to a server by IP address.*source-NATs/ }],
      output: null,
      suggestions: [{ title: /httpCookie/, output: rule('        httpCookie:\n          name: session-affinity\n          ttl: 3600s # sticky by client\n        minimumRingSize: 2048\n') }],
    },
    {
      name: 'in a subset and in its port-level settings, mobile traffic',
      settings: { traffic: 'mobile' },
      code: 'apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\nmetadata:\n  name: cart\nspec:\n  host: cart\n  subsets:\n  - name: v2\n    labels: {version: v2}\n    trafficPolicy:\n      loadBalancer:\n        consistentHash: {useSourceIp: true}\n      portLevelSettings:\n      - port:\n          number: 9090\n        loadBalancer:\n          consistentHash:\n            useSourceIp: true\n',
      errors: [
        { line: 12, severity: 'error', message: /in DestinationRule cart \(subset v2\) pins clients by IP address, and mobile client IPs change/ },
        { line: 18, severity: 'error', message: /DestinationRule cart \(subset v2, port 9090\)/ },
      ],
      output: null,
      suggestions: [{ title: /httpCookie/, output: 'apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\nmetadata:\n  name: cart\nspec:\n  host: cart\n  subsets:\n  - name: v2\n    labels: {version: v2}\n    trafficPolicy:\n      loadBalancer:\n        consistentHash: {httpCookie: { name: session-affinity, ttl: 3600s }}\n      portLevelSettings:\n      - port:\n          number: 9090\n        loadBalancer:\n          consistentHash:\n            useSourceIp: true\n' }],
    },
    {
      name: 'internal traffic: a hint',
      settings: { traffic: 'internal' },
      code: rule('        useSourceIp: true\n'),
      errors: [{ line: 10, severity: 'hint', message: /acceptable for service-to-service traffic/ }],
      output: null,
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
