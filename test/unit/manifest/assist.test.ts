import * as assert from 'assert';
import { normalizeSettings } from '../../../server/src/engine/settings';
import type { KindInput } from '../../../server/src/kinds/fileKind';
import { NO_FILES } from '../../../server/src/kinds/kindLinter';
import { MANIFEST_KIND } from '../../../server/src/manifest/kind';
import { ANNOTATION_FACTS, FIELD_FACTS, LABEL_FACTS } from '../../../server/src/manifest/knowledge/affinityFacts';
import { SourceText } from '../../../server/src/text/sourceText';

/** `‸` marks the cursor; it is removed from the text. */
function inputOf(marked: string, file = 'manifest.yaml', raw: Record<string, unknown> = {}): { input: KindInput; offset: number } {
  const offset = marked.indexOf('‸');
  assert.ok(offset >= 0, 'the case marks the cursor with ‸');
  const text = marked.replace('‸', '');
  const { settings } = normalizeSettings(raw);
  return { input: { file: `/project/${file}`, text, source: new SourceText(text), settings, files: NO_FILES }, offset };
}

async function hoverOf(marked: string, file?: string, settings?: Record<string, unknown>): Promise<{ markdown: string; spanText: string } | null> {
  const { input, offset } = inputOf(marked, file, settings);
  const { model } = await MANIFEST_KIND.read(input);
  assert.ok(model, 'the case text is a manifest');
  const hover = MANIFEST_KIND.hover?.(model, input, offset) ?? null;
  return hover && { markdown: hover.markdown, spanText: input.text.slice(hover.span.start, hover.span.end) };
}

async function completionOf(marked: string, file?: string, settings?: Record<string, unknown>): Promise<{ label: string; insertText: string; replaced: string; detail: string }[]> {
  const { input, offset } = inputOf(marked, file, settings);
  return ((await MANIFEST_KIND.completion?.(null, input, offset)) ?? []).map((c) => ({
    label: c.label,
    insertText: c.insertText ?? c.label,
    replaced: c.span ? input.text.slice(c.span.start, c.span.end) : '',
    detail: c.detail ?? '',
  }));
}

const INGRESS = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations:\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';

interface HoverCase {
  readonly name: string;
  readonly text: string;
  readonly file?: string;
  /** Settings as VS Code or `.affinity-lint.json` give them (`platforms` versions). */
  readonly settings?: Record<string, unknown>;
  /** Lines the Markdown must not hold. */
  readonly absent?: readonly RegExp[];
  /** The first line of the Markdown, the text of the span it describes, and lines it must hold; null: no hover. */
  readonly expected: { readonly title: string; readonly span: string; readonly lines: readonly string[] } | null;
}

const HOVERS: readonly HoverCase[] = [
  {
    name: 'an ingress-nginx annotation key',
    text: `${INGRESS}    nginx.ingress.kubernetes.io/session-cookie-same‸site: "Lax"\n`,
    expected: {
      title: '**`nginx.ingress.kubernetes.io/session-cookie-samesite`** (ingress-nginx annotation on an Ingress)',
      span: 'nginx.ingress.kubernetes.io/session-cookie-samesite',
      lines: ['- Values: `"None"`, `"Lax"`, `"Strict"`', '- Default: not set (no SameSite attribute)', '[ingress-nginx documentation](https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#session-affinity)'],
    },
  },
  {
    name: 'the value of an annotation describes the annotation',
    text: `${INGRESS}    nginx.ingress.kubernetes.io/upstream-hash-by: "$remote_‸addr"\n`,
    expected: {
      title: '**`nginx.ingress.kubernetes.io/upstream-hash-by`** (ingress-nginx annotation on an Ingress)',
      span: '"$remote_addr"',
      lines: ['- Note: `$remote_addr` is IP affinity; `$http_*`, `$arg_*` and `$cookie_*` hash on values the client chooses.'],
    },
  },
  {
    name: 'a Traefik Service annotation put on an Ingress says it is ignored there',
    text: `${INGRESS}    traefik.ingress.kubernetes.io/service.sticky.cookie.‸secure: "true"\n`,
    expected: {
      title: '**`traefik.ingress.kubernetes.io/service.sticky.cookie.secure`** (Traefik annotation on a Service)',
      span: 'traefik.ingress.kubernetes.io/service.sticky.cookie.secure',
      lines: ['**This annotation is read on a Service: on an Ingress it is ignored.**', '- Default: `false` (no Secure attribute)'],
    },
  },
  {
    name: 'an AWS Load Balancer Controller annotation',
    text: `${INGRESS}    alb.ingress.kubernetes.io/target-group-attri‸butes: stickiness.enabled=true\n`,
    expected: {
      title: '**`alb.ingress.kubernetes.io/target-group-attributes`** (AWS Load Balancer Controller annotation on an Ingress)',
      span: 'alb.ingress.kubernetes.io/target-group-attributes',
      lines: ['- Value: comma-separated `key=value`; durations 1-604800 seconds'],
    },
  },
  {
    name: 'an Istio label on a Service',
    text: `${SERVICE}  labels:\n    istio.io/persistent-‸session: JSESSIONID\n`,
    expected: {
      title: '**`istio.io/persistent-session`** (Istio label on a Service)',
      span: 'istio.io/persistent-session',
      lines: ['- Note: Needs istiod with `PILOT_ENABLE_PERSISTENT_SESSION_FILTER=true` (off by default); istiod can rename the label (`PILOT_PERSISTENT_SESSION_LABEL`, `PILOT_PERSISTENT_SESSION_HEADER_LABEL`).'],
    },
  },
  {
    name: 'Service sessionAffinity',
    text: `${SERVICE}spec:\n  session‸Affinity: ClientIP\n`,
    expected: { title: '**`spec.sessionAffinity`** (Kubernetes Service)', span: 'sessionAffinity', lines: ['- Default: `None`', '- Values: `None`, `ClientIP`'] },
  },
  {
    name: 'Service timeoutSeconds in flow style',
    text: `${SERVICE}spec:\n  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeout‸Seconds: 60}}\n`,
    expected: { title: '**`clientIP.timeoutSeconds`** (Kubernetes Service)', span: 'timeoutSeconds', lines: ['- Default: `10800` (3 hours)', '- Value: seconds, 1-86400', '- Since: Kubernetes 1.8'] },
  },
  {
    name: 'HTTPRoute sessionPersistence lifetimeType',
    text: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  rules:\n  - sessionPersistence:\n      cookieConfig:\n        lifetime‸Type: Permanent\n',
    expected: { title: '**`cookieConfig.lifetimeType`** (Gateway API HTTPRoute)', span: 'lifetimeType', lines: ['- Default: `Session`', '- Values: `Session`, `Permanent`'] },
  },
  {
    name: 'XBackendTrafficPolicy idleTimeout',
    text: 'apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata:\n  name: p\nspec:\n  sessionPersistence:\n    idle‸Timeout: 10m\n',
    expected: { title: '**`sessionPersistence.idleTimeout`** (Gateway API XBackendTrafficPolicy)', span: 'idleTimeout', lines: ['- Note: Removed in Gateway API v1.6.'] },
  },
  {
    name: 'DestinationRule httpCookie ttl under a port-level setting',
    text: 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: d\nspec:\n  host: web\n  trafficPolicy:\n    portLevelSettings:\n    - port: {number: 80}\n      loadBalancer:\n        consistentHash:\n          httpCookie: {name: u, t‸tl: 0s}\n',
    expected: { title: '**`httpCookie.ttl`** (Istio DestinationRule)', span: 'ttl', lines: ['- Default: not set: no cookie is generated, so clients without it get no affinity'] },
  },
  {
    name: 'IngressRoute sticky cookie sameSite',
    text: 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: i\nspec:\n  routes:\n  - match: Host(`a`)\n    services:\n    - name: web\n      sticky:\n        cookie:\n          same‸Site: none\n',
    expected: { title: '**`cookie.sameSite`** (Traefik IngressRoute)', span: 'sameSite', lines: ['- Since: v2.2', '- Note: `none` without `secure` is passed through as is, and browsers reject such a cookie.'] },
  },
  {
    name: 'Traefik file provider maxAge',
    text: 'http:\n  services:\n    web:\n      loadBalancer:\n        sticky:\n          cookie:\n            max‸Age: 0\n',
    file: 'dynamic.yaml',
    expected: { title: '**`cookie.maxAge`** (Traefik file provider)', span: 'maxAge', lines: ['- Since: v3.0'] },
  },
  {
    name: 'VirtualServer sessionCookie expires',
    text: 'apiVersion: k8s.nginx.org/v1\nkind: VirtualServer\nmetadata:\n  name: v\nspec:\n  upstreams:\n  - name: tea\n    sessionCookie:\n      exp‸ires: 1h\n',
    expected: { title: '**`sessionCookie.expires`** (NGINX Ingress Controller VirtualServer)', span: 'expires', lines: ['- Default: not set: a browser-session cookie'] },
  },
  {
    name: 'a compose label for Traefik',
    text: 'services:\n  web:\n    image: app\n    labels:\n      - traefik.http.services.web.loadbalancer.sticky.cookie.http‸only=true\n',
    file: 'compose.yaml',
    expected: { title: '**`traefik.http.services.web.loadbalancer.sticky.cookie.httponly`** (Traefik label)', span: 'traefik.http.services.web.loadbalancer.sticky.cookie.httponly', lines: ['- Default: `false` (no HttpOnly attribute)'] },
  },
  {
    name: 'a Traefik v1 compose label in map form',
    text: 'services:\n  web:\n    image: app\n    labels:\n      traefik.backend.loadbalancer.sticki‸ness: "true"\n',
    file: 'docker-compose.yml',
    expected: {
      title: '**`traefik.backend.loadbalancer.stickiness`** (Traefik label)',
      span: 'traefik.backend.loadbalancer.stickiness',
      lines: ['A Traefik v1 label: Traefik v2 and later ignore it. Use `traefik.http.services.<service>.loadbalancer.sticky.cookie=true` (and `.sticky.cookie.name`).'],
    },
  },
  {
    name: 'a Traefik option the configured version lacks',
    text: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    sticky:\n      cookie:\n        max‸Age: 3600\n',
    settings: { platforms: { traefik: '2.11' } },
    expected: { title: '**`cookie.maxAge`** (Traefik TraefikService)', span: 'maxAge', lines: ['**Needs Traefik 3.0 or later: the configured version is 2.11.**'] },
  },
  {
    name: 'a Traefik option the configured version has',
    text: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    sticky:\n      cookie:\n        max‸Age: 3600\n',
    settings: { platforms: { traefik: '3.4' } },
    absent: [/^\*\*Needs/],
    expected: { title: '**`cookie.maxAge`** (Traefik TraefikService)', span: 'maxAge', lines: ['- Since: v3.0'] },
  },
  {
    name: 'a Gateway API field the configured version removed',
    text: 'apiVersion: gateway.networking.x-k8s.io/v1alpha1\nkind: XBackendTrafficPolicy\nmetadata:\n  name: p\nspec:\n  sessionPersistence:\n    idle‸Timeout: 10m\n',
    settings: { platforms: { 'gateway-api': '1.6.1' } },
    expected: { title: '**`sessionPersistence.idleTimeout`** (Gateway API XBackendTrafficPolicy)', span: 'idleTimeout', lines: ['**Gone since Gateway API 1.6: the configured version is 1.6.1.**'] },
  },
  {
    name: 'an ingress-nginx annotation the configured version removed',
    text: `${INGRESS}    nginx.ingress.kubernetes.io/session-cookie-‸hash: sha1\n`,
    settings: { platforms: { 'ingress-nginx': '1.15.1' } },
    expected: { title: '**`nginx.ingress.kubernetes.io/session-cookie-hash`** (ingress-nginx annotation on an Ingress)', span: 'nginx.ingress.kubernetes.io/session-cookie-hash', lines: ['**Gone since ingress-nginx 0.24.0: the configured version is 1.15.1.**'] },
  },
  { name: 'an annotation we know nothing about', text: `${INGRESS}    kubernetes.io/ingress.‸class: nginx\n`, expected: null },
  { name: 'a field with the same name in another object', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  session‸Affinity: ClientIP\n', expected: null },
  { name: 'whitespace between keys', text: `${SERVICE}spec:\n  sessionAffinity: ClientIP   ‸\n  type: ClusterIP\n`, expected: null },
];

interface CompletionCase {
  readonly name: string;
  readonly text: string;
  readonly file?: string;
  readonly settings?: Record<string, unknown>;
  /** Every label offered, in order. */
  readonly labels: readonly string[];
  /** One completion checked whole: its inserted text and the text it replaces. */
  readonly check?: { readonly label: string; readonly insertText: string; readonly replaced: string; readonly detail?: string };
}

const INGRESS_KEYS = ANNOTATION_FACTS.filter((a) => a.on === 'Ingress' && !a.label).map((a) => a.key);
const SERVICE_KEYS = ANNOTATION_FACTS.filter((a) => a.on === 'Service' && !a.label).map((a) => a.key);
const COOKIE_FIELDS = ['name', 'secure', 'httpOnly', 'sameSite', 'maxAge', 'path', 'domain'];

const COMPLETIONS: readonly CompletionCase[] = [
  {
    name: 'annotation keys on an Ingress, replacing what is typed',
    text: `${INGRESS}    nginx.ingress.kubernetes.io/session-c‸\n`,
    labels: INGRESS_KEYS,
    check: { label: 'nginx.ingress.kubernetes.io/session-cookie-secure', insertText: 'nginx.ingress.kubernetes.io/session-cookie-secure: ', replaced: 'nginx.ingress.kubernetes.io/session-c' },
  },
  { name: 'annotation keys on a Service are those read there', text: `${SERVICE}  annotations:\n    ‸\nspec:\n  type: ClusterIP\n`, labels: SERVICE_KEYS },
  { name: 'label keys on a Service', text: `${SERVICE}  labels:\n    app: web\n    ‸\n`, labels: ['istio.io/persistent-session', 'istio.io/persistent-session-header'] },
  {
    name: 'annotation values are offered quoted (annotations are strings)',
    text: `${INGRESS}    nginx.ingress.kubernetes.io/affinity-mode: ‸\n`,
    labels: ['"balanced"', '"persistent"'],
    check: { label: '"persistent"', insertText: '"persistent"', replaced: '' },
  },
  {
    name: 'an annotation value replaces what is typed',
    text: `${INGRESS}    nginx.ingress.kubernetes.io/session-cookie-samesite: "St‸\n`,
    labels: ['"None"', '"Lax"', '"Strict"'],
    check: { label: '"Strict"', insertText: '"Strict"', replaced: '"St' },
  },
  { name: 'Service spec fields', text: `${SERVICE}spec:\n  ports: [{port: 80}]\n  ‸\n`, labels: ['sessionAffinity', 'sessionAffinityConfig', 'externalTrafficPolicy'] },
  {
    name: 'keys already written above and below are not offered again',
    text: `${SERVICE}spec:\n  sessionAffinity: ClientIP\n  ‸\n  externalTrafficPolicy: Local\n  selector:\n    app: web\n`,
    labels: ['sessionAffinityConfig'],
  },
  {
    name: 'annotations already written are not offered again',
    text: `${SERVICE}  annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"\n    ‸\n`,
    labels: SERVICE_KEYS.filter((k) => k !== 'traefik.ingress.kubernetes.io/service.sticky.cookie'),
  },
  { name: 'Service sessionAffinity values', text: `${SERVICE}spec:\n  sessionAffinity: ‸\n`, labels: ['None', 'ClientIP'] },
  {
    name: 'Traefik cookie fields inside an IngressRoute service item (but the name already there)',
    text: 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: i\nspec:\n  routes:\n  - match: Host(`a`)\n    kind: Rule\n    services:\n    - name: web\n      port: 80\n      sticky:\n        cookie:\n          name: srv\n          ‸\n',
    labels: COOKIE_FIELDS.filter((f) => f !== 'name'),
    check: { label: 'secure', insertText: 'secure: ', replaced: '' },
  },
  {
    name: 'sticky and strategy in a TraefikService weighted service',
    text: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: t\nspec:\n  weighted:\n    services:\n    - name: web\n      port: 80\n      ‸\n',
    labels: ['sticky', 'strategy'],
    check: { label: 'strategy', insertText: 'strategy: ', replaced: '' },
  },
  {
    name: 'options the configured Traefik version lacks say so',
    text: 'http:\n  services:\n    web:\n      loadBalancer:\n        sticky:\n          cookie:\n            ‸\n',
    file: 'dynamic.yaml',
    settings: { platforms: { traefik: '3.2' } },
    labels: COOKIE_FIELDS,
    check: { label: 'path', insertText: 'path: ', replaced: '', detail: 'Traefik, default / (not in the configured version)' },
  },
  {
    name: 'Traefik sameSite values in the file provider',
    text: 'http:\n  services:\n    web:\n      loadBalancer:\n        sticky:\n          cookie:\n            sameSite: ‸\n',
    file: 'dynamic.yml',
    labels: ['none', 'lax', 'strict'],
  },
  {
    name: 'the keys of a sequence item itself (but the type already there)',
    text: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  rules:\n  - backendRefs: [{name: web, port: 80}]\n    sessionPersistence:\n      type: Cookie\n      ‸\n',
    labels: ['sessionName', 'absoluteTimeout', 'idleTimeout', 'cookieConfig'],
    check: { label: 'cookieConfig', insertText: 'cookieConfig:', replaced: '' },
  },
  {
    name: 'consistentHash keys in a subset of a DestinationRule',
    text: 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: d\nspec:\n  host: web\n  subsets:\n  - name: v1\n    trafficPolicy:\n      loadBalancer:\n        consistentHash:\n          ‸\n',
    labels: ['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName', 'ringHash', 'maglev', 'minimumRingSize'],
  },
  {
    name: 'the document the cursor is in decides the object',
    text: `${SERVICE}spec:\n  sessionAffinity: None\n---\napiVersion: k8s.nginx.org/v1\nkind: VirtualServer\nmetadata:\n  name: v\nspec:\n  upstreams:\n  - name: tea\n    sessionCookie:\n      ‸\n`,
    labels: ['enable', 'name', 'path', 'expires', 'domain', 'httpOnly', 'secure', 'samesite'],
  },
  {
    name: 'a file with CRLF line ends',
    text: 'apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: web\r\nspec:\r\n  sessionAffinity: ClientIP\r\n  sessionAffinityConfig:\r\n    ‸\r\n',
    labels: ['clientIP'],
  },
  { name: 'nothing in a YAML file that is no manifest', text: 'jobs:\n  build:\n    ‸\n', file: '.github/workflows/ci.yml', labels: [] },
  { name: 'nothing in a comment', text: `${INGRESS}    # nginx.ingress‸\n`, labels: [] },
  { name: 'nothing under a field we know nothing about', text: `${SERVICE}spec:\n  selector:\n    ‸\n`, labels: [] },
  { name: 'nothing in a TOML file', text: '[http.services.web.loadBalancer.sticky.cookie]\n‸\n', file: 'dynamic.toml', labels: [] },
];

describe('manifest hover and completion', () => {
  describe('hover', () => {
    for (const c of HOVERS) {
      it(c.name, async () => {
        const hover = await hoverOf(c.text, c.file, c.settings);
        if (c.expected === null) {
          assert.strictEqual(hover, null);
          return;
        }
        assert.ok(hover, 'a hover');
        const lines = hover.markdown.split('\n');
        assert.deepStrictEqual({ title: lines[0], span: hover.spanText }, { title: c.expected.title, span: c.expected.span });
        for (const line of c.expected.lines) assert.ok(lines.includes(line), `missing line ${JSON.stringify(line)} in:\n${hover.markdown}`);
        for (const re of c.absent ?? []) assert.deepStrictEqual(lines.filter((l) => re.test(l)), []);
        assert.match(lines[lines.length - 1], /^\[.+ documentation\]\(https:\/\/[^)]+\)$/);
      });
    }
  });

  describe('completion', () => {
    for (const c of COMPLETIONS) {
      it(c.name, async () => {
        const items = await completionOf(c.text, c.file, c.settings);
        assert.deepStrictEqual(items.map((i) => i.label), c.labels);
        if (c.check) {
          const item = items.find((i) => i.label === c.check?.label);
          const detail = c.check.detail === undefined ? {} : { detail: item?.detail };
          assert.deepStrictEqual(item && { label: item.label, insertText: item.insertText, replaced: item.replaced, ...detail }, c.check);
        }
      });
    }
  });

  describe('the facts table', () => {
    const keys = [...ANNOTATION_FACTS.map((a) => `${a.label ? 'label' : 'annotation'} ${a.key}`), ...LABEL_FACTS.map((l) => `compose ${l.key}`), ...FIELD_FACTS.flatMap((f) => f.objects.map((o) => `${o} ${f.path}`))];
    it('has one entry per key and place', () => {
      assert.deepStrictEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
    });
    it('links every entry to an https page and says what it does', () => {
      const bad = [...ANNOTATION_FACTS, ...LABEL_FACTS, ...FIELD_FACTS].filter((f) => !/^https:\/\/[^\s]+$/.test(f.docs) || f.what.trim() === '');
      assert.deepStrictEqual(bad, []);
    });
    const required = [
      'nginx.ingress.kubernetes.io/affinity',
      'nginx.ingress.kubernetes.io/session-cookie-max-age',
      'nginx.ingress.kubernetes.io/upstream-hash-by',
      'nginx.org/sticky-cookie-services',
      'traefik.ingress.kubernetes.io/service.sticky.cookie',
      'traefik.ingress.kubernetes.io/service.sticky.cookie.samesite',
      'alb.ingress.kubernetes.io/target-group-attributes',
    ];
    for (const key of required) {
      it(`knows ${key}`, () => {
        assert.ok(ANNOTATION_FACTS.some((a) => a.key === key));
      });
    }
  });
});
