/** Gives the page a turn (input, rendering) before going on: `scheduler.yield()` where there is one. */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Runs `steps` to its end in slices of about `sliceMs` milliseconds, giving the page a turn between
 * slices, so that work over 50,000 records never blocks the page in one long task; stops with the
 * signal's reason when `signal` is aborted. Each step should be short (a record, a few ms at most).
 */
export async function inSlices<T>(steps: Iterator<unknown, T>, signal?: AbortSignal, sliceMs = 25): Promise<T> {
  signal?.throwIfAborted();
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > deadline) {
      await yieldToMain();
      signal?.throwIfAborted();
      deadline = performance.now() + sliceMs;
    }
  }
}

/** Runs `steps` to its end at once. */
export function drain<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
