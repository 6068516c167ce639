/**
 * NGINX variables in a hash key written outside nginx.conf (an ingress controller's annotation or
 * CRD field that ends up in `hash <key>` or a Lua balancer): which ones a client writes, which ones
 * are its address.
 */

/** The variable names of a key (`$var`, `${var}`; `\$` is text), lower-cased, without `$`. */
export function keyVariables(key: string): string[] {
  return [...key.matchAll(/\\\$\w+|\$\{(\w+)\}|\$(\w+)/g)].filter((m) => !m[0].startsWith('\\')).map((m) => (m[1] ?? m[2]).toLowerCase());
}

/** Variables a client writes: request headers and query arguments (and X-Forwarded-For, which nginx appends to). */
export function clientControlled(variable: string): boolean {
  return variable.startsWith('http_') || variable.startsWith('arg_') || variable === 'proxy_add_x_forwarded_for' || variable === 'args' || variable === 'query_string';
}

/** The client's address. */
export function clientAddress(variable: string): boolean {
  return variable === 'remote_addr' || variable === 'binary_remote_addr';
}

/** What a client-controlled variable reads, as a message says it: `the X-User-Id request header`. */
export function describeClientVariable(variable: string): string {
  if (variable.startsWith('http_')) return `the ${variable.slice(5).split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-')} request header`;
  if (variable.startsWith('arg_')) return `the ${variable.slice(4)} query argument`;
  if (variable === 'proxy_add_x_forwarded_for') return 'the X-Forwarded-For request header';
  return 'the query string';
}
