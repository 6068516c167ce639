import type { Span } from '../text/span';
import type { Argument, Comment, SyntaxProblem } from './common';

export interface HaproxyCondition {
  readonly kind: 'if' | 'unless';
  readonly span: Span;
  readonly text: string;
}

/** One HAProxy configuration line: `[no|default] keyword args [if|unless cond]`. */
export interface HaproxyDirective {
  readonly prefix: 'no' | 'default' | null;
  readonly keyword: string;
  readonly keywordSpan: Span;
  readonly args: readonly Argument[];
  readonly condition: HaproxyCondition | null;
  /** The whole line's content, without its line end or trailing comment. */
  readonly span: Span;
  readonly section: HaproxySection | null;
}

export type ProxyKind = 'defaults' | 'frontend' | 'backend' | 'listen';

/** A section: `global`, `defaults [name] [from X]`, `frontend|backend|listen name [from X]`, `peers`... */
export interface HaproxySection {
  readonly kind: string;
  readonly name: string | null;
  /** The defaults section named after `from`, as written. */
  readonly fromName: string | null;
  readonly keywordSpan: Span;
  readonly headerSpan: Span;
  /** From the section keyword to the end of its last line. */
  readonly span: Span;
  readonly directives: readonly HaproxyDirective[];
  /**
   * The defaults section this one takes its settings from: the one `from X` names, else, for
   * proxies and defaults without `from`, the last anonymous... see HAProxy's rule in resolveDefaults.
   */
  readonly defaults: HaproxySection | null;
}

export interface HaproxyConfig {
  readonly dialect: 'haproxy';
  readonly sections: readonly HaproxySection[];
  /** Lines before the first section: HAProxy refuses them. */
  readonly orphans: readonly HaproxyDirective[];
  readonly comments: readonly Comment[];
  readonly syntaxProblems: readonly SyntaxProblem[];
}

export const PROXY_KINDS: ReadonlySet<string> = new Set(['defaults', 'frontend', 'backend', 'listen']);

/** Keywords whose first argument belongs to the keyword: `option redispatch`, `timeout connect`. */
const TWO_WORD_KEYWORDS = new Set([
  'option', 'timeout', 'stick', 'http-request', 'http-response', 'http-after-response', 'tcp-request',
  'tcp-response', 'http-check', 'tcp-check', 'stats', 'quic-initial', 'http-error',
]);

/** Full keywords of two words, made once per directive: rules ask for them many times per run. */
const fullKeywords = new WeakMap<HaproxyDirective, string>();

/** `option redispatch`, `stick on`, `balance`: the keyword with the argument that completes it. */
export function fullKeyword(d: HaproxyDirective): string {
  if (!TWO_WORD_KEYWORDS.has(d.keyword) || d.args.length === 0) return d.keyword;
  let full = fullKeywords.get(d);
  if (full === undefined) {
    full = `${d.keyword} ${d.args[0].value}`;
    fullKeywords.set(d, full);
  }
  return full;
}
