/**
 * What the manifest kind knows about each affinity annotation, label and field: what it does, its
 * default, its values, since when, and the upstream page that says so. Hover and completion read
 * this table and nothing else. Sources: ../shared/notes/PLATFORMS.md, each checked against the
 * platform's own documentation or source.
 */

export type FactPlatform = 'kubernetes' | 'ingress-nginx' | 'nginx-ingress' | 'gateway-api' | 'istio' | 'traefik' | 'aws-lbc';

export const PLATFORM_NAMES: Readonly<Record<FactPlatform, string>> = {
  kubernetes: 'Kubernetes',
  'ingress-nginx': 'ingress-nginx',
  'nginx-ingress': 'NGINX Ingress Controller',
  'gateway-api': 'Gateway API',
  istio: 'Istio',
  traefik: 'Traefik',
  'aws-lbc': 'AWS Load Balancer Controller',
};

export interface AffinityFact {
  readonly platform: FactPlatform;
  /** What it does, in a sentence or two. */
  readonly what: string;
  /** The default, as the platform documents it ("not set" when absent means off). */
  readonly default?: string;
  /** The values it takes, as written in the file (completion offers them). */
  readonly values?: readonly string[];
  /** What the value is when there is no closed set: "seconds", "a duration". */
  readonly valueHint?: string;
  readonly since?: string;
  /** The first version of the platform (its `platforms` setting) that has it. */
  readonly minVersion?: string;
  /** The version of the platform that no longer has it. */
  readonly removedIn?: string;
  /** A trap worth knowing. */
  readonly note?: string;
  readonly docs: string;
}

/** An annotation (or a label) on an object's metadata. */
export interface AnnotationFact extends AffinityFact {
  readonly key: string;
  /** The kind of object it belongs on; on another kind it is ignored. */
  readonly on: 'Ingress' | 'Service';
  readonly label?: boolean;
}

/**
 * A field of an object, found by the object (`apiVersion kind`, `<group>/*` for any version, or
 * `traefik-file` for Traefik's file provider) and a path of keys from the object's root: `[]` is
 * any item of a sequence, `*` any one key, `**` any run of keys and items.
 */
export interface FieldFact extends AffinityFact {
  readonly objects: readonly string[];
  readonly path: string;
}

const DOCS = {
  k8sAffinity: 'https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity',
  k8sTrafficPolicy: 'https://kubernetes.io/docs/reference/networking/virtual-ips/#external-traffic-policy',
  ingressNginx: 'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#session-affinity',
  ingressNginxHash: 'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#custom-nginx-upstream-hashing',
  nicAnnotations: 'https://docs.nginx.com/nginx-ingress-controller/configuration/ingress-resources/advanced-configuration-with-annotations/',
  nicSessionCookie: 'https://docs.nginx.com/nginx-ingress-controller/configuration/virtualserver-and-virtualserverroute-resources/#upstreamsessioncookie',
  nicUpstream: 'https://docs.nginx.com/nginx-ingress-controller/configuration/virtualserver-and-virtualserverroute-resources/#upstream',
  gatewayApi: 'https://gateway-api.sigs.k8s.io/reference/spec/#sessionpersistence',
  gatewayCookie: 'https://gateway-api.sigs.k8s.io/reference/spec/#cookieconfig',
  istio: 'https://istio.io/latest/docs/reference/config/networking/destination-rule/#LoadBalancerSettings-ConsistentHashLB',
  istioCookie: 'https://istio.io/latest/docs/reference/config/networking/destination-rule/#LoadBalancerSettings-ConsistentHashLB-HTTPCookie',
  istioPersistent: 'https://github.com/istio/istio/blob/master/pilot/pkg/features/experimental.go',
  traefikSticky: 'https://doc.traefik.io/traefik/reference/routing-configuration/http/load-balancing/service/',
  traefikIngress: 'https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/ingress/',
  albIngress: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-group-attributes',
  albTargetType: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type',
  nlbService: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#target-group-attributes',
} as const;

const BOOL_STRINGS = ['"true"', '"false"'];
const NGINX_INGRESS = 'nginx.ingress.kubernetes.io/';

function ingressNginx(name: string, fact: Omit<AnnotationFact, 'key' | 'on' | 'platform' | 'docs'> & { docs?: string }): AnnotationFact {
  return { platform: 'ingress-nginx', key: NGINX_INGRESS + name, on: 'Ingress', docs: DOCS.ingressNginx, ...fact };
}

const TRAEFIK_SERVICE_ANNOTATION = 'traefik.ingress.kubernetes.io/service.sticky.cookie';

/** Traefik's sticky cookie options: the CRD and file-provider field, its annotation suffix, and what it is. */
const TRAEFIK_COOKIE: readonly (Omit<AffinityFact, 'platform' | 'docs'> & { readonly field: string; readonly suffix: string })[] = [
  { field: 'name', suffix: 'name', what: 'The name of the affinity cookie.', default: 'a generated abbreviation of a SHA-1 hash (e.g. `_1d52e`)', valueHint: 'a cookie name' },
  { field: 'secure', suffix: 'secure', what: 'Adds the `Secure` attribute: the browser sends the cookie only over HTTPS.', default: '`false` (no Secure attribute)', values: ['true', 'false'] },
  { field: 'httpOnly', suffix: 'httponly', what: 'Adds the `HttpOnly` attribute: scripts in the page cannot read the cookie.', default: '`false` (no HttpOnly attribute)', values: ['true', 'false'] },
  {
    field: 'sameSite',
    suffix: 'samesite',
    what: 'The `SameSite` attribute of the cookie.',
    default: 'not set (no SameSite attribute)',
    values: ['none', 'lax', 'strict'],
    since: 'v2.2',
    minVersion: '2.2',
    note: '`none` without `secure` is passed through as is, and browsers reject such a cookie.',
  },
  {
    field: 'maxAge',
    suffix: 'maxage',
    what: 'The `Max-Age` of the cookie, in seconds. A negative value expires it at once.',
    default: '`0`: no Max-Age attribute, so the cookie lasts for the browser session (the docs say it "never expires")',
    valueHint: 'seconds',
    since: 'v3.0',
    minVersion: '3.0',
  },
  { field: 'path', suffix: 'path', what: 'The `Path` attribute of the cookie.', default: '`/`', valueHint: 'a URL path', since: 'v3.3', minVersion: '3.3' },
  { field: 'domain', suffix: 'domain', what: 'The `Domain` attribute of the cookie.', default: 'not set (host-only cookie)', valueHint: 'a domain', since: 'v3.4', minVersion: '3.4' },
];

export const ANNOTATION_FACTS: readonly AnnotationFact[] = [
  ingressNginx('affinity', { what: 'Turns on sticky sessions with an affinity cookie set by the controller.', default: 'not set (no affinity)', values: ['"cookie"'], note: 'With `affinity` set, `upstream-hash-by` on the same Ingress is ignored.' }),
  ingressNginx('affinity-mode', { what: 'How sticky the session is: `balanced` moves some sessions to new pods when scaling, `persistent` never does.', default: '`balanced`', values: ['"balanced"', '"persistent"'] }),
  ingressNginx('affinity-canary-behavior', { what: 'Whether canary routing respects session affinity (`sticky`) or not (`legacy`).', default: '`sticky`', values: ['"sticky"', '"legacy"'] }),
  ingressNginx('session-cookie-name', { what: 'The name of the affinity cookie.', default: '`INGRESSCOOKIE`', valueHint: 'a cookie name' }),
  ingressNginx('session-cookie-secure', { what: 'Marks the cookie `Secure` whatever the protocol of the request.', default: 'not set: `Secure` only on HTTPS requests', values: BOOL_STRINGS, since: '1.0.1', minVersion: '1.0.1' }),
  ingressNginx('session-cookie-path', { what: 'The `Path` of the cookie. Required when the Ingress paths are regular expressions (cookie paths cannot be).', default: 'the matched location path', valueHint: 'a URL path (no regex)', since: '0.21.0', minVersion: '0.21.0' }),
  ingressNginx('session-cookie-domain', { what: 'The `Domain` of the cookie.', default: 'not set (host-only cookie)', valueHint: 'a domain', since: '1.4.0', minVersion: '1.4.0' }),
  ingressNginx('session-cookie-samesite', { what: 'The `SameSite` attribute of the cookie.', default: 'not set (no SameSite attribute)', values: ['"None"', '"Lax"', '"Strict"'], since: '0.29.0', minVersion: '0.29.0', note: '`None` needs `Secure`, or browsers reject the cookie.' }),
  ingressNginx('session-cookie-conditional-samesite-none', { what: 'Leaves `SameSite=None` out for user agents known to mishandle it.', default: '`false`', values: BOOL_STRINGS, since: '0.29.0', minVersion: '0.29.0' }),
  ingressNginx('session-cookie-max-age', { what: 'The `Max-Age` of the cookie, in seconds.', default: 'not set: a browser-session cookie', valueHint: 'seconds, as a string' }),
  ingressNginx('session-cookie-expires', { what: 'The lifetime of the cookie in seconds, sent as a legacy `Expires` date.', default: 'not set: a browser-session cookie', valueHint: 'seconds, as a string' }),
  ingressNginx('session-cookie-change-on-failure', { what: 'When a request to the pinned pod fails, pick another pod and rewrite the cookie instead of retrying the same pod.', default: '`false`', values: BOOL_STRINGS, since: '0.25.0', minVersion: '0.25.0' }),
  ingressNginx('session-cookie-hash', { what: 'Removed in 0.24.0: the cookie value is no longer a configurable hash, and the controller ignores this annotation.', removedIn: '0.24.0' }),
  ingressNginx('upstream-hash-by', {
    what: 'Consistent hashing of requests to pods on an NGINX variable or text (e.g. `$request_uri`).',
    default: 'not set (no hashing)',
    valueHint: 'NGINX variables and text',
    note: '`$remote_addr` is IP affinity; `$http_*`, `$arg_*` and `$cookie_*` hash on values the client chooses.',
    docs: DOCS.ingressNginxHash,
  }),
  ingressNginx('upstream-hash-by-subset', { what: 'Hashes to a subset of pods and balances within it.', default: '`false`', values: BOOL_STRINGS, docs: DOCS.ingressNginxHash }),
  ingressNginx('upstream-hash-by-subset-size', { what: 'The number of pods in each subset of `upstream-hash-by-subset`.', default: '`3`', valueHint: 'a number, as a string', docs: DOCS.ingressNginxHash }),
  {
    platform: 'nginx-ingress',
    key: 'nginx.org/sticky-cookie-services',
    on: 'Ingress',
    what: 'Session persistence with the `sticky cookie` directive, per Service: `serviceName=<svc> <cookie> [expires=time] [domain=domain] [httponly] [secure] [path=path];...`.',
    default: 'not set (no persistence)',
    valueHint: 'one entry per Service, separated by `;`',
    since: 'controller 5.4.0 with NGINX 1.29.6 (open source)',
    minVersion: '5.4.0',
    note: 'NGINX adds neither `HttpOnly` nor `Secure` unless listed. Wins over `nginx.com/sticky-cookie-services` when both are set.',
    docs: DOCS.nicAnnotations,
  },
  {
    platform: 'nginx-ingress',
    key: 'nginx.com/sticky-cookie-services',
    on: 'Ingress',
    what: 'Session persistence with the NGINX Plus `sticky cookie` directive, per Service: `serviceName=<svc> <cookie> [expires=time] [domain=domain] [httponly] [secure] [path=path];...`.',
    default: 'not set (no persistence)',
    valueHint: 'one entry per Service, separated by `;`',
    note: 'NGINX Plus only before controller 5.4.0; `nginx.org/sticky-cookie-services` replaces it.',
    docs: DOCS.nicAnnotations,
  },
  {
    platform: 'nginx-ingress',
    key: 'nginx.org/lb-method',
    on: 'Ingress',
    what: 'The load-balancing method of the upstreams: `round_robin`, `least_conn`, `ip_hash`, `hash <key> [consistent]`, `random ...`.',
    default: "the ConfigMap's `lb-method`",
    values: ['"round_robin"', '"least_conn"', '"ip_hash"', '"hash $request_uri consistent"'],
    note: '`ip_hash` and `hash $remote_addr` are IP affinity; `hash $http_*` hashes on a header the client sets.',
    docs: DOCS.nicAnnotations,
  },
  {
    platform: 'traefik',
    key: TRAEFIK_SERVICE_ANNOTATION,
    on: 'Service',
    what: 'Turns on Traefik sticky sessions for this Service (Kubernetes Ingress provider).',
    default: 'not set (no stickiness)',
    values: BOOL_STRINGS,
    note: 'Goes on the Service, not the Ingress (ignored there); `service.sticky` without `.cookie` does nothing.',
    docs: DOCS.traefikIngress,
  },
  ...TRAEFIK_COOKIE.map(
    (c): AnnotationFact => ({
      platform: 'traefik',
      key: `${TRAEFIK_SERVICE_ANNOTATION}.${c.suffix}`,
      on: 'Service',
      what: c.what,
      default: c.default,
      values: c.values?.map((v) => `"${v}"`),
      valueHint: c.valueHint,
      since: c.since,
      minVersion: c.minVersion,
      note: c.note,
      docs: DOCS.traefikIngress,
    }),
  ),
  {
    platform: 'aws-lbc',
    key: 'alb.ingress.kubernetes.io/target-group-attributes',
    on: 'Ingress',
    what: 'ALB target group attributes as `key=value` pairs; stickiness: `stickiness.enabled`, `stickiness.type` (`lb_cookie`, `app_cookie`), `stickiness.lb_cookie.duration_seconds`, `stickiness.app_cookie.cookie_name`, `stickiness.app_cookie.duration_seconds`.',
    default: 'stickiness off; durations 86400 s when on',
    values: ['"stickiness.enabled=true,stickiness.type=lb_cookie,stickiness.lb_cookie.duration_seconds=86400"'],
    valueHint: 'comma-separated `key=value`; durations 1-604800 seconds',
    note: 'The controller documents that stickiness requires `alb.ingress.kubernetes.io/target-type: ip`: with `instance` (the default) the ALB sticks to a node and kube-proxy spreads the requests over the pods again. Misspelled keys are not reported.',
    docs: DOCS.albIngress,
  },
  {
    platform: 'aws-lbc',
    key: 'alb.ingress.kubernetes.io/target-type',
    on: 'Ingress',
    what: 'How the ALB reaches the pods: `instance` through a NodePort on every node, `ip` straight to the pod IPs.',
    default: '`instance`',
    values: ['"ip"', '"instance"'],
    note: 'Sticky sessions hold only with `ip`.',
    docs: DOCS.albTargetType,
  },
  {
    platform: 'aws-lbc',
    key: 'service.beta.kubernetes.io/aws-load-balancer-target-group-attributes',
    on: 'Service',
    what: 'NLB target group attributes as `key=value` pairs; stickiness: `stickiness.enabled=true,stickiness.type=source_ip`.',
    default: 'stickiness off',
    values: ['"stickiness.enabled=true,stickiness.type=source_ip"'],
    valueHint: 'comma-separated `key=value`',
    note: '`source_ip` is IP affinity: every client behind one NAT lands on one target.',
    docs: DOCS.nlbService,
  },
  {
    platform: 'istio',
    key: 'istio.io/persistent-session',
    on: 'Service',
    label: true,
    what: 'Strong session affinity through the named cookie (Envoy stateful sessions), instead of consistent hashing.',
    default: 'not set',
    valueHint: 'a cookie name',
    note: 'Needs istiod with `PILOT_ENABLE_PERSISTENT_SESSION_FILTER=true` (off by default); istiod can rename the label (`PILOT_PERSISTENT_SESSION_LABEL`, `PILOT_PERSISTENT_SESSION_HEADER_LABEL`).',
    docs: DOCS.istioPersistent,
  },
  {
    platform: 'istio',
    key: 'istio.io/persistent-session-header',
    on: 'Service',
    label: true,
    what: 'Strong session affinity through the named header (Envoy stateful sessions).',
    default: 'not set',
    valueHint: 'a header name',
    note: 'Needs istiod with `PILOT_ENABLE_PERSISTENT_SESSION_FILTER=true` (off by default); istiod can rename the label (`PILOT_PERSISTENT_SESSION_LABEL`, `PILOT_PERSISTENT_SESSION_HEADER_LABEL`).',
    docs: DOCS.istioPersistent,
  },
];

const SERVICE = ['v1 Service'];
const ROUTES = ['gateway.networking.k8s.io/* HTTPRoute', 'gateway.networking.k8s.io/* GRPCRoute'];
const POLICIES = ['gateway.networking.x-k8s.io/* XBackendTrafficPolicy', 'gateway.networking.k8s.io/* BackendLBPolicy'];
const DESTINATION_RULE = ['networking.istio.io/* DestinationRule'];
const INGRESS_ROUTE = ['traefik.io/* IngressRoute', 'traefik.containo.us/* IngressRoute'];
const TRAEFIK_SERVICE = ['traefik.io/* TraefikService', 'traefik.containo.us/* TraefikService'];
/** Where a Traefik load balancer (the holder of `sticky` and `strategy`) stands. */
const TRAEFIK_BALANCERS: readonly { readonly objects: readonly string[]; readonly at: string }[] = [
  { objects: INGRESS_ROUTE, at: 'spec.routes.[].services.[]' },
  { objects: TRAEFIK_SERVICE, at: 'spec.weighted' },
  { objects: TRAEFIK_SERVICE, at: 'spec.weighted.services.[]' },
  { objects: TRAEFIK_SERVICE, at: 'spec.mirroring' },
  { objects: ['traefik-file'], at: 'http.services.*.loadBalancer' },
  { objects: ['traefik-file'], at: 'http.services.*.weighted' },
];
const VIRTUAL_SERVER = ['k8s.nginx.org/* VirtualServer', 'k8s.nginx.org/* VirtualServerRoute'];

/** The same facts under a route rule (HTTPRoute, GRPCRoute) and under a policy's spec. */
function sessionPersistence(rest: string, fact: Omit<FieldFact, 'objects' | 'path' | 'platform' | 'docs'> & { docs?: string }): FieldFact[] {
  const tail = rest ? `.${rest}` : '';
  const base = { platform: 'gateway-api' as const, docs: DOCS.gatewayApi, ...fact };
  return [
    { ...base, objects: ROUTES, path: `spec.rules.[].sessionPersistence${tail}` },
    { ...base, objects: POLICIES, path: `spec.sessionPersistence${tail}` },
  ];
}

function istio(rest: string, fact: Omit<FieldFact, 'objects' | 'path' | 'platform' | 'docs'> & { docs?: string }): FieldFact {
  return { platform: 'istio', docs: DOCS.istio, objects: DESTINATION_RULE, path: `spec.**.loadBalancer.consistentHash${rest ? `.${rest}` : ''}`, ...fact };
}

function traefikSticky(rest: string, fact: Omit<FieldFact, 'objects' | 'path' | 'platform' | 'docs'>): FieldFact[] {
  const tail = rest ? `.${rest}` : '';
  return TRAEFIK_BALANCERS.map((b) => ({ platform: 'traefik', docs: DOCS.traefikSticky, ...fact, objects: b.objects, path: `${b.at}.sticky${tail}` }));
}

function virtualServer(rest: string, fact: Omit<FieldFact, 'objects' | 'path' | 'platform' | 'docs'> & { docs?: string }): FieldFact {
  return { platform: 'nginx-ingress', docs: DOCS.nicSessionCookie, objects: VIRTUAL_SERVER, path: `spec.upstreams.[].${rest}`, ...fact };
}

export const FIELD_FACTS: readonly FieldFact[] = [
  {
    platform: 'kubernetes',
    objects: SERVICE,
    path: 'spec.sessionAffinity',
    what: '`ClientIP` sends each client IP to the same pod (kube-proxy); there is no cookie mode.',
    default: '`None`',
    values: ['None', 'ClientIP'],
    note: 'Behind NAT, a load balancer or a mobile network many clients share one IP; `externalTrafficPolicy: Cluster` source-NATs them to node IPs.',
    docs: DOCS.k8sAffinity,
  },
  { platform: 'kubernetes', objects: SERVICE, path: 'spec.sessionAffinityConfig', what: 'Settings of `ClientIP` affinity. The API server rejects it when `sessionAffinity` is `None`.', docs: DOCS.k8sAffinity },
  { platform: 'kubernetes', objects: SERVICE, path: 'spec.sessionAffinityConfig.clientIP', what: 'Settings of `ClientIP` affinity.', docs: DOCS.k8sAffinity },
  {
    platform: 'kubernetes',
    objects: SERVICE,
    path: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
    what: 'How long a client IP stays with its pod after its last connection.',
    default: '`10800` (3 hours)',
    valueHint: 'seconds, 1-86400',
    since: 'Kubernetes 1.8',
    minVersion: '1.8',
    note: 'Not supported on Windows nodes.',
    docs: DOCS.k8sAffinity,
  },
  {
    platform: 'kubernetes',
    objects: SERVICE,
    path: 'spec.externalTrafficPolicy',
    what: '`Cluster` spreads external traffic over all nodes and source-NATs it; `Local` keeps the client IP and only uses pods on the receiving node.',
    default: '`Cluster`',
    values: ['Cluster', 'Local'],
    note: 'With `Cluster`, `ClientIP` affinity sees node IPs instead of clients.',
    docs: DOCS.k8sTrafficPolicy,
  },
  ...sessionPersistence('', { what: 'Session persistence for the backends of this rule (GEP-1619, experimental channel).', since: 'v1.1 (experimental)', minVersion: '1.1' }),
  ...sessionPersistence('sessionName', { what: 'The name of the cookie or header that carries the session.', default: 'chosen by the implementation', valueHint: 'up to 128 characters' }),
  ...sessionPersistence('type', { what: 'Whether the session travels in a cookie or a header.', default: '`Cookie`', values: ['Cookie', 'Header'] }),
  ...sessionPersistence('absoluteTimeout', { what: 'How long a session lasts at most; for a `Permanent` cookie, its lifetime.', default: 'not set', valueHint: 'a Gateway API duration, e.g. `1h`, `30m`' }),
  ...sessionPersistence('idleTimeout', { what: 'How long a session may be idle before it ends.', default: 'not set', valueHint: 'a Gateway API duration', note: 'Removed in Gateway API v1.6.', removedIn: '1.6' }),
  ...sessionPersistence('cookieConfig', { what: 'Settings of cookie-based persistence.', docs: DOCS.gatewayCookie }),
  ...sessionPersistence('cookieConfig.lifetimeType', {
    what: '`Session`: the cookie ends with the browser session; `Permanent`: it gets `Expires`/`Max-Age` from `absoluteTimeout`, which is then required.',
    default: '`Session`',
    values: ['Session', 'Permanent'],
    docs: DOCS.gatewayCookie,
  }),
  istio('', { what: 'Consistent-hash load balancing ("soft" affinity): a hash of the key picks the pod.', note: 'Affinity is lost for some clients whenever pods are added or removed.' }),
  istio('httpHeaderName', { what: 'Hashes on the value of this request header.', valueHint: 'a header name', note: 'The client sets the header, so it chooses its pod.' }),
  istio('httpCookie', { what: 'Hashes on this cookie; the proxy generates it when `ttl` is set.', docs: DOCS.istioCookie }),
  istio('httpCookie.name', { what: 'The name of the cookie.', valueHint: 'a cookie name (required)', docs: DOCS.istioCookie }),
  istio('httpCookie.path', { what: 'The `Path` of the generated cookie.', valueHint: 'a URL path', docs: DOCS.istioCookie }),
  istio('httpCookie.ttl', {
    what: 'The lifetime of the generated cookie; `0s` makes a session cookie.',
    default: 'not set: no cookie is generated, so clients without it get no affinity',
    valueHint: 'a duration, e.g. `3600s`',
    docs: DOCS.istioCookie,
  }),
  istio('httpCookie.attributes', { what: 'Extra attributes of the generated cookie (`{name, value}`, e.g. `SameSite`, `Secure`).', default: 'none: only `Max-Age`, `Path` and `HttpOnly`', since: 'Istio 1.28', minVersion: '1.28', docs: DOCS.istioCookie }),
  istio('useSourceIp', { what: 'Hashes on the source IP address.', default: '`false`', values: ['true', 'false'], note: 'IP affinity: clients behind one NAT share a pod.' }),
  istio('httpQueryParameterName', { what: 'Hashes on the value of this query parameter.', valueHint: 'a parameter name', note: 'The client sets the parameter, so it chooses its pod.' }),
  istio('ringHash', { what: 'The ring hash algorithm (the default).' }),
  istio('ringHash.minimumRingSize', { what: 'The minimum number of virtual nodes on the ring.', default: '`1024`', valueHint: 'a number' }),
  istio('maglev', { what: 'The Maglev algorithm.', since: 'Istio 1.16', minVersion: '1.16' }),
  istio('maglev.tableSize', { what: 'The size of the Maglev lookup table (a prime).', default: '`65537`', valueHint: 'a prime number' }),
  istio('minimumRingSize', { what: 'Deprecated: use `ringHash.minimumRingSize`.', default: '`1024`', valueHint: 'a number' }),
  ...traefikSticky('', { what: 'Sticky sessions for this load balancer: the client keeps its server through a cookie.', note: 'With nested load balancers, set it at every level (one cookie per level).' }),
  ...traefikSticky('cookie', { what: 'The sticky cookie and its attributes.' }),
  ...TRAEFIK_COOKIE.flatMap((c) => traefikSticky(`cookie.${c.field}`, { what: c.what, default: c.default, values: c.values, valueHint: c.valueHint, since: c.since, minVersion: c.minVersion, note: c.note })),
  ...['spec.routes.[].services.[]', 'spec.weighted.services.[]', 'http.services.*.loadBalancer'].map(
    (at): FieldFact => ({
      platform: 'traefik',
      objects: at.startsWith('http.') ? ['traefik-file'] : at.startsWith('spec.routes') ? INGRESS_ROUTE : TRAEFIK_SERVICE,
      path: `${at}.strategy`,
      what: 'The load-balancing strategy: `wrr` (weighted round robin), `p2c` (power of two choices), `hrw` (highest random weight on the client IP), `leasttime`.',
      default: '`wrr`',
      values: ['wrr', 'p2c', 'hrw', 'leasttime'],
      note: '`hrw` is IP affinity (since v3.6).',
      docs: DOCS.traefikSticky,
    }),
  ),
  virtualServer('sessionCookie', { what: 'Session persistence with the `sticky cookie` directive for this upstream.', since: 'controller 1.6 (NGINX Plus); 5.4 with NGINX 1.29.6 (open source)' }),
  virtualServer('sessionCookie.enable', { what: 'Turns session persistence on.', default: '`false`', values: ['true', 'false'] }),
  virtualServer('sessionCookie.name', { what: 'The name of the cookie.', valueHint: 'a cookie name (required)' }),
  virtualServer('sessionCookie.path', { what: 'The `Path` of the cookie.', default: 'not set', valueHint: 'a URL path' }),
  virtualServer('sessionCookie.expires', { what: 'The lifetime of the cookie (an NGINX time, or `max`).', default: 'not set: a browser-session cookie', valueHint: 'e.g. `1h`, `max`' }),
  virtualServer('sessionCookie.domain', { what: 'The `Domain` of the cookie.', default: 'not set (host-only cookie)', valueHint: 'a domain' }),
  virtualServer('sessionCookie.httpOnly', { what: 'Adds the `HttpOnly` attribute.', default: '`false`', values: ['true', 'false'] }),
  virtualServer('sessionCookie.secure', { what: 'Adds the `Secure` attribute.', default: '`false`', values: ['true', 'false'] }),
  virtualServer('sessionCookie.samesite', { what: 'The `SameSite` attribute of the cookie.', default: 'not set (no SameSite attribute)', values: ['strict', 'lax', 'none'], since: 'controller 3.2', minVersion: '3.2' }),
  virtualServer('lb-method', {
    what: 'The load-balancing method of this upstream: `round_robin`, `least_conn`, `ip_hash`, `hash <key> [consistent]`, `random ...`.',
    default: "the ConfigMap's `lb-method`",
    values: ['round_robin', 'least_conn', 'ip_hash'],
    note: '`ip_hash` and `hash $remote_addr` are IP affinity.',
    docs: DOCS.nicUpstream,
  }),
];

/** Traefik's sticky labels for docker and compose: `<service>` is any service name. */
export const LABEL_FACTS: readonly (AffinityFact & { readonly key: string })[] = [
  { platform: 'traefik', key: 'traefik.http.services.<service>.loadbalancer.sticky.cookie', what: 'Turns on sticky sessions for this Traefik service.', default: 'not set (no stickiness)', values: ['true'], docs: DOCS.traefikSticky },
  {
    platform: 'traefik',
    key: 'traefik.http.services.<service>.loadbalancer.sticky',
    what: "The sticky section of the service's load balancer; its `cookie` option (`...sticky.cookie=true`) is what turns stickiness on.",
    docs: DOCS.traefikSticky,
  },
  ...['sticky', 'stickiness', 'stickiness.cookiename'].map((old) => ({
    platform: 'traefik' as const,
    key: `traefik.backend.loadbalancer.${old}`,
    what: 'A Traefik v1 label: Traefik v2 and later ignore it. Use `traefik.http.services.<service>.loadbalancer.sticky.cookie=true` (and `.sticky.cookie.name`).',
    docs: DOCS.traefikSticky,
  })),
  ...TRAEFIK_COOKIE.map((c) => ({
    platform: 'traefik' as const,
    key: `traefik.http.services.<service>.loadbalancer.sticky.cookie.${c.suffix}`,
    what: c.what,
    default: c.default,
    values: c.values,
    valueHint: c.valueHint,
    since: c.since,
    minVersion: c.minVersion,
    note: c.note,
    docs: DOCS.traefikSticky,
  })),
];
