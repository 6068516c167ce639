import type { MPair } from '../../manifest/model';
import { keyVariables } from '../../model/nginxVariables';
import type { NginxIngress } from './common';

/** `upstream-hash-by` as the controller's Lua reads it (`util.parse_complex_value`). */
export interface HashBy {
  readonly pair: MPair;
  readonly key: string;
  /** Variable names, lower-cased, without `$`. */
  readonly variables: readonly string[];
}

export function hashByOf(ingress: NginxIngress): HashBy | null {
  const pair = ingress.pair('upstream-hash-by');
  const key = ingress.value('upstream-hash-by');
  if (!pair || !key?.trim()) return null;
  return { pair, key, variables: keyVariables(key) };
}
