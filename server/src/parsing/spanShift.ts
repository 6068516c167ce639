import type { Comment } from '../model/common';

/** A span of the model, moved in place when an edit before it changes the text's length. */
export type MutableSpan = { start: number; end: number };

export function shiftSpan(s: MutableSpan, delta: number): void {
  s.start += delta;
  s.end += delta;
}

/**
 * The comments of a model after an edit re-read the old offsets `[start, end)`: those before it,
 * the `replacement` read there, and those after it moved by `delta` (in place). `old` is in order.
 */
export function spliceComments(old: readonly Comment[], start: number, end: number, replacement: readonly Comment[], delta: number): Comment[] {
  let from = 0;
  while (from < old.length && old[from].span.start < start) from++;
  let to = from;
  while (to < old.length && old[to].span.start < end) to++;
  const out = old.slice(0, from);
  for (const c of replacement) out.push(c);
  for (let i = to; i < old.length; i++) {
    if (delta !== 0) shiftSpan(old[i].span as MutableSpan, delta);
    out.push(old[i]);
  }
  return out;
}
