import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { ipHash } from '../../../../server/src/rules/nginx-ingress/ip-hash';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED_COOKIE, virtualServer } from './manifests';

const ingress = (method: string): string => 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: cafe\n  annotations:\n    nginx.org/lb-method: ' + method + '\n';

kindRuleTester(MANIFEST_KIND, ipHash, {
  valid: [
    { name: 'least_conn', code: ingress('"least_conn"') },
    { name: 'hash on the URI', code: virtualServer(HARDENED_COOKIE, ['lb-method: hash $request_uri consistent']) },
    { name: 'ip_hash as an ingress-nginx annotation is not this controller\'s', code: ingress('"round_robin"').replace('nginx.org/lb-method', 'nginx.ingress.kubernetes.io/load-balance') },
  ],
  invalid: [
    {
      name: 'ip_hash in a VirtualServer upstream, public traffic',
      code: virtualServer([], ['lb-method: ip_hash']),
      errors: [{ line: 11, column: 18, message: /lb-method of upstream "tea": "ip_hash" pins clients to a server by IP address/, severity: 'warning' }],
      output: null,
    },
    {
      name: 'hash $remote_addr consistent in the annotation, mobile traffic',
      code: ingress('"hash $remote_addr consistent"'),
      settings: { traffic: 'mobile' },
      errors: [{ line: 6, message: /nginx.org\/lb-method/, severity: 'error' }],
      output: null,
    },
  ],
}, { defaultFile: 'cafe.yaml' });
