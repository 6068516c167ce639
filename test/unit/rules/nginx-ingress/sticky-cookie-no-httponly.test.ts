import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieNoHttponly } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-no-httponly';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { cookieWithout, HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieNoHttponly, {
  valid: [
    { name: 'VirtualServer cookie with httpOnly', code: virtualServer(HARDENED_COOKIE) },
    { name: 'annotation entry with httponly', code: stickyIngress(HARDENED_ENTRY) },
  ],
  invalid: [
    {
      name: 'VirtualServer without httpOnly',
      code: virtualServer(cookieWithout('httpOnly')),
      errors: [{ line: 11, message: /without 'httpOnly: true'/ }],
      output: virtualServer([...cookieWithout('httpOnly'), 'httpOnly: true']),
    },
    {
      name: 'annotation without httponly',
      code: stickyIngress('serviceName=tea-svc srv_id expires=1h secure'),
      errors: [{ line: 6, message: /without 'httponly'/ }],
      output: stickyIngress('serviceName=tea-svc srv_id expires=1h secure httponly'),
    },
  ],
}, { defaultFile: 'cafe.yaml' });
