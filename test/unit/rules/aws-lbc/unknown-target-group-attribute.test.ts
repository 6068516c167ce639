import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { unknownTargetGroupAttribute } from '../../../../server/src/rules/aws-lbc/unknown-target-group-attribute';
import { ingress, nlbService } from '../../../helpers/awsLbcManifests';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const ALB = '    alb.ingress.kubernetes.io/target-group-attributes: ';

kindRuleTester(MANIFEST_KIND, unknownTargetGroupAttribute, {
  valid: [
    { name: 'the documented ALB attributes, with spaces after commas', code: ingress(`${ALB}stickiness.enabled=true, stickiness.type=app_cookie, stickiness.app_cookie.cookie_name=SESSION, load_balancing.algorithm.type=least_outstanding_requests, slow_start.duration_seconds=30\n`) },
    { name: 'NLB attributes on an NLB Service', code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: preserve_client_ip.enabled=true,proxy_protocol_v2.enabled=true,stickiness.enabled=true,stickiness.type=source_ip\n') },
    { name: 'the NLB attribute AWS support switches on (in the controller docs), in a per-port annotation', code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes.3306: proxy_protocol_v2.client_to_server.header_placement=on_first_ack\n') },
    { name: 'other annotations are not attributes', code: ingress('    alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds=600\n') },
  ],
  invalid: [
    {
      name: 'a misspelt key (issue #895): a suggestion, not applied unread',
      code: ingress(`${ALB}stickness.enabled=true,stickiness.lb_cookie.duration_seconds=60\n`),
      errors: [{ line: 7, column: 56, endColumn: 73, message: /^alb\.ingress\.kubernetes\.io\/target-group-attributes: 'stickness\.enabled' is not a target group attribute \(did you mean stickiness\.enabled\?\): AWS refuses the change \("Target group attribute key 'stickness\.enabled' is not recognized"\) and the controller stops reconciling this Ingress\.$/ }],
      output: null,
      suggestions: [{ title: /^Write stickiness\.enabled$/, output: ingress(`${ALB}stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=60\n`) }],
    },
    {
      name: 'an NLB key on an ALB, and a key far from any',
      code: ingress(`${ALB}"proxy_protocol_v2.enabled=true,sticky=yes"\n`),
      errors: [
        { line: 7, column: 57, message: /'proxy_protocol_v2\.enabled' is an attribute of an NLB target group, not of an ALB one/ },
        { line: 7, column: 88, message: /'sticky' is not a target group attribute: AWS refuses/ },
      ],
      output: null,
    },
    {
      name: 'a stickiness type in the wrong case is written right',
      code: ingress(`${ALB}stickiness.enabled=true,stickiness.type=LB_Cookie\n`),
      errors: [{ line: 7, column: 96, endColumn: 105, message: /stickiness\.type=LB_Cookie is not a stickiness type of an ALB target group \(it takes lb_cookie or app_cookie\)/ }],
      output: ingress(`${ALB}stickiness.enabled=true,stickiness.type=lb_cookie\n`),
    },
    {
      name: 'an ALB key in a per-port NLB annotation',
      code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes.443: slow_start.duration_seconds=60\n'),
      errors: [{ line: 7, message: /^service\.beta\.kubernetes\.io\/aws-load-balancer-target-group-attributes\.443: 'slow_start\.duration_seconds' is an attribute of an ALB target group, not of an NLB one/ }],
      output: null,
    },
    {
      name: 'a cookie stickiness type on an NLB',
      code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: stickiness.enabled=true,stickiness.type=lb_cookie\n'),
      errors: [{ line: 7, message: /stickiness\.type=lb_cookie is not a stickiness type of an NLB target group \(it takes source_ip\)/ }],
      output: null,
    },
  ],
}, { defaultFile: 'ingress.yaml' });
