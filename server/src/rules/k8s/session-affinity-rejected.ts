import type { ManifestModel, MScalar } from '../../manifest/model';
import { pairOf, scalarAt, textOf } from '../../manifest/model';
import { removePair, replaceScalar, setScalar } from '../../manifest/edits';
import type { Fix, KindRule } from '../types';
import { DEFAULT_CLIENT_IP_TIMEOUT } from './client-ip-affinity';
import { isTemplated, servicesOf, specOf } from './objects';
import { yaml11Type } from './yaml11';

/** MaxClientIPServiceAffinitySeconds (pkg/apis/core/types.go): one day. */
export const MAX_CLIENT_IP_TIMEOUT = 86400;

const AFFINITIES = ['None', 'ClientIP'];

/** The value of `timeoutSeconds` as the API server decodes it (an int32), or why it cannot. */
function timeoutProblem(node: MScalar): { message: string; fixes: Fix[] } | null {
  const written = node.raw;
  if (node.style === 'plain' && yaml11Type(written) === 'int') {
    const n = Number(written.replace(/_/g, ''));
    if (n >= 1 && n <= MAX_CLIENT_IP_TIMEOUT) return null;
    const to = n > MAX_CLIENT_IP_TIMEOUT ? MAX_CLIENT_IP_TIMEOUT : DEFAULT_CLIENT_IP_TIMEOUT;
    return {
      message: `sessionAffinityConfig.clientIP.timeoutSeconds: ${written} is outside 1..${MAX_CLIENT_IP_TIMEOUT}: the API server refuses the Service ("must be greater than 0 and less than ${MAX_CLIENT_IP_TIMEOUT}"). ${n > MAX_CLIENT_IP_TIMEOUT ? `Affinity cannot last longer than a day; use ${MAX_CLIENT_IP_TIMEOUT} at most.` : `Use a positive number of seconds (${DEFAULT_CLIENT_IP_TIMEOUT} is the default).`}`,
      fixes: [{ title: `Set timeoutSeconds: ${to}`, edits: [replaceScalar(node, to)], preferred: false }],
    };
  }
  const text = textOf(node) ?? '';
  const digits = /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_CLIENT_IP_TIMEOUT;
  return {
    message: `sessionAffinityConfig.clientIP.timeoutSeconds: ${written} is not an integer: the API server refuses the Service (timeoutSeconds is an int32). ${digits ? `Write it unquoted: ${text}.` : `Write a number of seconds from 1 to ${MAX_CLIENT_IP_TIMEOUT}.`}`,
    fixes: digits ? [{ title: `Write the number unquoted: ${text}`, edits: [{ start: node.span.start, end: node.span.end, newText: text }], preferred: true }] : [],
  };
}

/** Service session affinity settings the API server refuses (ValidateService). */
export const sessionAffinityRejected: KindRule<ManifestModel> = {
  meta: {
    id: 'k8s/session-affinity-rejected',
    dialect: 'k8s',
    severity: 'error',
    summary: 'Service session affinity the API server refuses: sessionAffinityConfig with None, timeoutSeconds outside 1..86400, a value other than None or ClientIP',
    fixable: true,
  },
  checkModel(context) {
    const { source } = context;
    for (const service of servicesOf(context.config)) {
      const spec = specOf(service);
      if (!spec) continue;
      const affinityNode = scalarAt(spec, 'sessionAffinity');
      if (affinityNode && isTemplated(affinityNode, source)) continue;
      const written = textOf(affinityNode);
      const name = service.name ?? '(unnamed)';
      if (affinityNode && written !== null && !AFFINITIES.includes(written)) {
        const meant = AFFINITIES.find((a) => a.toLowerCase() === written.toLowerCase());
        context.report({
          message: `Service '${name}' sessionAffinity: ${affinityNode.raw} is not supported: the API server refuses the Service (the values are None and ClientIP, case matters).${meant ? ` Write ${meant}.` : ''}`,
          span: affinityNode.span,
          fixes: meant ? [{ title: `Write sessionAffinity: ${meant}`, edits: [replaceScalar(affinityNode, meant)], preferred: true }] : [],
        });
        continue;
      }
      const configPair = pairOf(spec, 'sessionAffinityConfig');
      // `sessionAffinityConfig:` with nothing (null) decodes to no config at all.
      if (!configPair?.value || (configPair.value.kind === 'scalar' && configPair.value.value === null) || isTemplated(configPair.value, source)) continue;
      if (written !== 'ClientIP') {
        const explicit = written === 'None';
        const fixes: Fix[] = [{ title: 'Remove sessionAffinityConfig', edits: [removePair(spec, configPair, source)], preferred: explicit }];
        fixes.push({ title: 'Use the config: sessionAffinity: ClientIP', edits: [setScalar(spec, 'sessionAffinity', 'ClientIP', source)], preferred: false });
        context.report({
          message: `Service '${name}' sets sessionAffinityConfig while sessionAffinity is ${explicit ? 'None' : 'not set (None)'}: the API server refuses the Service ("must not be set when session affinity is None"). ${explicit ? 'Remove sessionAffinityConfig.' : 'Remove sessionAffinityConfig, or set sessionAffinity: ClientIP if client-IP affinity is what you meant.'}`,
          span: configPair.key.span,
          fixes,
        });
        continue;
      }
      const timeout = scalarAt(configPair.value, 'clientIP', 'timeoutSeconds');
      if (!timeout || isTemplated(timeout, source) || (timeout.value === null && timeout.raw === '')) continue;
      const problem = timeoutProblem(timeout);
      if (problem) context.report({ message: `Service '${name}' ${problem.message}`, span: timeout.span, fixes: problem.fixes });
    }
  },
};

