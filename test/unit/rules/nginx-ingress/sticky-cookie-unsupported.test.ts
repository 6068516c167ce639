import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieUnsupported } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-unsupported';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

const v53 = { platforms: { 'nginx-ingress': '5.3' } };

kindRuleTester(MANIFEST_KIND, stickyCookieUnsupported, {
  valid: [
    { name: 'no version set: a current controller (5.4 or later) is assumed', code: virtualServer(HARDENED_COOKIE) },
    { name: 'controller 5.4', code: stickyIngress(HARDENED_ENTRY), settings: { platforms: { 'nginx-ingress': '5.4.0' } } },
    { name: 'the nginx.com annotation on 5.3 (NGINX Plus)', code: stickyIngress(HARDENED_ENTRY, 'nginx.com/sticky-cookie-services'), settings: v53 },
  ],
  invalid: [
    {
      name: 'VirtualServer sessionCookie on 5.3: Plus only',
      code: virtualServer(HARDENED_COOKIE.filter((c) => !c.startsWith('samesite'))),
      settings: v53,
      errors: [{ line: 11, message: /5.3 supports sticky cookies with NGINX Plus only; open source rejects the whole VirtualServer/ }],
      output: null,
    },
    {
      name: 'samesite on 3.1: a second finding on the field',
      code: virtualServer(HARDENED_COOKIE),
      settings: { platforms: { 'nginx-ingress': '3.1' } },
      errors: [{ line: 11 }, { line: 18, message: /needs NGINX Ingress Controller 3.2/ }],
      output: null,
    },
    {
      name: 'the nginx.org annotation on 5.3: renaming to nginx.com is offered',
      code: stickyIngress(HARDENED_ENTRY),
      settings: v53,
      errors: [{ line: 6, column: 5, message: /arrived in NGINX Ingress Controller 5.4: 5.3 ignores it/ }],
      output: null,
      suggestions: [{ title: /Rename to nginx.com/, output: stickyIngress(HARDENED_ENTRY, 'nginx.com/sticky-cookie-services') }],
    },
  ],
}, { defaultFile: 'cafe.yaml' });
