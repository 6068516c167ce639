import type { Span } from '../text/span';
import type { Argument, Comment, SyntaxProblem } from './common';

/** The protocol module a directive belongs to, as nginx decides it from the enclosing block. */
export type NginxProtocol = 'http' | 'stream' | 'mail';

/** One nginx directive: `name args;` or `name args { ... }`. */
export interface NginxDirective {
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: readonly Argument[];
  /** From the name to the `;` or the closing `}`. */
  readonly span: Span;
  /** The directives of its block, or null for a simple directive. */
  readonly children: readonly NginxDirective[] | null;
  /** The `{ ... }` of a block directive (a Lua block's raw body included). */
  readonly bodySpan: Span | null;
  readonly parent: NginxDirective | null;
  /** `http`, `stream` or `mail` from an enclosing block; for a fragment, what the file's content says. */
  readonly protocol: NginxProtocol;
  /** True when the protocol comes from an enclosing block rather than a guess about a fragment. */
  readonly protocolKnown: boolean;
}

export interface NginxConfig {
  readonly dialect: 'nginx';
  readonly directives: readonly NginxDirective[];
  readonly comments: readonly Comment[];
  readonly syntaxProblems: readonly SyntaxProblem[];
}

/** The blocks that set the protocol module of what they hold, at the top of a file. */
export const PROTOCOL_BLOCKS: ReadonlySet<string> = new Set(['http', 'stream', 'mail']);

/** A top-level `http`, `stream` or `mail` block: the container of a whole file's units. */
export function isProtocolBlock(d: NginxDirective): boolean {
  return d.parent === null && d.children !== null && PROTOCOL_BLOCKS.has(d.name);
}

/**
 * The units of a file, in source order: each directive directly inside a top-level http, stream or
 * mail block (a `server`, an `upstream`, a `map`, an http-level setting) and each other top-level
 * directive. The linter computes findings unit by unit and reuses those of units an edit left alone.
 */
export function nginxUnits(directives: readonly NginxDirective[]): NginxDirective[] {
  const out: NginxDirective[] = [];
  for (const d of directives) {
    if (isProtocolBlock(d)) for (const c of d.children!) out.push(c);
    else out.push(d);
  }
  return out;
}

/** The unit a directive belongs to (see `nginxUnits`). */
export function unitOf(d: NginxDirective): NginxDirective {
  let u = d;
  while (u.parent && !isProtocolBlock(u.parent)) u = u.parent;
  return u;
}

/** Every directive of the tree, parents before children, in source order. */
export function* walkNginx(directives: readonly NginxDirective[]): Generator<NginxDirective> {
  for (const d of directives) {
    yield d;
    if (d.children) yield* walkNginx(d.children);
  }
}

export function nginxAncestor(d: NginxDirective, name: string): NginxDirective | null {
  for (let p = d.parent; p; p = p.parent) if (p.name === name) return p;
  return null;
}

export function nginxChildren(d: NginxDirective, name: string): NginxDirective[] {
  return (d.children ?? []).filter((c) => c.name === name);
}
