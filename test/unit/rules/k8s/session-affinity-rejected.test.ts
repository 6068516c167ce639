import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { sessionAffinityRejected } from '../../../../server/src/rules/k8s/session-affinity-rejected';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const service = (spec: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec}`;

kindRuleTester(MANIFEST_KIND, sessionAffinityRejected, {
  valid: [
    { name: 'ClientIP with a timeout in range', code: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 86400\n') },
    { name: 'ClientIP without a config (defaulted to 10800)', code: service('  sessionAffinity: ClientIP\n') },
    { name: 'None without a config', code: service('  sessionAffinity: None\n') },
    { name: 'an empty sessionAffinityConfig: is no config', code: service('  sessionAffinity: None\n  sessionAffinityConfig:\n') },
    { name: 'a Helm expression is judged once rendered', code: service('  sessionAffinity: {{ .Values.affinity }}\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: {{ .Values.timeout }}\n') },
  ],
  invalid: [
    {
      name: 'sessionAffinityConfig with None written: removing it is safe',
      code: service('  sessionAffinity: None\n  # how long clients stick\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 3600\n  ports:\n    - port: 80\n'),
      errors: [{ line: 8, column: 3, endColumn: 24, message: /^Service 'web' sets sessionAffinityConfig while sessionAffinity is None: the API server refuses the Service \("must not be set when session affinity is None"\)\. Remove sessionAffinityConfig\.$/ }],
      output: service('  sessionAffinity: None\n  # how long clients stick\n  ports:\n    - port: 80\n'),
    },
    {
      name: 'sessionAffinityConfig without sessionAffinity: two suggestions, none applied unread',
      code: service('  selector: {app: web}\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}\n'),
      errors: [{ line: 7, message: /while sessionAffinity is not set \(None\).*or set sessionAffinity: ClientIP if client-IP affinity is what you meant\.$/ }],
      output: null,
      suggestions: [
        { title: /^Remove sessionAffinityConfig$/, output: service('  selector: {app: web}\n') },
        { title: /^Use the config: sessionAffinity: ClientIP$/, output: service('  selector: {app: web}\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}\n  sessionAffinity: ClientIP\n') },
      ],
    },
    {
      name: 'timeoutSeconds over a day',
      code: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 604800\n'),
      errors: [{ line: 9, column: 23, endColumn: 29, message: /timeoutSeconds: 604800 is outside 1\.\.86400: the API server refuses the Service .* use 86400 at most\.$/ }],
      output: null,
      suggestions: [{ title: /^Set timeoutSeconds: 86400$/, output: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 86400\n') }],
    },
    {
      name: 'timeoutSeconds 0',
      code: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 0\n'),
      errors: [{ line: 9, message: /timeoutSeconds: 0 is outside 1\.\.86400.*Use a positive number of seconds \(10800 is the default\)\.$/ }],
      output: null,
      suggestions: [{ title: /^Set timeoutSeconds: 10800$/, output: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 10800\n') }],
    },
    {
      name: 'timeoutSeconds quoted: unquoting keeps the number',
      code: service("  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: '600'\n"),
      errors: [{ line: 9, message: /timeoutSeconds: '600' is not an integer: the API server refuses the Service \(timeoutSeconds is an int32\)\. Write it unquoted: 600\.$/ }],
      output: service('  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 600\n'),
    },
    {
      name: 'a value in the wrong case',
      code: service('  sessionAffinity: clientIP\n'),
      errors: [{ line: 6, column: 20, message: /sessionAffinity: clientIP is not supported: the API server refuses the Service \(the values are None and ClientIP, case matters\)\. Write ClientIP\.$/ }],
      output: service('  sessionAffinity: ClientIP\n'),
    },
    {
      name: 'a value that is no affinity at all',
      code: service('  sessionAffinity: Cookie\n'),
      errors: [{ line: 6, message: /sessionAffinity: Cookie is not supported/ }],
      output: null,
    },
  ],
}, { defaultFile: 'service.yaml' });
