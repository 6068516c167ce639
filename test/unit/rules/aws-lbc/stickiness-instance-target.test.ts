import { MANIFEST_KIND } from '../../../../server/src/manifest/kind';
import { stickinessInstanceTarget } from '../../../../server/src/rules/aws-lbc/stickiness-instance-target';
import { backendService, ingress, nlbService } from '../../../helpers/awsLbcManifests';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const STICKY = '    alb.ingress.kubernetes.io/target-group-attributes: stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=3600\n';

kindRuleTester(MANIFEST_KIND, stickinessInstanceTarget, {
  valid: [
    { name: 'stickiness with target type ip', code: ingress(`${STICKY}    alb.ingress.kubernetes.io/target-type: ip\n`) },
    { name: 'no stickiness', code: ingress('    alb.ingress.kubernetes.io/target-group-attributes: deregistration_delay.timeout_seconds=30\n') },
    { name: 'stickiness switched off', code: ingress('    alb.ingress.kubernetes.io/target-group-attributes: stickiness.enabled=false\n') },
    { name: 'the backend Service of the same file sets target type ip', code: `${ingress(STICKY)}---\n${backendService("    alb.ingress.kubernetes.io/target-type: 'ip'\n")}` },
    { name: 'a backend Service with stickiness, routed to by an Ingress of this file that sets target type ip', code: `${ingress('    alb.ingress.kubernetes.io/target-type: ip\n')}---\n${backendService(STICKY)}` },
    { name: 'an NLB with nlb-target-type ip', code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: stickiness.enabled=true,stickiness.type=source_ip\n') },
    { name: 'an NLB whose nodes keep the client address and pin it (Local + ClientIP)', code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: stickiness.enabled=true\n', '  externalTrafficPolicy: Local\n  sessionAffinity: ClientIP\n') },
  ],
  invalid: [
    {
      name: 'an ALB Ingress with stickiness and the default target type',
      code: ingress(STICKY),
      errors: [{ line: 7, column: 56, endColumn: 79, message: /^alb\.ingress\.kubernetes\.io\/target-group-attributes: stickiness\.enabled=true with target type instance \(the default unless the controller runs with --default-target-type=ip or an IngressClassParams sets targetType\): the load balancer sticks each client to a node, and kube-proxy on that node sends its requests to any pod of the Service/ }],
      output: null,
      suggestions: [{ title: /^Set alb\.ingress\.kubernetes\.io\/target-type: ip/, output: ingress(`${STICKY}    alb.ingress.kubernetes.io/target-type: ip\n`) }],
    },
    {
      name: 'target-type instance written: the fix changes its value, keeping the quotes',
      code: ingress(`    alb.ingress.kubernetes.io/target-type: "instance"\n${STICKY}`),
      errors: [{ line: 8, message: /with alb\.ingress\.kubernetes\.io\/target-type: instance: the load balancer/ }],
      output: null,
      suggestions: [{ title: /target-type: ip/, output: ingress(`    alb.ingress.kubernetes.io/target-type: "ip"\n${STICKY}`) }],
    },
    {
      name: 'a backend Service with stickiness whose Ingress leaves the target type at its default',
      code: `${ingress('')}---\n${backendService(STICKY)}`,
      errors: [{ line: 25, message: /stickiness\.enabled=true with target type instance \(the default/ }],
      output: null,
    },
    {
      name: 'an NLB Service with stickiness and the default target type',
      code: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: "stickiness.enabled=true,stickiness.type=source_ip"\n'),
      errors: [{ line: 7, column: 76, message: /with target type instance \(the default\): the load balancer sticks each client to a node/ }],
      output: null,
      suggestions: [{ title: /^Set service\.beta\.kubernetes\.io\/aws-load-balancer-nlb-target-type: ip/, output: nlbService('    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: "stickiness.enabled=true,stickiness.type=source_ip"\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n') }],
    },
  ],
}, { defaultFile: 'ingress.yaml' });
