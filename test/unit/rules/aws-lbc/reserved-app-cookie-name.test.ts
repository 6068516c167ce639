import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { reservedAppCookieName } from '../../../../server/src/rules/aws-lbc/reserved-app-cookie-name';
import { ingress } from '../../../helpers/awsLbcManifests';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const ALB = '    alb.ingress.kubernetes.io/target-group-attributes: stickiness.enabled=true,stickiness.type=app_cookie,stickiness.app_cookie.cookie_name=';

kindRuleTester(MANIFEST_KIND, reservedAppCookieName, {
  valid: [
    { name: "the application's own cookie", code: ingress(`${ALB}JSESSIONID\n`) },
    { name: 'a name that only contains AWSALB later', code: ingress(`${ALB}MY_AWSALB\n`) },
  ],
  invalid: [
    {
      name: 'AWSALBAPP, the cookie the load balancer sets for app stickiness',
      code: ingress(`${ALB}AWSALBAPP-0\n`),
      errors: [{ line: 7, column: 141, endColumn: 152, message: /^alb\.ingress\.kubernetes\.io\/target-group-attributes: stickiness\.app_cookie\.cookie_name=AWSALBAPP-0 starts with AWSALBAPP, a prefix the load balancer keeps for its own cookies \(AWSALB, AWSALBAPP, AWSALBTG\): AWS refuses the change\./ }],
      output: null,
    },
    {
      name: 'AWSALB itself',
      code: ingress(`${ALB}AWSALB\n`),
      errors: [{ line: 7, message: /starts with AWSALB,/ }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
