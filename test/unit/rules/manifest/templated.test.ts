import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { manifestTemplated } from '../../../../server/src/rules/manifest/templated';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

/** A Service template whose `{{ if }}` moves a list item: masked, the YAML still cannot be read. */
const BROKEN_SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  sessionAffinity: ClientIP\n  ports:\n  {{- if .Values.http }}\n    - name: http\n  {{- end }}\n  - name: https\n';

kindRuleTester(MANIFEST_KIND, manifestTemplated, {
  valid: [
    { name: 'a Helm template that reads once its actions are masked', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include "labels" . | nindent 4 }}\nspec:\n  sessionAffinity: {{ .Values.affinity }}\n' },
    { name: 'a skipped template without affinity settings (only a note)', code: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: 1\n  {{- if .x }}\n    - b\n  {{- end }}\n  - c\n' },
    { name: 'YAML that cannot be read without any template is manifest/syntax, not this', code: 'apiVersion: v1\nkind: Service\nspec: {sessionAffinity: ClientIP\n' },
  ],
  invalid: [
    {
      name: 'a Service template with sessionAffinity that cannot be read',
      code: BROKEN_SERVICE,
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 18, severity: 'info', message: /^Document 1 was not checked: with its template actions \(\{\{ \}\}\) masked it still cannot be read, so its affinity settings \(`sessionAffinity`\) are unchecked\. Lint the rendered manifests \(`helm template`\) to check them\.$/ }],
      output: null,
    },
    {
      name: 'the second document of a file, pointing at its sticky setting',
      code: `apiVersion: v1\nkind: ConfigMap\n---\n${BROKEN_SERVICE.replace('sessionAffinity: ClientIP', 'annotations:\n    traefik.ingress.kubernetes.io/service.sticky.cookie: "true"')}`,
      errors: [{ line: 10, column: 43, severity: 'info', message: /^Document 2 was not checked: .*\(`sticky`\)/ }],
      output: null,
    },
  ],
}, { defaultFile: 'templates/service.yaml' });
