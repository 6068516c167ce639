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
