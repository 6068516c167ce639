/**
 * Manifests for the nginx-ingress rule tables. `virtualServer(fields)`: one upstream whose
 * `sessionCookie:` key stands on line 11 (after any extra upstream fields), its fields below it. `stickyIngress(value)`: the
 * sticky-cookie-services value on line 6, double-quoted.
 */
export function virtualServer(cookie: readonly string[], upstream: readonly string[] = []): string {
  const lines = ['apiVersion: k8s.nginx.org/v1', 'kind: VirtualServer', 'metadata:', '  name: cafe', 'spec:', '  host: cafe.example.com', '  upstreams:', '    - name: tea', '      service: tea-svc', '      port: 80', ...upstream.map((u) => `      ${u}`)];
  if (cookie.length) lines.push('      sessionCookie:', ...cookie.map((c) => `        ${c}`));
  lines.push('  routes:', '    - path: /tea', '      action:', '        pass: tea');
  return lines.join('\n') + '\n';
}

/** Every attribute the cookie rules ask for, but the one a case leaves out. */
export const HARDENED_COOKIE = ['enable: true', 'name: srv_id', 'path: /', 'expires: 1h', 'httpOnly: true', 'secure: true', 'samesite: lax'];

export function cookieWithout(field: string): string[] {
  return HARDENED_COOKIE.filter((c) => !c.startsWith(`${field}:`));
}

export function stickyIngress(value: string, key = 'nginx.org/sticky-cookie-services'): string {
  return ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: cafe', '  annotations:', `    ${key}: ${JSON.stringify(value)}`, 'spec:', '  ingressClassName: nginx', '  rules:', '    - host: cafe.example.com'].join('\n') + '\n';
}

export const HARDENED_ENTRY = 'serviceName=tea-svc srv_id expires=1h path=/ httponly secure samesite=lax';
