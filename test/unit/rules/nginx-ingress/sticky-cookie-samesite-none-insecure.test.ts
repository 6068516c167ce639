import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieSamesiteNoneInsecure } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-samesite-none-insecure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED_COOKIE, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieSamesiteNoneInsecure, {
  valid: [
    { name: 'samesite lax', code: virtualServer(HARDENED_COOKIE) },
    { name: 'samesite none with secure', code: virtualServer(['enable: true', 'name: srv_id', 'samesite: None', 'secure: true']) },
  ],
  invalid: [
    {
      name: 'VirtualServer samesite None (any case) without secure',
      code: virtualServer(['enable: true', 'name: srv_id', 'samesite: None']),
      errors: [{ line: 11, message: /browsers refuse to store such a cookie/, severity: 'error' }],
      output: virtualServer(['enable: true', 'name: srv_id', 'samesite: None', 'secure: true']),
    },
    {
      name: 'annotation samesite=none without secure',
      code: stickyIngress('serviceName=tea-svc srv_id samesite=none httponly'),
      errors: [{ line: 6 }],
      output: stickyIngress('serviceName=tea-svc srv_id samesite=none httponly secure'),
    },
  ],
}, { defaultFile: 'cafe.yaml' });
