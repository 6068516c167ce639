import { HAPROXY_RULES } from './haproxy';
import { NGINX_RULES } from './nginx';
import type { AnyRule } from './types';
import { FILE_KINDS } from '../kinds/registry';

/**
 * Every rule: the NGINX ones, then the HAProxy ones, each list in the catalogue's order, then the
 * rules of the other kinds of files (kinds/registry.ts).
 */
export const RULES: readonly AnyRule[] = [...NGINX_RULES, ...HAPROXY_RULES, ...FILE_KINDS.flatMap((k) => k.rules as readonly AnyRule[])];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
