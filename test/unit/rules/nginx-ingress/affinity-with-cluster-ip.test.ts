import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { affinityWithClusterIp } from '../../../../server/src/rules/nginx-ingress/affinity-with-cluster-ip';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, affinityWithClusterIp, {
  valid: [
    { name: 'sessionCookie without use-cluster-ip', code: virtualServer(HARDENED_COOKIE) },
    { name: 'use-cluster-ip without affinity', code: virtualServer([], ['use-cluster-ip: true', 'lb-method: least_conn']) },
    { name: 'use-cluster-ip false', code: virtualServer(HARDENED_COOKIE, ['use-cluster-ip: false']) },
    { name: 'a sessionCookie not enabled', code: virtualServer(['enable: false', 'name: srv_id'], ['use-cluster-ip: true']) },
  ],
  invalid: [
    {
      name: 'sessionCookie with use-cluster-ip: removing it is offered',
      code: virtualServer(HARDENED_COOKIE, ['use-cluster-ip: true']),
      errors: [{ line: 11, column: 7, message: /upstream "tea" sets use-cluster-ip.*its sessionCookie has no effect/ }],
      output: null,
      suggestions: [{ title: /Remove use-cluster-ip/, output: virtualServer(HARDENED_COOKIE) }],
    },
    {
      name: 'ip_hash with use-cluster-ip',
      code: virtualServer([], ['lb-method: ip_hash', 'use-cluster-ip: true']),
      errors: [{ line: 12, message: /lb-method "ip_hash" has no effect/ }],
      output: null,
    },
    {
      name: 'Ingress annotations',
      code: stickyIngress(HARDENED_ENTRY).replace('spec:', '    nginx.org/use-cluster-ip: "true"\nspec:'),
      errors: [{ line: 7, message: /This Ingress sets use-cluster-ip.*nginx.org\/sticky-cookie-services has no effect/ }],
      output: null,
    },
  ],
}, { defaultFile: 'cafe.yaml' });
