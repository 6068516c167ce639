import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { clientIpAffinity } from '../../../../server/src/rules/k8s/client-ip-affinity';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const service = (spec: string, name = 'web'): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const lb = service('  type: LoadBalancer\n  selector:\n    app: web\n  sessionAffinity: ClientIP # sticky\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 600\n  ports:\n    - port: 80\n');

kindRuleTester(MANIFEST_KIND, clientIpAffinity, {
  valid: [
    { name: 'no affinity', code: service('  sessionAffinity: None\n  selector: {app: web}\n') },
    { name: 'affinity left at its default', code: service('  type: LoadBalancer\n  selector: {app: web}\n') },
    { name: 'a headless Service is not proxied', code: service('  clusterIP: None\n  sessionAffinity: ClientIP\n') },
    { name: 'an ExternalName Service is not proxied', code: service('  type: ExternalName\n  externalName: db.example.com\n  sessionAffinity: ClientIP\n') },
    { name: 'not a core Service', code: 'apiVersion: example.com/v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  sessionAffinity: ClientIP\n' },
    { name: 'silenced with a comment', code: service('  # affinity-lint ignore=k8s/client-ip-affinity -- internal clients with fixed addresses\n  sessionAffinity: ClientIP\n') },
  ],
  invalid: [
    {
      name: 'a ClusterIP Service: warning for public traffic, with the 3 h default',
      code: service('  sessionAffinity: ClientIP\n  selector:\n    app: web\n'),
      errors: [{ line: 6, column: 20, endColumn: 28, severity: 'warning', message: /^Service 'web' 'sessionAffinity: ClientIP' pins clients to a server by IP address: mobile clients .* one server\. A client stays pinned for 3 h after its last connection \(timeoutSeconds defaults to 10800\)\.$/ }],
      output: null,
      suggestions: [{ title: /^Remove affinity: sessionAffinity: None/, output: service('  sessionAffinity: None\n  selector:\n    app: web\n') }],
    },
    {
      name: 'a LoadBalancer Service with the default externalTrafficPolicy: raised to error; both fixes keep comments and other keys',
      code: lb,
      errors: [{ line: 9, severity: 'error', message: /Worse here: with externalTrafficPolicy: Cluster \(the default for type LoadBalancer\) each node keeps its own affinity and source-NATs the request to its own address, so a client that arrives through another node gets another pod\.$/ }],
      output: null,
      suggestions: [
        { title: /^Remove affinity/, output: service('  type: LoadBalancer\n  selector:\n    app: web\n  sessionAffinity: None # sticky\n  ports:\n    - port: 80\n') },
        { title: /^Set externalTrafficPolicy: Local/, output: lb.replace('    - port: 80\n', '    - port: 80\n  externalTrafficPolicy: Local\n') },
      ],
    },
    {
      name: 'externalTrafficPolicy: Cluster written on a NodePort Service; internal traffic is raised from hint to info',
      settings: { traffic: 'internal' },
      code: service('  type: NodePort\n  externalTrafficPolicy: Cluster\n  sessionAffinity: ClientIP\n'),
      errors: [{ line: 8, severity: 'info', message: /acceptable for service-to-service traffic.* Worse here: with externalTrafficPolicy: Cluster each node/ }],
      output: null,
      suggestions: [{ title: /^Set externalTrafficPolicy: Local/, output: service('  type: NodePort\n  externalTrafficPolicy: Local\n  sessionAffinity: ClientIP\n') }],
    },
    {
      name: 'externalTrafficPolicy: Local keeps the traffic profile\'s severity (mobile: error)',
      settings: { traffic: 'mobile' },
      code: service('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  sessionAffinity: "ClientIP"\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 1800}}\n'),
      errors: [{ line: 8, severity: 'error', message: /^Service 'web' 'sessionAffinity: ClientIP' pins clients by IP address, and mobile client IPs change/ }],
      output: null,
      suggestions: [{ title: /^Remove affinity/, output: service('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  sessionAffinity: "None"\n') }],
    },
    {
      name: 'each Service of a multi-document file',
      code: `${service('  sessionAffinity: ClientIP\n', 'a')}---\n${service('  sessionAffinity: ClientIP\n', 'b')}`,
      errors: [{ line: 6, message: /^Service 'a'/ }, { line: 13, message: /^Service 'b'/ }],
      output: null,
    },
  ],
}, { defaultFile: 'service.yaml' });
