import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { gatewayApiSessionPersistenceRejected } from '../../../../server/src/rules/gateway-api/session-persistence-rejected';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

/** An HTTPRoute whose one rule carries the given sessionPersistence lines (indented under it). */
const route = (lines: string): string =>
  `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: shop\nspec:\n  parentRefs:\n  - name: gw\n  rules:\n  - backendRefs:\n    - name: shop\n      port: 8080\n    sessionPersistence:\n${lines}`;

kindRuleTester(MANIFEST_KIND, gatewayApiSessionPersistenceRejected, {
  valid: [
    { name: 'a permanent cookie with its absoluteTimeout', code: route('      sessionName: shop-session\n      absoluteTimeout: 24h\n      cookieConfig:\n        lifetimeType: Permanent\n') },
    { name: 'a header session without cookie settings', code: route('      type: Header\n      sessionName: x-shop-session\n      absoluteTimeout: 10000h\n') },
    { name: 'the default session cookie', code: route('      type: Cookie\n') },
    { name: 'durations with several parts', code: route('      absoluteTimeout: 1h30m\n') },
    {
      name: 'cookieConfig with type Cookie on 1.4',
      code: route('      type: Cookie\n      cookieConfig:\n        lifetimeType: Session\n'),
      settings: { platforms: { 'gateway-api': '1.4' } },
    },
    {
      name: '1.7: a templated type is not judged against the header block',
      code: route('      type: "{{ .Values.type }}"\n      header:\n        name: x-shop\n'),
      settings: { platforms: { 'gateway-api': '1.7' } },
    },
    {
      name: 'the union shape of 1.7 with its cookie block',
      code: route('      type: Cookie\n      cookie:\n        name: shop\n        lifetimeType: Session\n'),
      settings: { platforms: { 'gateway-api': '1.7' } },
    },
    {
      name: 'Helm template values are not judged',
      code: route('      type: "{{ .Values.sp.type }}"\n      absoluteTimeout: {{ .Values.sp.timeout }}\n      cookieConfig:\n        lifetimeType: {{ .Values.sp.lifetime | quote }}\n'),
    },
    { name: 'a Kubernetes Service is not read', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: None\n' },
  ],
  invalid: [
    {
      name: 'lifetimeType Permanent without absoluteTimeout',
      code: route('      sessionName: shop\n      cookieConfig:\n        lifetimeType: Permanent # keep it\n'),
      errors: [{ line: 15, column: 23, message: /'lifetimeType: Permanent' in HTTPRoute rule 1 needs 'absoluteTimeout'.*AbsoluteTimeout must be specified/ }],
      output: null,
      suggestions: [{ title: /absoluteTimeout: 1h/, output: route('      sessionName: shop\n      cookieConfig:\n        lifetimeType: Permanent # keep it\n      absoluteTimeout: 1h\n') }],
    },
    {
      name: 'lifetimeType Permanent with an empty absoluteTimeout',
      code: route('      absoluteTimeout:\n      cookieConfig:\n        lifetimeType: Permanent\n'),
      errors: [{ line: 15, message: /needs 'absoluteTimeout'/ }],
      output: null,
      suggestions: [{ title: /absoluteTimeout: 1h/, output: route('      absoluteTimeout: 1h\n      cookieConfig:\n        lifetimeType: Permanent\n') }],
    },
    {
      name: 'cookieConfig with type Header in an XBackendTrafficPolicy',
      code: 'apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata:\n  name: shop\nspec:\n  targetRefs:\n  - group: ""\n    kind: Service\n    name: shop\n  sessionPersistence:\n    type: Header\n    sessionName: x-shop\n    cookieConfig:\n      lifetimeType: Session\n',
      errors: [{ line: 13, column: 5, message: /'cookieConfig' in XBackendTrafficPolicy with 'type: Header'.*cookieConfig can only be set with type Cookie.*Gateway API 1\.6 \(assumed/ }],
      output: null,
      suggestions: [{ title: /Remove 'cookieConfig'/, output: 'apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata:\n  name: shop\nspec:\n  targetRefs:\n  - group: ""\n    kind: Service\n    name: shop\n  sessionPersistence:\n    type: Header\n    sessionName: x-shop\n' }],
    },
    {
      name: 'cookieConfig with type Header on 1.4: accepted but ignored',
      code: route('      type: Header\n      cookieConfig:\n        lifetimeType: Session\n'),
      settings: { platforms: { 'gateway-api': '1.4' } },
      errors: [{ line: 14, severity: 'warning', message: /is ignored with 'type: Header' \(Gateway API 1\.4;/ }],
      output: null,
    },
    {
      name: 'enum values in the wrong case are corrected',
      code: route("      type: cookie\n      absoluteTimeout: 1h\n      cookieConfig:\n        lifetimeType: 'permanent'\n"),
      errors: [
        { line: 13, column: 13, message: /'type: cookie' is not one of Cookie, Header/ },
        { line: 16, message: /'lifetimeType: permanent' is not one of Permanent, Session/ },
      ],
      output: route("      type: Cookie\n      absoluteTimeout: 1h\n      cookieConfig:\n        lifetimeType: 'Permanent'\n"),
    },
    {
      name: 'durations the CRD pattern refuses',
      code: route('      absoluteTimeout: 1d\n      idleTimeout: 3600\n'),
      settings: { platforms: { 'gateway-api': '1.5' } },
      errors: [
        { line: 13, message: /'absoluteTimeout: 1d' is not a Gateway API duration/ },
        { line: 14, message: /'idleTimeout: 3600' is not a Gateway API duration/ },
      ],
      output: null,
    },
    {
      name: 'a sessionName over 128 characters',
      code: route(`      sessionName: ${'s'.repeat(129)}\n`),
      errors: [{ line: 13, message: /129 characters long; the CRD allows 128/ }],
      output: null,
    },
    {
      name: '1.7: type Cookie without its cookie block',
      code: route('      type: Cookie\n      absoluteTimeout: 1h\n'),
      settings: { platforms: { 'gateway-api': '1.7' } },
      errors: [{ line: 13, message: /type Cookie needs a 'cookie' block on Gateway API 1\.7/ }],
      output: null,
      suggestions: [{ title: /Add 'cookie/, output: route('      type: Cookie\n      absoluteTimeout: 1h\n      cookie:\n        lifetimeType: Session\n') }],
    },
    {
      name: '1.7: type Header without a header block, and a header block with type Cookie elsewhere',
      code: route('      type: Header\n') + '  - backendRefs:\n    - name: cart\n      port: 8080\n    sessionPersistence: {type: Cookie, cookie: {}, header: {name: x-cart}}\n',
      settings: { platforms: { 'gateway-api': '1.7' } },
      errors: [
        { line: 13, message: /HTTPRoute rule 1: session persistence of type Header needs a 'header' block/ },
        { line: 17, message: /'header' in HTTPRoute rule 2 with 'type: Cookie'/ },
      ],
      output: null,
    },
  ],
}, { defaultFile: 'route.yaml' });
