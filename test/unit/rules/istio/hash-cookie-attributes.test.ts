import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { istioHashCookieAttributes } from '../../../../server/src/rules/istio/hash-cookie-attributes';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const rule = (cookieLines: string): string =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: web\nspec:\n  host: web\n  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n        httpCookie:\n          name: web-affinity\n          ttl: 3600s\n${cookieLines}`;

kindRuleTester(MANIFEST_KIND, istioHashCookieAttributes, {
  valid: [
    { name: 'Secure and SameSite set', code: rule('          attributes:\n          - name: Secure\n          - name: SameSite\n            value: Strict\n') },
    { name: 'no ttl: Envoy sets no cookie (the other rule)', code: rule('').replace('          ttl: 3600s\n', '') },
    { name: 'attributes from a Helm template are not judged', code: rule('          attributes: {{ toYaml .Values.cookieAttributes | nindent 12 }}\n') },
    { name: 'Istio 1.27 without attributes: nothing to set', code: rule(''), settings: { platforms: { istio: '1.27' } } },
  ],
  invalid: [
    {
      name: 'no attributes on the assumed 1.28',
      code: rule(''),
      errors: [{ line: 10, column: 9, message: /has no Secure or SameSite attribute \(Istio 1\.28 \(assumed: no platforms\.istio set\) sets only Path, Max-Age and HttpOnly/ }],
      output: null,
      suggestions: [{ title: /Add Secure and SameSite/, output: rule('          attributes: [{name: Secure}, {name: SameSite, value: Lax}]\n') }],
    },
    {
      name: 'SameSite set, Secure missing, block list',
      code: rule('          attributes:\n          - name: SameSite\n            value: Lax\n'),
      settings: { platforms: { istio: '1.29' } },
      errors: [{ line: 13, message: /has no Secure attribute \(Istio 1\.29 sets/ }],
      output: null,
      suggestions: [{ title: /Add Secure/, output: rule('          attributes:\n          - name: SameSite\n            value: Lax\n          - {name: Secure}\n') }],
    },
    {
      name: 'SameSite=None without Secure',
      code: rule('          attributes:\n          - {name: SameSite, value: None}\n'),
      errors: [{ line: 13, severity: 'error', message: /'SameSite=None' without 'Secure': browsers reject the cookie/ }],
      output: rule('          attributes:\n          - {name: SameSite, value: None}\n          - {name: Secure}\n'),
    },
    {
      name: 'attributes on Istio 1.27',
      code: rule('          attributes:\n          - name: Secure\n'),
      settings: { platforms: { istio: '1.27.3' } },
      errors: [{ line: 13, severity: 'error', message: /Istio 1\.27\.3 has no such field \(added in Istio 1\.28\)/ }],
      output: null,
    },
  ],
}, { defaultFile: 'destination-rule.yaml' });
