import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { annotationNotString } from '../../../../server/src/rules/k8s/annotation-not-string';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const ingress = (annotations: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n${annotations}spec:\n  ingressClassName: nginx\n`;

kindRuleTester(MANIFEST_KIND, annotationNotString, {
  valid: [
    { name: 'quoted booleans and numbers', code: ingress('    nginx.ingress.kubernetes.io/affinity: cookie\n    nginx.ingress.kubernetes.io/session-cookie-secure: "true"\n    nginx.ingress.kubernetes.io/session-cookie-max-age: \'3600\'\n') },
    { name: 'a string that only looks typed to YAML 1.2 readers stays a string to YAML 1.1 too (1e5, a date)', code: ingress('    a: 1e5\n    b: 2024-01-02\n    c: 1.2.3\n') },
    { name: 'a value tagged !!str', code: ingress('    nginx.ingress.kubernetes.io/session-cookie-secure: !!str true\n') },
    { name: 'a block scalar', code: ingress('    nginx.ingress.kubernetes.io/configuration-snippet: |\n      more_set_headers "X: 1";\n') },
    { name: 'an empty value reads as an empty string', code: ingress('    a:\n    b: ~\n') },
    { name: 'a Helm expression is judged once rendered', code: ingress('    a: {{ .Values.secure }}\n') },
    { name: 'a Kustomization is read by kustomize into typed fields, not sent to the API server', code: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata:\n  name: base\n  annotations:\n    config.kubernetes.io/local-config: true\nresources:\n  - service.yaml\n' },
    { name: 'labels are not annotations', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    tier: "1"\n' },
  ],
  invalid: [
    {
      name: 'session-cookie-secure: true unquoted',
      code: ingress('    nginx.ingress.kubernetes.io/affinity: cookie\n    nginx.ingress.kubernetes.io/session-cookie-secure: true # keep\n'),
      errors: [{ line: 7, column: 56, endColumn: 60, message: /^Annotation 'nginx\.ingress\.kubernetes\.io\/session-cookie-secure' is a boolean \(`true`\), not a string: kubectl, Helm and the API server refuse the whole Ingress .*Quote it: "true"\.$/ }],
      output: ingress('    nginx.ingress.kubernetes.io/affinity: cookie\n    nginx.ingress.kubernetes.io/session-cookie-secure: "true" # keep\n'),
    },
    {
      name: 'YAML 1.1 booleans (yes, on) and numbers, in a flow map too',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations: {a: yes, b: 8080, c: 0.5, d: "ok"}\n',
      errors: [
        { line: 5, column: 20, message: /is a boolean \(`yes`, a boolean to the YAML 1\.1 reader of kubectl and Helm\)/ },
        { line: 5, column: 28, message: /is a number \(`8080`\)/ },
        { line: 5, column: 37, message: /is a number \(`0\.5`\)/ },
      ],
      output: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations: {a: "yes", b: "8080", c: "0.5", d: "ok"}\n',
    },
    {
      name: 'a pod template annotation in a Deployment, in the second document; an anchored value once',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    metadata:\n      annotations:\n        a: &on on\n        b: *on\n',
      errors: [{ line: 14, column: 16, message: /refuse the whole Deployment/ }],
      output: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    metadata:\n      annotations:\n        a: &on "on"\n        b: *on\n',
    },
    {
      name: 'a map as a value has no safe fix',
      code: ingress('    alb.ingress.kubernetes.io/actions.forward:\n      type: forward\n'),
      errors: [{ line: 7, column: 7, message: /is a map, not a string.*Write the value as one quoted string/ }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
