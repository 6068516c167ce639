import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { traefikHrwStrategy } from '../../../../server/src/rules/traefik/hrw-strategy';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const DYNAMIC = 'http:\n  services:\n    api:\n      loadBalancer:\n        strategy: hrw\n        servers:\n          - url: http://api-1:8080\n          - url: http://api-2:8080\n';

kindRuleTester(MANIFEST_KIND, traefikHrwStrategy, {
  valid: [
    { name: 'wrr', file: 'dynamic.yml', code: DYNAMIC.replace('hrw', 'wrr') },
    { name: 'p2c label', file: 'compose.yml', code: 'services:\n  a:\n    image: a\n    labels: {traefik.http.services.a.loadbalancer.strategy: p2c}\n' },
  ],
  invalid: [
    {
      name: 'file provider strategy: hrw, public traffic: a warning at the value',
      file: 'dynamic.yml',
      code: DYNAMIC,
      errors: [{ line: 5, column: 19, severity: 'warning', message: /^strategy: hrw \(service api\) pins clients to a server by IP address: .*behind another proxy or load balancer every client has that proxy's address.*remote address, not X-Forwarded-For/ }],
      output: null,
    },
    {
      name: 'mobile traffic: an error',
      file: 'dynamic.yml',
      code: DYNAMIC,
      settings: { traffic: 'mobile' },
      errors: [{ line: 5, severity: 'error', message: /mobile client IPs change/ }],
      output: null,
    },
    {
      name: 'internal traffic: a hint; a label and a TraefikService highestRandomWeight',
      file: 'all.yaml',
      settings: { traffic: 'internal' },
      code: 'apiVersion: traefik.io/v1alpha1\nkind: TraefikService\nmetadata:\n  name: spread\nspec:\n  highestRandomWeight:\n    services:\n      - name: a\n        port: 80\n      - name: b\n        port: 80\n        strategy: HRW\n',
      errors: [
        { line: 6, severity: 'hint', message: /^highestRandomWeight \(TraefikService spread\)/ },
        { line: 12, severity: 'hint', message: /^strategy: HRW/ },
      ],
      output: null,
    },
    {
      name: 'compose label',
      file: 'compose.yml',
      code: 'services:\n  a:\n    image: a\n    labels:\n      - "traefik.http.services.a.loadbalancer.strategy=hrw"\n',
      errors: [{ line: 5, column: 56, message: /^traefik\.http\.services\.a\.loadbalancer\.strategy=hrw \(compose service a\)/ }],
      output: null,
    },
    {
      name: 'TOML strategy = "hrw"',
      file: 'dynamic.toml',
      code: '[http.services.api.loadBalancer]\n  strategy = "hrw"\n',
      errors: [{ line: 2, column: 14, message: /^strategy = "hrw" \(service api\)/ }],
      output: null,
    },
  ],
}, { defaultFile: 'manifest.yaml' });
