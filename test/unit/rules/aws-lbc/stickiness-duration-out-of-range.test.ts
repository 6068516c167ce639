import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickinessDurationOutOfRange } from '../../../../server/src/rules/aws-lbc/stickiness-duration-out-of-range';
import { ingress } from '../../../helpers/awsLbcManifests';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const ALB = '    alb.ingress.kubernetes.io/target-group-attributes: ';

kindRuleTester(MANIFEST_KIND, stickinessDurationOutOfRange, {
  valid: [
    { name: 'a week and a second', code: ingress(`${ALB}stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=604800,stickiness.app_cookie.duration_seconds=1\n`) },
    { name: 'a Helm expression', code: ingress(`${ALB}stickiness.lb_cookie.duration_seconds={{ .Values.duration }}\n`) },
  ],
  invalid: [
    {
      name: 'over a week (a quoted annotation keeps its quotes)',
      code: ingress(`${ALB}"stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=2592000"\n`),
      errors: [{ line: 7, column: 119, endColumn: 126, message: /^alb\.ingress\.kubernetes\.io\/target-group-attributes: stickiness\.lb_cookie\.duration_seconds=2592000: 2592000 is outside 1\.\.604800 \(one week\): AWS refuses the change and the controller stops reconciling this Ingress\. Stickiness lasts a week at most; use 604800\.$/ }],
      output: null,
      suggestions: [{ title: /^Set stickiness\.lb_cookie\.duration_seconds=604800$/, output: ingress(`${ALB}"stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=604800"\n`) }],
    },
    {
      name: 'zero and a unit that is not seconds',
      code: ingress(`${ALB}stickiness.app_cookie.duration_seconds=0,stickiness.lb_cookie.duration_seconds=1h\n`),
      errors: [
        { line: 7, message: /duration_seconds=0: 0 is outside 1\.\.604800.*\(86400, a day, is the default\)\.$/ },
        { line: 7, message: /duration_seconds=1h: '1h' is not a whole number of seconds/ },
      ],
      output: null,
      suggestions: [{ title: /^Set stickiness\.app_cookie\.duration_seconds=86400$/, output: ingress(`${ALB}stickiness.app_cookie.duration_seconds=86400,stickiness.lb_cookie.duration_seconds=1h\n`) }],
    },
  ],
}, { defaultFile: 'ingress.yaml' });
