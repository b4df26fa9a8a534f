import type { Lifetime } from './lifetime';

/** A slice of work stays far below the 50 ms that makes a long task, whatever the page. */
export const SLICE_MS = 8;
/** Items per slice at most: about 500 links looked at fit well inside a slice. */
export const SLICE_ITEMS = 500;
/** In a background tab idle time can be rare; work still gets done within this. */
const IDLE_TIMEOUT_MS = 500;

export interface WorkQueue<T> {
  /** Queues a list's items. A NodeList is read lazily, item by item, as slices reach it. */
  push(list: ArrayLike<T>): void;
  /** Drops what is queued and schedules nothing more. */
  clear(): void;
}

/**
 * Runs queued items in idle time, in short slices, so even a 20,000-link page never blocks
 * its main thread for long; `drained` runs once the queue is empty. Lists are not copied:
 * reading a page's node out of a NodeList is itself work, so it happens inside the slices too.
 */
export function createWorkQueue<T>(
  life: Lifetime,
  process: (item: T) => void,
  drained: () => void,
  /** Runs before each slice: what is worth reading once per slice rather than per item. */
  beforeSlice: () => void = () => {},
): WorkQueue<T> {
  let lists: ArrayLike<T>[] = [];
  let list = 0;
  let index = 0;
  let scheduled: number | undefined;

  const run = () => {
    scheduled = undefined;
    if (life.isInvalid) return clear();
    beforeSlice();
    const end = performance.now() + SLICE_MS;
    let done = 0;
    while (list < lists.length && done < SLICE_ITEMS) {
      const current = lists[list]!;
      if (index >= current.length) {
        list++;
        index = 0;
        continue;
      }
      process(current[index++]!);
      // Reading the clock costs too; every 16 items is often enough.
      if ((++done & 15) === 0 && performance.now() > end) break;
    }
    if (list < lists.length) return schedule();
    lists = [];
    list = 0;
    drained();
  };
  const schedule = () => {
    if (scheduled !== undefined) return;
    scheduled =
      typeof requestIdleCallback === 'function'
        ? life.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
        : life.setTimeout(run, 0);
  };
  const clear = () => {
    if (scheduled !== undefined) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(scheduled);
      clearTimeout(scheduled);
    }
    scheduled = undefined;
    lists = [];
    list = 0;
    index = 0;
  };

  return {
    push(more) {
      if (more.length === 0) return;
      // Drop the lists already done rather than let the array grow on an endless page.
      if (list > 0) {
        lists = lists.slice(list);
        list = 0;
      }
      lists.push(more);
      schedule();
    },
    clear,
  };
}
