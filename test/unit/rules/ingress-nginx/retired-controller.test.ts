import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { retiredController } from '../../../../server/src/rules/ingress-nginx/retired-controller';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, retiredController, {
  valid: [
    { name: 'an Ingress with no ingress-nginx annotation', code: ingress([]) },
    { name: 'NGINX Ingress Controller annotations are another controller', code: ingress([]).replace('  name: shop\n', '  name: shop\n  annotations:\n    nginx.org/lb-method: "least_conn"\n') },
    { name: 'off unless its severity is set', code: ingress(['affinity: "cookie"']), settings: { rules: { 'ingress-nginx/retired-controller': 'off' } } },
  ],
  invalid: [
    {
      name: 'once per Ingress, on its first ingress-nginx annotation',
      code: ingress(['ssl-redirect: "true"', 'affinity: "cookie"']),
      errors: [{ line: 6, column: 5, message: /retired: no releases, bug fixes or security fixes after March 2026.*Gateway API/, severity: 'info' }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
