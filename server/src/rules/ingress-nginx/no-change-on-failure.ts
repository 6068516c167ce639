import { annotationBool, annotationFix, cookieAffinityRule, PREFIX } from './common';

export const noChangeOnFailure = cookieAffinityRule(
  {
    id: 'ingress-nginx/no-change-on-failure',
    severity: 'warning',
    summary: 'affinity cookie with session-cookie-change-on-failure unset or false: a failing pod keeps its users',
    fixable: true,
  },
  (ingress, affinity, context) => {
    const pair = ingress.pair('session-cookie-change-on-failure');
    if (annotationBool(ingress.value('session-cookie-change-on-failure')) === true) return;
    const how = pair ? `${PREFIX}session-cookie-change-on-failure is not "true"` : `${PREFIX}affinity: cookie without ${PREFIX}session-cookie-change-on-failure (default false)`;
    context.report({
      message: `${how}: when a request to the pod the cookie names fails, ingress-nginx retries that same pod, so its users keep getting errors for as long as it fails but stays in the endpoints. Set it to "true".`,
      span: pair ? pair.key.span : affinity.key.span,
      fixes: annotationFix(ingress, 'session-cookie-change-on-failure', 'true', context.source, true),
    });
  },
);
