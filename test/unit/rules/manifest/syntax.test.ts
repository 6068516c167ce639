import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { manifestSyntax } from '../../../../server/src/rules/manifest/syntax';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

kindRuleTester(MANIFEST_KIND, manifestSyntax, {
  valid: [
    { name: 'a Service that reads', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  sessionAffinity: None\n' },
    { name: 'broken YAML with nothing our rules read is not our business', code: 'jobs:\n  build: [\n' , file: '.github/workflows/ci.yml' },
    { name: 'a Traefik TOML file that reads', file: 'dynamic.toml', code: '[http.services.app.loadBalancer.sticky.cookie]\n  name = "lb"\n' },
    { name: 'broken TOML that is not Traefik dynamic configuration (a Cargo.toml)', file: 'Cargo.toml', code: '[package]\nname = affinity\n' },
    { name: 'two documents, comments and anchors', code: '# a\napiVersion: v1\nkind: Service\nmetadata: &m\n  name: web\n---\napiVersion: v1\nkind: Service\nmetadata: *m\n' },
  ],
  invalid: [
    {
      name: 'a flow map never closed in a Service',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec: {sessionAffinity: ClientIP\n',
      errors: [{ line: 6, severity: 'error' }],
      output: null,
    },
    {
      name: 'a tab used for indentation in a compose file',
      file: 'compose.yaml',
      code: 'services:\n  web:\n    image: app\n\tlabels: []\n',
      errors: [{ line: 4, message: /tab/i }],
      output: null,
    },
    {
      name: 'a string without quotes in a Traefik TOML file',
      file: 'traefik/dynamic.toml',
      code: '[http.services.app.loadBalancer.sticky.cookie]\n  name = lb\n  secure = true\n',
      errors: [{ line: 2, column: 10, message: /^Not a TOML value: lb \(a string needs quotes\)$/, severity: 'error' }],
      output: null,
    },
  ],
}, { defaultFile: 'service.yaml' });
