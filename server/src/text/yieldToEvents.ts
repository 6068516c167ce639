/**
 * Resolves after the messages waiting on the event loop had their turn. A timer rather than
 * setImmediate: the language server's connection handles what it read in an immediate of its own,
 * queued behind ours, so an immediate would let the next slice of work run first.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
