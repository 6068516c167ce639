import type { Span } from '../text/span';
import type { Statements } from './suppressions';

/** A statement that may hold others inside its span: an NGINX block, a HAProxy section. */
export interface StatementNode {
  readonly span: Span;
}

/**
 * The statements of a model as a tree (children lie inside their parent's span, siblings in source
 * order), found for suppression comments by descending it: a comment costs a few binary searches
 * instead of a sorted list of every statement of the file on every run.
 */
export class TreeStatements<T extends StatementNode> implements Statements {
  constructor(
    private readonly top: readonly T[],
    private readonly childrenOf: (node: T) => readonly T[] | null,
  ) {}

  firstFrom(offset: number): Span | null {
    return this.firstIn(this.top, offset)?.span ?? null;
  }

  startingIn(from: number, to: number): Span[] {
    const out: Span[] = [];
    this.collectStarting(this.top, from, to, out);
    return out;
  }

  private firstIn(list: readonly T[], offset: number): T | null {
    for (let i = firstEndingAfter(list, offset); i < list.length; i++) {
      const node = list[i];
      // A parent starts before its children, so it is the widest of any statement starting with it.
      if (node.span.start >= offset) return node;
      const children = this.childrenOf(node);
      const inner = children ? this.firstIn(children, offset) : null;
      if (inner) return inner;
    }
    return null;
  }

  private collectStarting(list: readonly T[], from: number, to: number, out: Span[]): void {
    for (let i = firstEndingAfter(list, from); i < list.length && list[i].span.start < to; i++) {
      const node = list[i];
      if (node.span.start >= from) out.push(node.span);
      const children = this.childrenOf(node);
      if (children) this.collectStarting(children, from, to, out);
    }
  }
}

/** The index of the first node of `list` (in source order) whose span ends after `offset`. */
function firstEndingAfter(list: readonly StatementNode[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].span.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
