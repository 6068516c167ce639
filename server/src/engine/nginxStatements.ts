import type { NginxDirective } from '../model/nginx';
import type { Span } from '../text/span';
import type { Statements } from './suppressions';

/** The index of the first directive of `list` (in source order) whose span ends after `offset`. */
function firstEndingAfter(list: readonly NginxDirective[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].span.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The directives of an nginx model as statements for suppression comments, found by descending the
 * tree (children lie inside their parent, siblings in source order): a comment costs a few binary
 * searches instead of a sorted list of every directive of the file on every run.
 */
export class NginxStatements implements Statements {
  constructor(private readonly directives: readonly NginxDirective[]) {}

  firstFrom(offset: number): Span | null {
    return firstIn(this.directives, offset)?.span ?? null;
  }

  startingIn(from: number, to: number): Span[] {
    const out: Span[] = [];
    collectStarting(this.directives, from, to, out);
    return out;
  }
}

function firstIn(list: readonly NginxDirective[], offset: number): NginxDirective | null {
  for (let i = firstEndingAfter(list, offset); i < list.length; i++) {
    const d = list[i];
    // A parent starts before its children, so it is the widest of any statement starting with it.
    if (d.span.start >= offset) return d;
    const inner = d.children ? firstIn(d.children, offset) : null;
    if (inner) return inner;
  }
  return null;
}

function collectStarting(list: readonly NginxDirective[], from: number, to: number, out: Span[]): void {
  for (let i = firstEndingAfter(list, from); i < list.length && list[i].span.start < to; i++) {
    const d = list[i];
    if (d.span.start >= from) out.push(d.span);
    if (d.children) collectStarting(d.children, from, to, out);
  }
}
