import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { cookieNoSecure } from '../../../../server/src/rules/ingress-nginx/cookie-no-secure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED, ingress } from './ingress';

const withTls = (code: string): string => code.replace('  ingressClassName: nginx\n', '  ingressClassName: nginx\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n');

kindRuleTester(MANIFEST_KIND, cookieNoSecure, {
  valid: [
    { name: 'spec.tls: ingress-nginx terminates TLS and adds Secure by itself', code: withTls(ingress(HARDENED)) },
    { name: 'session-cookie-secure "true"', code: ingress([...HARDENED, 'session-cookie-secure: "true"']) },
    { name: 'SameSite None is the samesite-none-insecure rule\'s', code: ingress(['affinity: "cookie"', 'session-cookie-samesite: "None"']) },
    { name: 'no affinity', code: ingress(['ssl-redirect: "false"']) },
  ],
  invalid: [
    {
      name: 'no tls, no secure: setting it is offered, not applied unread',
      code: ingress(HARDENED),
      errors: [{ line: 6, column: 5, message: /without spec.tls.*adds Secure only on requests it received over HTTPS/, severity: 'info' }],
      output: null,
      suggestions: [{ title: /session-cookie-secure: "true" \(only if browsers reach this site over HTTPS\)/, output: ingress([...HARDENED, 'session-cookie-secure: "true"']) }],
    },
    {
      name: 'secure "false" is dropped by the controller: same finding, the value is replaced',
      code: ingress(['affinity: "cookie"', 'session-cookie-secure: "false"']),
      errors: [{ line: 6 }],
      output: null,
      suggestions: [{ title: /session-cookie-secure/, output: ingress(['affinity: "cookie"', 'session-cookie-secure: "true"']) }],
    },
  ],
}, { defaultFile: 'ingress.yaml' });
