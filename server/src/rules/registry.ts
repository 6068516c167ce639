import { HAPROXY_RULES } from './haproxy';
import { NGINX_RULES } from './nginx';
import type { AnyRule } from './types';

/** Every rule: the NGINX ones, then the HAProxy ones, each list in the catalogue's order. */
export const RULES: readonly AnyRule[] = [...NGINX_RULES, ...HAPROXY_RULES];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
