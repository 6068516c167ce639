import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { affinityWithHash } from '../../../../server/src/rules/ingress-nginx/affinity-with-hash';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, affinityWithHash, {
  valid: [
    { name: 'cookie affinity alone', code: ingress(HARDENED) },
    { name: 'hash alone', code: ingress(['upstream-hash-by: "$request_uri"']) },
    { name: 'an empty hash key is no hash', code: ingress(['affinity: "cookie"', 'upstream-hash-by: ""']) },
  ],
  invalid: [
    {
      name: 'both: the hash is ignored; removing it is offered',
      code: ingress(['affinity: "cookie"', 'upstream-hash-by: "$request_uri"', 'session-cookie-name: "route"']),
      errors: [{ line: 7, column: 5, message: /upstream-hash-by is ignored/ }],
      output: null,
      suggestions: [{ title: /Remove nginx.ingress.kubernetes.io\/upstream-hash-by/, output: ingress(['affinity: "cookie"', 'session-cookie-name: "route"']) }],
    },
  ],
}, { defaultFile: 'ingress.yaml' });
