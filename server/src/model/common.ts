import type { Span } from '../text/span';

export type Dialect = 'nginx' | 'haproxy';

/** One argument of a directive: its text as written and its value once quotes and escapes are gone. */
export interface Argument {
  readonly raw: string;
  readonly value: string;
  readonly span: Span;
  /** True when any part of the token was quoted. */
  readonly quoted: boolean;
}

/** A `# ...` comment, kept for suppressions and for fixes that must not eat it. */
export interface Comment {
  readonly text: string;
  readonly span: Span;
}

/** Text the parser could not read: an ERROR or MISSING node of the syntax tree. */
export interface SyntaxProblem {
  readonly message: string;
  readonly span: Span;
}
