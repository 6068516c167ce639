/**
 * Target group attribute keys ELBv2 takes, by load balancer type (ELBv2 API reference,
 * TargetGroupAttribute). Any other key makes ModifyTargetGroupAttributes fail ("Target group
 * attribute key '…' is not recognized"), and the controller does not reconcile the object.
 */
const COMMON = ['deregistration_delay.timeout_seconds', 'stickiness.enabled', 'stickiness.type'];
const ALB_NLB = [
  'load_balancing.cross_zone.enabled',
  'target_group_health.dns_failover.minimum_healthy_targets.count',
  'target_group_health.dns_failover.minimum_healthy_targets.percentage',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage',
];
const ALB_ONLY = [
  'load_balancing.algorithm.type',
  'load_balancing.algorithm.anomaly_mitigation',
  'slow_start.duration_seconds',
  'stickiness.app_cookie.cookie_name',
  'stickiness.app_cookie.duration_seconds',
  'stickiness.lb_cookie.duration_seconds',
];
const NLB_ONLY = [
  'deregistration_delay.connection_termination.enabled',
  'preserve_client_ip.enabled',
  'proxy_protocol_v2.enabled',
  // Not in the API reference: AWS support switches it on per account; the controller's docs show it.
  'proxy_protocol_v2.client_to_server.header_placement',
  'target_health_state.unhealthy.connection_termination.enabled',
  'target_health_state.unhealthy.draining_interval_seconds',
];
const GWLB_ONLY = ['target_failover.on_deregistration', 'target_failover.on_unhealthy'];
const LAMBDA_ONLY = ['lambda.multi_value_headers.enabled'];

export const TG_KEYS: Readonly<Record<'alb' | 'nlb', ReadonlySet<string>>> = {
  alb: new Set([...COMMON, ...ALB_NLB, ...ALB_ONLY]),
  nlb: new Set([...COMMON, ...ALB_NLB, ...NLB_ONLY]),
};

/** Keys of another kind of target group: Gateway Load Balancer and Lambda targets, which the controller never creates. */
export const OTHER_KEYS: ReadonlyMap<string, string> = new Map([...GWLB_ONLY.map((k) => [k, 'Gateway Load Balancer'] as const), ...LAMBDA_ONLY.map((k) => [k, 'Lambda'] as const)]);

/** The `stickiness.type` values each load balancer takes. */
export const STICKINESS_TYPES: Readonly<Record<'alb' | 'nlb', readonly string[]>> = { alb: ['lb_cookie', 'app_cookie'], nlb: ['source_ip'] };

export const LB_NAME: Readonly<Record<'alb' | 'nlb', string>> = { alb: 'an ALB', nlb: 'an NLB' };

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length];
}

/** The known key a misspelt one most likely meant: one within two edits, and the only one that close. */
export function closestKey(key: string, known: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  let ties = 0;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
      ties = 0;
    } else if (d === bestDistance) ties++;
  }
  return ties === 0 ? best : null;
}
