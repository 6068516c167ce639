import type { Argument } from './common';
import type { NginxDirective } from './nginx';

/** How an upstream's `sticky` directive pins clients. */
export type StickyMethod = 'cookie' | 'route' | 'learn' | 'module-ng';

export interface StickyDirective {
  readonly method: StickyMethod;
  /** The cookie name of `sticky cookie <name>`, or `name=` of nginx-sticky-module-ng. */
  readonly cookieName: string | null;
  /** `key=value` parameters by key. */
  readonly params: ReadonlyMap<string, Argument>;
  /** Bare-word flags such as `secure`, `httponly`, `no_fallback`. */
  readonly flags: ReadonlyMap<string, Argument>;
}

/**
 * Reads `sticky` the way its two implementations do: nginx's own (`sticky cookie|route|learn`,
 * NGINX Plus and nginx >= 1.29.6) and the third-party nginx-sticky-module-ng (`sticky [name=..]
 * [hash=..] [secure] [httponly] [no_fallback]`), whose first argument is never cookie/route/learn.
 */
export function parseSticky(d: NginxDirective): StickyDirective | null {
  if (d.name !== 'sticky') return null;
  // A directive's name and arguments never change (an edit replaces the directive): read it once.
  let parsed = parsedSticky.get(d);
  if (parsed === undefined) {
    parsed = readSticky(d);
    parsedSticky.set(d, parsed);
  }
  return parsed;
}

const parsedSticky = new WeakMap<NginxDirective, StickyDirective>();

function readSticky(d: NginxDirective): StickyDirective {
  const first = d.args[0]?.value;
  const method: StickyMethod = first === 'cookie' || first === 'route' || first === 'learn' ? first : 'module-ng';
  return readStickyArguments(method, method === 'module-ng' ? d.args : d.args.slice(1));
}

/**
 * Reads the arguments after `sticky <method>` (all of them for nginx-sticky-module-ng). The NGINX
 * Ingress Controller's sticky-cookie-services annotation passes such words through to
 * `sticky cookie`, so its rules read them here too.
 */
export function readStickyArguments(method: StickyMethod, rest: readonly Argument[]): StickyDirective {
  let cookieName: string | null = null;
  const params = new Map<string, Argument>();
  const flags = new Map<string, Argument>();
  rest.forEach((arg, index) => {
    const eq = arg.value.indexOf('=');
    if (eq > 0) params.set(arg.value.slice(0, eq).toLowerCase(), arg);
    else if (method === 'cookie' && index === 0) cookieName = arg.value;
    else flags.set(arg.value.toLowerCase(), arg);
  });
  if (method === 'module-ng') cookieName = paramValue(params, 'name') ?? 'route';
  return { method, cookieName, params, flags };
}

export function paramValue(params: ReadonlyMap<string, Argument>, key: string): string | null {
  const arg = params.get(key);
  return arg ? arg.value.slice(arg.value.indexOf('=') + 1) : null;
}

/**
 * `sticky cookie` in an http upstream: the directive the sticky-cookie-* rules judge. A stream
 * upstream has no cookies (nginx refuses `sticky` there), so its attributes are not judged.
 */
export function stickyCookie(d: NginxDirective): StickyDirective | null {
  if (d.parent?.name !== 'upstream' || d.protocol === 'stream') return null;
  const sticky = parseSticky(d);
  return sticky?.method === 'cookie' ? sticky : null;
}
