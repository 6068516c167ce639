import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieNoExpiry } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-no-expiry';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { cookieWithout, HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieNoExpiry, {
  valid: [
    { name: 'VirtualServer cookie with expires', code: virtualServer(HARDENED_COOKIE) },
    { name: 'annotation entry with expires=', code: stickyIngress(HARDENED_ENTRY) },
  ],
  invalid: [
    {
      name: 'VirtualServer without expires',
      code: virtualServer(cookieWithout('expires')),
      errors: [{ line: 11, message: /a browser-session cookie/, severity: 'info' }],
      output: virtualServer([...cookieWithout('expires'), 'expires: 1h']),
    },
    {
      name: 'VirtualServer expires max: a warning, the value replaced',
      code: virtualServer(['enable: true', 'name: srv_id', 'expires: max', 'path: /']),
      errors: [{ line: 11, message: /until the year 2037/, severity: 'warning' }],
      output: virtualServer(['enable: true', 'name: srv_id', 'expires: 1h', 'path: /']),
    },
    {
      name: 'annotation expires=max: the word is replaced in place',
      code: stickyIngress('serviceName=tea-svc srv_id expires=max path=/'),
      errors: [{ line: 6, severity: 'warning' }],
      output: stickyIngress('serviceName=tea-svc srv_id expires=1h path=/'),
    },
  ],
}, { defaultFile: 'cafe.yaml' });
