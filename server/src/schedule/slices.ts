/** How long one slice of a big document's work (parse, model, lint) may hold the event loop, in ms. */
export const SLICE_MS = 20;

/** Documents longer than this get their first parse, a new model and their lint in slices. */
export const SLICE_ABOVE_CHARS = 256 * 1024;

/**
 * Resolves after the messages waiting on the event loop had their turn. A timer rather than
 * setImmediate: the language server's connection handles what it read in an immediate of its own,
 * queued behind ours, so an immediate would let the next slice of work run first.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator's steps in slices of about SLICE_MS, yielding to waiting events between them
 * (the generator pauses whenever the `pause` it is given says so). Null when `wanted()` turns false
 * between two slices: the work is dropped and the generator is not resumed.
 */
export async function runInSlices<T>(start: (pause: () => boolean) => Generator<void, T>, wanted: () => boolean): Promise<{ value: T } | null> {
  let sliceStart = performance.now();
  const steps = start(() => performance.now() - sliceStart > SLICE_MS);
  let step = steps.next();
  while (!step.done) {
    await yieldToEvents();
    if (!wanted()) return null;
    sliceStart = performance.now();
    step = steps.next();
  }
  return { value: step.value };
}

/** Runs a generator that was told never to pause to its end, in one go. */
export function runWhole<T>(steps: Generator<void, T>): T {
  const step = steps.next();
  if (!step.done) throw new Error('work told never to pause paused');
  return step.value;
}
