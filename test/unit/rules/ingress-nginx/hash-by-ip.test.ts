import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { hashByIp } from '../../../../server/src/rules/ingress-nginx/hash-by-ip';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, hashByIp, {
  valid: [
    { name: 'hash on the URI', code: ingress(['upstream-hash-by: "$request_uri"']) },
    { name: 'an escaped dollar is text', code: ingress(['upstream-hash-by: "\\\\$remote_addr"']) },
    { name: 'cookie affinity', code: ingress(['affinity: "cookie"']) },
  ],
  invalid: [
    {
      name: '$remote_addr, public traffic (the default): a warning',
      code: ingress(['upstream-hash-by: "$remote_addr"']),
      errors: [{ line: 6, column: 51, message: /pins clients to a server by IP address.*balancer's address.*Use nginx.ingress.kubernetes.io\/affinity: cookie/, severity: 'warning' }],
      output: null,
    },
    {
      name: '${binary_remote_addr} in a combined key, mobile traffic: an error',
      code: ingress(['upstream-hash-by: "${binary_remote_addr}$host"']),
      settings: { traffic: 'mobile' },
      errors: [{ line: 6, message: /mobile client IPs change/, severity: 'error' }],
      output: null,
    },
    {
      name: 'internal traffic: a hint',
      code: ingress(['upstream-hash-by: $remote_addr']),
      settings: { traffic: 'internal' },
      errors: [{ line: 6, message: /acceptable for service-to-service traffic/, severity: 'hint' }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
