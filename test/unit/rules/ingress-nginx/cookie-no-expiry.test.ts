import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { cookieNoExpiry } from '../../../../server/src/rules/ingress-nginx/cookie-no-expiry';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress, without } from './ingress';

kindRuleTester(MANIFEST_KIND, cookieNoExpiry, {
  valid: [
    { name: 'max-age set', code: ingress(HARDENED) },
    { name: 'only the legacy expires set (the Expires attribute is sent)', code: ingress(['affinity: "cookie"', 'session-cookie-expires: "172800"']) },
    { name: 'no affinity', code: ingress(['ssl-redirect: "true"']) },
  ],
  invalid: [
    {
      name: 'sticky Ingress without a lifetime',
      code: ingress(without('session-cookie-max-age')),
      errors: [{ line: 6, message: /lives as long as the browser session/, severity: 'info' }],
      output: ingress([...without('session-cookie-max-age'), 'session-cookie-max-age: "3600"']),
    },
    {
      name: 'single-quoted annotations get a single-quoted value',
      code: ingress(["affinity: 'cookie'", "session-cookie-name: 'route'"]),
      errors: [{ line: 6 }],
      output: ingress(["affinity: 'cookie'", "session-cookie-name: 'route'", "session-cookie-max-age: '3600'"]),
    },
  ],
}, { defaultFile: 'ingress.yaml' });
