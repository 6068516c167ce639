import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { gatewayApiSessionCookieNoTimeout } from '../../../../server/src/rules/gateway-api/session-cookie-no-timeout';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const route = (lines: string, kind = 'HTTPRoute'): string =>
  `# checkout\napiVersion: gateway.networking.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: shop\nspec:\n  rules:\n  - backendRefs:\n    - name: shop\n      port: 8080\n    sessionPersistence:\n${lines}`;

kindRuleTester(MANIFEST_KIND, gatewayApiSessionCookieNoTimeout, {
  valid: [
    { name: 'a session cookie with an absoluteTimeout', code: route('      absoluteTimeout: 2h\n      cookieConfig:\n        lifetimeType: Session\n') },
    { name: 'a templated type or lifetime is not judged', code: route('      type: "{{ .Values.type }}"\n') + '  - backendRefs:\n    - name: b\n    sessionPersistence:\n      cookieConfig:\n        lifetimeType: {{ .Values.lifetime }}\n' },
    { name: 'a header session', code: route('      type: Header\n      sessionName: x-shop\n') },
    { name: 'a permanent cookie without timeout is the other rule’s error', code: route('      cookieConfig:\n        lifetimeType: Permanent\n') },
  ],
  invalid: [
    {
      name: 'the defaults: a session cookie, no timeout',
      code: route('      sessionName: shop # the cookie\n'),
      errors: [{ line: 11, column: 5, message: /HTTPRoute rule 1 uses a browser-session cookie \('lifetimeType: Session', the default\) and no 'absoluteTimeout'/ }],
      output: route('      sessionName: shop # the cookie\n      absoluteTimeout: 1h\n'),
    },
    {
      name: 'lifetimeType Session written out, in a GRPCRoute',
      code: route('      type: Cookie\n      cookieConfig:\n        lifetimeType: Session\n', 'GRPCRoute'),
      errors: [{ line: 14, column: 23, message: /GRPCRoute rule 1 uses a browser-session cookie \('lifetimeType: Session'\)/ }],
      output: route('      type: Cookie\n      cookieConfig:\n        lifetimeType: Session\n      absoluteTimeout: 1h\n', 'GRPCRoute'),
    },
    {
      name: 'an absoluteTimeout left empty',
      code: route('      absoluteTimeout: ~\n'),
      errors: [{ line: 11, message: /no 'absoluteTimeout'/ }],
      output: route('      absoluteTimeout: 1h\n'),
    },
    {
      name: 'a flow-style block in an XBackendTrafficPolicy',
      code: 'apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata:\n  name: shop\nspec:\n  targetRefs: [{group: "", kind: Service, name: shop}]\n  sessionPersistence: {sessionName: shop}\n',
      errors: [{ line: 7, column: 3, message: /XBackendTrafficPolicy uses a browser-session cookie/ }],
      output: 'apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata:\n  name: shop\nspec:\n  targetRefs: [{group: "", kind: Service, name: shop}]\n  sessionPersistence: {sessionName: shop, absoluteTimeout: 1h}\n',
    },
  ],
}, { defaultFile: 'route.yaml' });
