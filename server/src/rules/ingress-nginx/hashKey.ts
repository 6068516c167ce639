import type { MPair } from '../../manifest/model';
import type { NginxIngress } from './common';

/** `upstream-hash-by` as the controller's Lua reads it: the variables of its key (`$var`, `${var}`; `\$` is text). */
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
  const variables = [...key.matchAll(/\\\$\w+|\$\{(\w+)\}|\$(\w+)/g)].filter((m) => !m[0].startsWith('\\')).map((m) => (m[1] ?? m[2]).toLowerCase());
  return { pair, key, variables };
}

/** Variables a client writes: request headers and query arguments (and X-Forwarded-For as nginx appends to it). */
export function clientControlled(variable: string): boolean {
  return variable.startsWith('http_') || variable.startsWith('arg_') || variable === 'proxy_add_x_forwarded_for' || variable === 'args' || variable === 'query_string';
}
