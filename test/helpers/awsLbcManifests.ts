/** Manifests the aws-lbc rule tables share: an ALB Ingress and an NLB Service with given annotations. */
export const ingress = (annotations: string, service = 'web'): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\n${annotations}spec:\n  ingressClassName: alb\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ${service}\n                port:\n                  number: 80\n`;

export const nlbService = (annotations: string, spec = ''): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: tcp\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n${annotations}spec:\n  type: LoadBalancer\n${spec}  ports:\n    - port: 443\n`;

export const backendService = (annotations: string, name = 'web'): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  annotations:\n${annotations}spec:\n  type: NodePort\n`;
