import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { gatewayApiNotInVersion } from '../../../../server/src/rules/gateway-api/not-in-version';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const route = (lines: string, apiVersion = 'gateway.networking.k8s.io/v1', kind = 'HTTPRoute'): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: shop\nspec:\n  rules:\n  - backendRefs:\n    - name: shop\n      port: 8080\n    sessionPersistence:\n${lines}`;

const policy = (kind: string, apiVersion: string): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: shop\nspec:\n  targetRefs:\n  - group: ""\n    kind: Service\n    name: shop\n  sessionPersistence:\n    sessionName: shop\n    absoluteTimeout: 1h\n`;

kindRuleTester(MANIFEST_KIND, gatewayApiNotInVersion, {
  valid: [
    { name: 'the 1.6 shape on the default release', code: route('      sessionName: shop\n      absoluteTimeout: 1h\n      cookieConfig:\n        lifetimeType: Session\n') },
    { name: 'idleTimeout on 1.5, which still has it', code: route('      idleTimeout: 30m\n'), settings: { platforms: { 'gateway-api': '1.5.1' } } },
    { name: 'BackendLBPolicy on 1.2', code: policy('BackendLBPolicy', 'gateway.networking.k8s.io/v1alpha2'), settings: { platforms: { 'gateway-api': '1.2' } } },
    { name: 'XBackendTrafficPolicy on the default release', code: policy('XBackendTrafficPolicy', 'gateway.networking.x-k8s.io/v1alpha1') },
    { name: 'GRPCRoute v1alpha2 on 1.1', code: route('      type: Cookie\n', 'gateway.networking.k8s.io/v1alpha2', 'GRPCRoute'), settings: { platforms: { 'gateway-api': '1.1' } } },
    { name: 'the cookie/header shape on 1.7', code: route('      type: Header\n      header:\n        name: x-shop\n'), settings: { platforms: { 'gateway-api': '1.7' } } },
    { name: 'an HTTPRoute without session persistence', code: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: a\nspec:\n  rules:\n  - backendRefs:\n    - name: a\n' },
  ],
  invalid: [
    {
      name: 'idleTimeout on the assumed 1.6: a suggestion only',
      code: route('      absoluteTimeout: 8h\n      idleTimeout: 30m # gone in 1.6\n'),
      errors: [{ line: 12, column: 7, message: /'idleTimeout' in HTTPRoute rule 1: Gateway API 1\.6 \(assumed: no platforms\.gateway-api set\) has no such field, it was removed in 1\.6/ }],
      output: null,
      suggestions: [{ title: /Remove 'idleTimeout'/, output: route('      absoluteTimeout: 8h\n') }],
    },
    {
      name: 'idleTimeout on a 1.6 set in the settings: removed by the fix',
      code: route('      absoluteTimeout: 8h\n      idleTimeout: 30m\n      type: Cookie\n'),
      settings: { platforms: { 'gateway-api': '1.6.1' } },
      errors: [{ line: 12, message: /Gateway API 1\.6\.1 has no such field/ }],
      output: route('      absoluteTimeout: 8h\n      type: Cookie\n'),
    },
    {
      name: 'BackendLBPolicy after 1.3',
      code: policy('BackendLBPolicy', 'gateway.networking.k8s.io/v1alpha2'),
      errors: [{ line: 2, column: 7, message: /has no BackendLBPolicy gateway\.networking\.k8s\.io\/v1alpha2 with session persistence.*XBackendTrafficPolicy/ }],
      output: null,
      suggestions: [{ title: /XBackendTrafficPolicy/, output: policy('XBackendTrafficPolicy', 'gateway.networking.x-k8s.io/v1alpha1') }],
    },
    {
      name: 'XBackendTrafficPolicy before 1.3',
      code: policy('XBackendTrafficPolicy', 'gateway.networking.x-k8s.io/v1alpha1'),
      settings: { platforms: { 'gateway-api': '1.2' } },
      errors: [{ line: 2, message: /Gateway API 1\.2 has no XBackendTrafficPolicy.*BackendLBPolicy/ }],
      output: null,
    },
    {
      name: 'GRPCRoute v1alpha2 on 1.2 and later: moved to v1',
      code: route('      type: Cookie\n', 'gateway.networking.k8s.io/v1alpha2', 'GRPCRoute'),
      settings: { platforms: { 'gateway-api': '1.4' } },
      errors: [{ line: 2, message: /no GRPCRoute gateway\.networking\.k8s\.io\/v1alpha2/ }],
      output: route('      type: Cookie\n', 'gateway.networking.k8s.io/v1', 'GRPCRoute'),
    },
    {
      name: 'session persistence on 1.0',
      code: route('      type: Cookie\n'),
      settings: { platforms: { 'gateway-api': '1.0' } },
      errors: [{ line: 2, message: /Gateway API 1\.0 has no HTTPRoute.*arrived in 1\.1/ }],
      output: null,
    },
    {
      name: 'the unreleased cookie/header shape on 1.6',
      code: route('      type: Cookie\n      cookie:\n        name: shop\n'),
      errors: [{ line: 12, message: /'cookie' in HTTPRoute rule 1: .*exists only on main after 1\.6\.1/ }],
      output: null,
    },
    {
      name: 'sessionName and cookieConfig on 1.7',
      code: route('      sessionName: shop\n      cookieConfig:\n        lifetimeType: Session\n'),
      settings: { platforms: { 'gateway-api': '1.7' } },
      errors: [
        { line: 11, message: /'sessionName' .* replaced by 'cookie: \{name, path, lifetimeType\}'/ },
        { line: 12, message: /'cookieConfig' .* replaced by/ },
      ],
      output: null,
    },
  ],
}, { defaultFile: 'route.yaml' });
