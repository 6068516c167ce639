import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieNoSecure } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-no-secure';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { cookieWithout, HARDENED_COOKIE, HARDENED_ENTRY, stickyIngress, virtualServer } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieNoSecure, {
  valid: [
    { name: 'VirtualServer cookie with secure', code: virtualServer(HARDENED_COOKIE) },
    { name: 'annotation entry with secure', code: stickyIngress(HARDENED_ENTRY) },
    { name: 'sessionCookie not enabled', code: virtualServer(['enable: false', 'name: srv_id']) },
    { name: 'samesite none without secure is the samesite-none-insecure rule\'s', code: virtualServer(['enable: true', 'name: srv_id', 'samesite: none']) },
    { name: 'an ingress-nginx Ingress is another controller', code: stickyIngress('serviceName=tea-svc srv_id', 'nginx.ingress.kubernetes.io/affinity') },
  ],
  invalid: [
    {
      name: 'VirtualServer without secure: the field is added after the last one',
      code: virtualServer(cookieWithout('secure')),
      errors: [{ line: 11, column: 7, message: /sessionCookie of upstream "tea" without 'secure: true'/ }],
      output: virtualServer([...cookieWithout('secure'), 'secure: true']),
    },
    {
      name: 'secure: false is set to true',
      code: virtualServer(['enable: true', 'name: srv_id', 'secure: false', 'httpOnly: true']),
      errors: [{ line: 11 }],
      output: virtualServer(['enable: true', 'name: srv_id', 'secure: true', 'httpOnly: true']),
    },
    {
      name: 'two services in the annotation: each entry is flagged and gets its own word',
      code: stickyIngress('serviceName=coffee-svc srv_id expires=1h path=/coffee;serviceName=tea-svc srv_id expires=2h path=/tea'),
      errors: [{ line: 6, column: 40, message: /nginx.org\/sticky-cookie-services \(serviceName=coffee-svc\) without 'secure'/ }, { line: 6, message: /serviceName=tea-svc/ }],
      output: stickyIngress('serviceName=coffee-svc srv_id expires=1h path=/coffee secure;serviceName=tea-svc srv_id expires=2h path=/tea secure'),
    },
    {
      name: 'the nginx.com annotation (NGINX Plus) is judged the same',
      code: stickyIngress('serviceName=tea-svc srv_id httponly', 'nginx.com/sticky-cookie-services'),
      errors: [{ line: 6, message: /nginx.com\/sticky-cookie-services/ }],
      output: stickyIngress('serviceName=tea-svc srv_id httponly secure', 'nginx.com/sticky-cookie-services'),
    },
    {
      name: 'an annotation written with escapes is flagged without a fix',
      code: stickyIngress('serviceName=tea-svc srv_id').replace('srv_id"', 'srv_\\x69d"'),
      errors: [{ line: 6 }],
      output: null,
    },
  ],
}, { defaultFile: 'cafe.yaml' });
