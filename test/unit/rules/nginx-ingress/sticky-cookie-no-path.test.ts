import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieNoPath } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-no-path';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { cookieWithout, HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieNoPath, {
  valid: [
    { name: 'VirtualServer cookie with path', code: virtualServer(HARDENED_COOKIE) },
    { name: 'annotation entry with path=', code: stickyIngress(HARDENED_ENTRY) },
  ],
  invalid: [
    {
      name: 'VirtualServer without path',
      code: virtualServer(cookieWithout('path')),
      errors: [{ line: 11, message: /without 'path'/ }],
      output: virtualServer([...cookieWithout('path'), 'path: /']),
    },
    {
      name: 'annotation without path=',
      code: stickyIngress('serviceName=tea-svc srv_id expires=1h'),
      errors: [{ line: 6 }],
      output: stickyIngress('serviceName=tea-svc srv_id expires=1h path=/'),
    },
  ],
}, { defaultFile: 'cafe.yaml' });
