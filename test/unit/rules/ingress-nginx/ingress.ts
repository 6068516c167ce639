/**
 * An Ingress for the ingress-nginx rule tables: the annotations given (each `name: value`, written
 * under nginx.ingress.kubernetes.io/) start on line 6, and the paths (one rule, one host) follow.
 */
export function ingress(annotations: readonly string[], paths: readonly string[] = ['/']): string {
  const lines = ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: shop'];
  if (annotations.length) lines.push('  annotations:', ...annotations.map((a) => `    nginx.ingress.kubernetes.io/${a}`));
  lines.push('spec:', '  ingressClassName: nginx', '  rules:', '    - host: shop.example.com', '      http:', '        paths:');
  for (const p of paths) lines.push(`          - path: ${p}`, '            pathType: ImplementationSpecific', '            backend:', '              service:', '                name: shop', '                port:', '                  number: 80');
  return lines.join('\n') + '\n';
}

/** The annotations of a sticky Ingress that every cookie rule accepts, but the one a case leaves out. */
export const HARDENED = ['affinity: "cookie"', 'session-cookie-samesite: "Lax"', 'session-cookie-max-age: "3600"', 'session-cookie-change-on-failure: "true"'];

export function without(name: string): string[] {
  return HARDENED.filter((a) => !a.startsWith(`${name}:`));
}
