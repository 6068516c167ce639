import * as assert from 'assert';
import { assertSchemaValid, manifestSchemaReport, schemaCheck, schemaCoverage, validateManifestText } from '../../helpers/manifestSchemas';

/** `apiVersion`, `kind` and a name, then the object's other keys (YAML, indented as at the top level). */
function object(apiVersion: string, kind: string, body: string): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n${body}`;
}

const service = (spec: string): string => object('v1', 'Service', `spec:\n  ports: [{port: 80}]\n${spec}`);
const ingress = (annotations: string): string =>
  object('networking.k8s.io/v1', 'Ingress', `  annotations:\n${annotations}spec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend: {service: {name: web, port: {number: 80}}}\n`);
const httpRoute = (sp: string): string =>
  object('gateway.networking.k8s.io/v1', 'HTTPRoute', `spec:\n  parentRefs: [{name: gw}]\n  rules:\n  - backendRefs: [{name: web, port: 80}]\n    sessionPersistence:\n${sp}`);
const destinationRule = (lb: string): string => object('networking.istio.io/v1', 'DestinationRule', `spec:\n  host: web\n  trafficPolicy:\n    loadBalancer:\n${lb}`);
const ingressRoute = (cookie: string): string =>
  object('traefik.io/v1alpha1', 'IngressRoute', `spec:\n  routes:\n  - match: Host(\`a.example\`)\n    kind: Rule\n    services:\n    - name: web\n      port: 80\n      sticky:\n        cookie:\n${cookie}`);
const traefikService = (cookie: string): string =>
  object('traefik.io/v1alpha1', 'TraefikService', `spec:\n  weighted:\n    services: [{name: web, port: 80}]\n    sticky:\n      cookie:\n${cookie}`);

interface Case {
  readonly name: string;
  readonly text: string;
  /** The exact messages (empty: valid). */
  readonly errors: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'Service with ClientIP affinity and a timeout', text: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 10800\n'), errors: [] },
  { name: 'Service with the longest timeout', text: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}\n'), errors: [] },
  {
    name: 'Service with an affinity the API does not know',
    text: service('  sessionAffinity: Cookie\n'),
    errors: ['manifest.yaml:7:20 v1 Service x: /spec/sessionAffinity must be equal to one of the allowed values ("ClientIP", "None")'],
  },
  {
    name: 'Service with a quoted timeout',
    text: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: "3600"}}\n'),
    errors: ['manifest.yaml:8:54 v1 Service x: /spec/sessionAffinityConfig/clientIP/timeoutSeconds must be integer'],
  },
  {
    name: 'Service with a timeout over a day (Go validation)',
    text: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 86401}}\n'),
    errors: ['manifest.yaml:8:54 v1 Service x: /spec/sessionAffinityConfig/clientIP/timeoutSeconds must be greater than 0 and less than 86400'],
  },
  {
    name: 'Service with a config and no affinity (defaults to None)',
    text: service('  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n'),
    errors: ['manifest.yaml:7:26 v1 Service x: /spec/sessionAffinityConfig must not be set when session affinity is None'],
  },
  { name: 'Ingress with quoted annotation values', text: ingress('    nginx.ingress.kubernetes.io/affinity: cookie\n    nginx.ingress.kubernetes.io/session-cookie-secure: "true"\n    nginx.ingress.kubernetes.io/session-cookie-max-age: "3600"\n'), errors: [] },
  {
    name: 'Ingress with a boolean and a number as annotation values',
    text: ingress('    nginx.ingress.kubernetes.io/session-cookie-secure: true\n    nginx.ingress.kubernetes.io/session-cookie-max-age: 3600\n'),
    errors: [
      'manifest.yaml:6:56 networking.k8s.io/v1 Ingress x: /metadata/annotations/nginx.ingress.kubernetes.io/session-cookie-secure must be string',
      'manifest.yaml:7:57 networking.k8s.io/v1 Ingress x: /metadata/annotations/nginx.ingress.kubernetes.io/session-cookie-max-age must be string',
    ],
  },
  { name: 'HTTPRoute with a permanent cookie and its timeout', text: httpRoute('      sessionName: app\n      type: Cookie\n      absoluteTimeout: 1h\n      cookieConfig:\n        lifetimeType: Permanent\n'), errors: [] },
  { name: 'HTTPRoute with header persistence', text: httpRoute('      type: Header\n      sessionName: X-Session\n'), errors: [] },
  {
    name: 'HTTPRoute with a permanent cookie and no timeout (CRD CEL rule)',
    text: httpRoute('      type: Cookie\n      cookieConfig:\n        lifetimeType: Permanent\n'),
    errors: ['manifest.yaml:10:7 gateway.networking.k8s.io/v1 HTTPRoute x: /spec/rules/0/sessionPersistence AbsoluteTimeout must be specified when cookie lifetimeType is Permanent'],
  },
  {
    name: 'HTTPRoute with a lowercase type and a spelled-out timeout',
    text: httpRoute('      type: cookie\n      absoluteTimeout: 1 hour\n'),
    errors: [
      'manifest.yaml:11:24 gateway.networking.k8s.io/v1 HTTPRoute x: /spec/rules/0/sessionPersistence/absoluteTimeout must match pattern "^([0-9]{1,5}(h|m|s|ms)){1,4}$"',
      'manifest.yaml:10:13 gateway.networking.k8s.io/v1 HTTPRoute x: /spec/rules/0/sessionPersistence/type must be equal to one of the allowed values ("Cookie", "Header")',
    ],
  },
  { name: 'DestinationRule with a cookie hash', text: destinationRule('      consistentHash:\n        httpCookie: {name: user, ttl: 0s, path: /}\n'), errors: [] },
  { name: 'DestinationRule with a source-IP hash and maglev', text: destinationRule('      consistentHash:\n        useSourceIp: true\n        maglev: {tableSize: 65537}\n'), errors: [] },
  {
    name: 'DestinationRule with two hash keys',
    text: destinationRule('      consistentHash:\n        httpHeaderName: x-user\n        useSourceIp: true\n'),
    errors: [
      'manifest.yaml:10:9 networking.istio.io/v1 DestinationRule x: /spec/trafficPolicy/loadBalancer/consistentHash must NOT be valid according to schema in "not"',
      'manifest.yaml:10:9 networking.istio.io/v1 DestinationRule x: /spec/trafficPolicy/loadBalancer/consistentHash must have required property httpCookie',
      'manifest.yaml:10:9 networking.istio.io/v1 DestinationRule x: /spec/trafficPolicy/loadBalancer/consistentHash must match exactly one schema in "oneOf"',
    ],
  },
  {
    name: 'DestinationRule with a cookie hash without a name',
    text: destinationRule('      consistentHash:\n        httpCookie: {ttl: 0s}\n'),
    errors: ['manifest.yaml:10:21 networking.istio.io/v1 DestinationRule x: /spec/trafficPolicy/loadBalancer/consistentHash/httpCookie must have required property name'],
  },
  { name: 'IngressRoute with every sticky cookie option', text: ingressRoute('          name: srv\n          secure: true\n          httpOnly: true\n          sameSite: strict\n          maxAge: 3600\n          path: /\n          domain: a.example\n'), errors: [] },
  {
    name: 'IngressRoute with a string secure and an unknown sameSite',
    text: ingressRoute('          secure: "true"\n          sameSite: always\n'),
    errors: [
      'manifest.yaml:15:21 traefik.io/v1alpha1 IngressRoute x: /spec/routes/0/services/0/sticky/cookie/sameSite must be equal to one of the allowed values ("none", "lax", "strict", "None", "Lax", "Strict")',
      'manifest.yaml:14:19 traefik.io/v1alpha1 IngressRoute x: /spec/routes/0/services/0/sticky/cookie/secure must be boolean',
    ],
  },
  { name: 'TraefikService with a sticky cookie', text: traefikService('        name: lb\n        httpOnly: true\n'), errors: [] },
  {
    name: 'TraefikService with a maxAge in words',
    text: traefikService('        maxAge: one hour\n'),
    errors: ['manifest.yaml:10:17 traefik.io/v1alpha1 TraefikService x: /spec/weighted/sticky/cookie/maxAge must be integer'],
  },
  {
    name: 'Service with a misspelled field (strict field validation)',
    text: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIp: {timeoutSeconds: 60}}\n'),
    errors: ['manifest.yaml:8:27 v1 Service x: /spec/sessionAffinityConfig/clientIp unknown field (strict field validation, kubectl apply by default, rejects it)'],
  },
  {
    name: 'HTTPRoute with the unreleased cookie block of Gateway API main',
    text: httpRoute('      type: Cookie\n      cookie:\n        name: app\n'),
    errors: ['manifest.yaml:11:7 gateway.networking.k8s.io/v1 HTTPRoute x: /spec/rules/0/sessionPersistence/cookie unknown field (strict field validation, kubectl apply by default, rejects it)'],
  },
  {
    name: 'DestinationRule with a cookie attribute as a field',
    text: destinationRule('      consistentHash:\n        httpCookie: {name: user, ttl: 0s, secure: true}\n'),
    errors: ['manifest.yaml:10:43 networking.istio.io/v1 DestinationRule x: /spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/secure unknown field (strict field validation, kubectl apply by default, rejects it)'],
  },
  {
    name: 'IngressRoute with an annotation-style lowercase option',
    text: ingressRoute('          httponly: true\n'),
    errors: ['manifest.yaml:14:11 traefik.io/v1alpha1 IngressRoute x: /spec/routes/0/services/0/sticky/cookie/httponly unknown field (strict field validation, kubectl apply by default, rejects it)'],
  },
  {
    name: 'annotations and labels take any key',
    text: object('v1', 'Service', '  labels: {istio.io/persistent-session: JSESSIONID}\n  annotations: {traefik.ingress.kubernetes.io/service.sticky.cookie: "true"}\nspec:\n  ports: [{port: 80}]\n'),
    errors: [],
  },
  {
    name: 'every document and a List item are judged',
    text: `${service('  sessionAffinity: None\n')}---\napiVersion: v1\nkind: List\nitems:\n- ${service('  sessionAffinity: Sticky\n').replace(/\n(?!$)/g, '\n  ')}`,
    errors: ['manifest.yaml:18:22 v1 Service x: /spec/sessionAffinity must be equal to one of the allowed values ("ClientIP", "None")'],
  },
  {
    name: 'a YAML error is an error',
    text: service('  sessionAffinity: [ClientIP\n'),
    errors: ['manifest.yaml:8:1 document 1: YAML error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
];

describe('test helper: manifest schema judge', () => {
  describe('validateManifestText', () => {
    for (const c of CASES) {
      it(c.name, () => {
        assert.deepStrictEqual(validateManifestText(c.text), c.errors);
      });
    }
  });

  describe('unchecked objects are listed, never passed', () => {
    const cases: readonly { name: string; text: string; file?: string; checked: string[]; unchecked: string[] }[] = [
      {
        name: 'a VirtualServer (no schema package)',
        text: `${object('k8s.nginx.org/v1', 'VirtualServer', 'spec:\n  host: a.example\n')}---\n${service('')}`,
        checked: ['v1 Service x'],
        unchecked: ['k8s.nginx.org/v1 VirtualServer x: no schema package covers k8s.nginx.org/v1 VirtualServer'],
      },
      {
        name: 'a Traefik file-provider document',
        text: 'http:\n  services:\n    web:\n      loadBalancer:\n        sticky: {cookie: {}}\n',
        checked: [],
        unchecked: ['document 1: not a Kubernetes object (no apiVersion and kind): no schema'],
      },
      { name: 'a TOML file', text: '[http.services.web.loadBalancer.sticky.cookie]\n', file: 'dynamic.toml', checked: [], unchecked: ['dynamic.toml: TOML (Traefik file provider): no schema'] },
      { name: 'a kind its group does not have', text: object('networking.k8s.io/v1', 'Gadget', ''), checked: [], unchecked: ['networking.k8s.io/v1 Gadget x: no schema package covers networking.k8s.io/v1 Gadget'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const report = manifestSchemaReport(c.text, c.file);
        assert.deepStrictEqual({ errors: report.errors, checked: report.checked, unchecked: report.unchecked }, { errors: [], checked: c.checked, unchecked: c.unchecked });
      });
    }
    it('assertSchemaValid refuses an unchecked object unless it is named', () => {
      const text = object('k8s.nginx.org/v1', 'VirtualServer', 'spec:\n  host: a.example\n');
      assert.throws(() => assertSchemaValid(text), /unchecked: k8s\.nginx\.org\/v1 VirtualServer x/);
      assert.doesNotThrow(() => assertSchemaValid(text, undefined, { unchecked: ['k8s.nginx.org/v1 VirtualServer'] }));
      assert.throws(() => assertSchemaValid(service('  sessionAffinity: Cookie\n')), /sessionAffinity must be equal/);
    });
    it("schemaCheck is kindRuleTester's check: it passes the case's file name and the unchecked kinds it is given", () => {
      assert.doesNotThrow(() => schemaCheck()(service('  sessionAffinity: ClientIP\n'), {}));
      assert.throws(() => schemaCheck()(service('  sessionAffinity: Sticky\n'), {}), /must be equal to one of the allowed values/);
      assert.throws(() => schemaCheck()('http:\n  services: {}\n', { file: 'dynamic.yaml' }), /unchecked: document 1/);
      assert.doesNotThrow(() => schemaCheck({ unchecked: ['document'] })('http:\n  services: {}\n', { file: 'dynamic.yaml' }));
      assert.doesNotThrow(() => schemaCheck({ unchecked: ['toml'] })('[http]\n', { file: 'dynamic.toml' }));
    });
  });

  describe('coverage', () => {
    const coverage = new Map(schemaCoverage().map((c) => [c.package, c]));
    const expected: readonly [string, string, string][] = [
      ['kubernetes-models', 'v1', 'Service'],
      ['kubernetes-models', 'networking.k8s.io/v1', 'Ingress'],
      ['@kubernetes-models/gateway-api', 'gateway.networking.k8s.io/v1', 'HTTPRoute'],
      ['@kubernetes-models/gateway-api', 'gateway.networking.k8s.io/v1', 'GRPCRoute'],
      ['@kubernetes-models/gateway-api', 'gateway.networking.x-k8s.io/v1alpha1', 'XBackendTrafficPolicy'],
      ['@kubernetes-models/istio', 'networking.istio.io/v1', 'DestinationRule'],
      ['@kubernetes-models/istio', 'networking.istio.io/v1beta1', 'DestinationRule'],
      ['@kubernetes-models/istio', 'networking.istio.io/v1alpha3', 'DestinationRule'],
      ['@kubernetes-models/traefik', 'traefik.io/v1alpha1', 'IngressRoute'],
      ['@kubernetes-models/traefik', 'traefik.io/v1alpha1', 'TraefikService'],
    ];
    for (const [pkg, apiVersion, kind] of expected) {
      it(`${pkg} covers ${apiVersion} ${kind}`, () => {
        assert.ok(coverage.get(pkg)?.kinds[apiVersion]?.includes(kind), JSON.stringify(coverage.get(pkg)?.kinds[apiVersion]));
      });
    }
    it('names the pinned version of every package', () => {
      assert.deepStrictEqual(
        [...coverage.values()].map((c) => `${c.package}@${c.version}`),
        ['kubernetes-models@5.1.0', '@kubernetes-models/gateway-api@2.0.0', '@kubernetes-models/istio@3.0.1', '@kubernetes-models/traefik@2.0.0'],
      );
    });
  });
});
