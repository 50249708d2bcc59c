/**
 * Long jobs on the process that answers every screen (an import of thousands of documents, the
 * search index taking them in, a generation written) are cut into slices, so that a citizen's
 * search waits at most about one slice: `npm run bench:import` measures the longest stall.
 */
export const SLICE_MS = 40;

/** One turn of the event loop: whatever was waiting (a request, a timer) runs first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `await pause()` between steps of a long job: resolves at once while the current slice lasts,
 * after one turn of the event loop once it has run `sliceMs`.
 */
export function timeSlicer(sliceMs = SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart <= sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}
