import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { sourceIpStickiness } from '../../../../server/src/rules/aws-lbc/source-ip-stickiness';
import { ingress, nlbService } from '../../../helpers/awsLbcManifests';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const ATTRS = '    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: ';

kindRuleTester(MANIFEST_KIND, sourceIpStickiness, {
  valid: [
    { name: 'NLB stickiness off', code: nlbService(`${ATTRS}stickiness.enabled=false,stickiness.type=source_ip\n`) },
    { name: 'NLB without stickiness', code: nlbService(`${ATTRS}preserve_client_ip.enabled=true\n`) },
    { name: 'ALB cookie stickiness is not IP-based', code: ingress('    alb.ingress.kubernetes.io/target-group-attributes: stickiness.enabled=true,stickiness.type=lb_cookie\n') },
  ],
  invalid: [
    {
      name: 'source_ip stickiness: a warning for public traffic',
      code: nlbService(`${ATTRS}stickiness.enabled=true,stickiness.type=source_ip\n`),
      errors: [{ line: 7, column: 99, endColumn: 124, severity: 'warning', message: /^service\.beta\.kubernetes\.io\/aws-load-balancer-target-group-attributes: 'stickiness\.type=source_ip' pins clients to a server by IP address: .* The NLB may also reset the stickiness whenever the health of any of its targets changes\.$/ }],
      output: null,
      suggestions: [{ title: /^Remove stickiness: stickiness\.enabled=false/, output: nlbService(`${ATTRS}stickiness.enabled=false,stickiness.type=source_ip\n`) }],
    },
    {
      name: 'stickiness.enabled=true alone is source_ip on an NLB; mobile traffic makes it an error',
      settings: { traffic: 'mobile' },
      code: nlbService(`${ATTRS}'stickiness.enabled=true'\n`),
      errors: [{ line: 7, column: 76, severity: 'error', message: /'stickiness\.enabled=true' \(source_ip, the NLB stickiness\) pins clients by IP address, and mobile client IPs change/ }],
      output: null,
    },
  ],
}, { defaultFile: 'service.yaml' });
