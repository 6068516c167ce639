import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { affinityModePersistent } from '../../../../server/src/rules/ingress-nginx/affinity-mode-persistent';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress } from './ingress';

kindRuleTester(MANIFEST_KIND, affinityModePersistent, {
  valid: [
    { name: 'the default mode (balanced)', code: ingress(HARDENED) },
    { name: 'balanced written out', code: ingress(['affinity: "cookie"', 'affinity-mode: "balanced"']) },
    { name: 'persistent without affinity does nothing', code: ingress(['affinity-mode: "persistent"']) },
  ],
  invalid: [
    {
      name: 'persistent: the fix to balanced is offered, not applied unread',
      code: ingress(['affinity: "cookie"', 'affinity-mode: "persistent"']),
      errors: [{ line: 7, column: 48, message: /never moves a session to a new pod/, severity: 'info' }],
      output: null,
      suggestions: [{ title: /affinity-mode: "balanced"/, output: ingress(['affinity: "cookie"', 'affinity-mode: "balanced"']) }],
    },
  ],
}, { defaultFile: 'ingress.yaml' });
