/**
 * Runs async jobs one after another, in the order they were queued: each starts when the one
 * before it has settled, and one that fails does not stop the ones after it (its caller gets
 * the failure). For work that must never interleave with itself, such as reading and then
 * writing the same row.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
export type SerialQueue = ReturnType<typeof serialQueue>;
