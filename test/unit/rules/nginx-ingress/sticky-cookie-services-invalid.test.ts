import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickyCookieServicesInvalid } from '../../../../server/src/rules/nginx-ingress/sticky-cookie-services-invalid';
import { kindRuleTester } from '../../../helpers/kindRuleTester';
import { HARDENED_ENTRY, stickyIngress } from './manifests';

kindRuleTester(MANIFEST_KIND, stickyCookieServicesInvalid, {
  valid: [
    { name: 'one entry', code: stickyIngress(HARDENED_ENTRY) },
    { name: 'two entries, as the controller\'s example writes them', code: stickyIngress('serviceName=coffee-svc srv_id expires=1h path=/coffee;serviceName=tea-svc srv_id expires=2h path=/tea') },
  ],
  invalid: [
    {
      name: 'a space after the semicolon',
      code: stickyIngress('serviceName=coffee-svc srv_id; serviceName=tea-svc srv_id'),
      errors: [{ line: 6, message: /starts with a space.*ignores the whole annotation/, severity: 'error' }],
      output: null,
    },
    {
      name: 'a trailing semicolon',
      code: stickyIngress('serviceName=tea-svc srv_id;'),
      errors: [{ line: 6, message: /an empty entry/ }],
      output: null,
    },
    {
      name: 'no cookie name',
      code: stickyIngress('serviceName=tea-svc'),
      errors: [{ line: 6, message: /has no cookie after the service/ }],
      output: null,
    },
    {
      name: 'a variable in the parameters',
      code: stickyIngress('serviceName=tea-svc srv_id domain=$host'),
      errors: [{ line: 6, message: /a character the controller refuses/ }],
      output: null,
    },
  ],
}, { defaultFile: 'cafe.yaml' });
