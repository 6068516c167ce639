import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieNoSamesite } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-no-samesite';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { cookieWithout, HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieNoSamesite, {
  valid: [
    { name: 'VirtualServer cookie with samesite', code: virtualServer(HARDENED_COOKIE) },
    { name: 'annotation entry with samesite=', code: stickyIngress(HARDENED_ENTRY) },
  ],
  invalid: [
    {
      name: 'VirtualServer without samesite',
      code: virtualServer(cookieWithout('samesite')),
      errors: [{ line: 11, message: /without 'samesite'/ }],
      output: virtualServer([...cookieWithout('samesite'), 'samesite: lax']),
    },
    {
      name: 'annotation without samesite=',
      code: stickyIngress('serviceName=tea-svc srv_id secure'),
      errors: [{ line: 6, message: /without 'samesite='/ }],
      output: stickyIngress('serviceName=tea-svc srv_id secure samesite=lax'),
    },
    {
      name: 'controller 3.1 set: the field does not exist there, no fix',
      code: virtualServer(cookieWithout('samesite')),
      settings: { platforms: { 'nginx-ingress': '3.1' } },
      errors: [{ line: 11, message: /needs NGINX Ingress Controller 3.2/ }],
      output: null,
    },
  ],
}, { defaultFile: 'cafe.yaml' });
