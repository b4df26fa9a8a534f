import { describe, expect, it, vi } from 'vitest';
import { childLifetime } from '../../../../entrypoints/badges.content/lifetime';
import { createWorkQueue, SLICE_ITEMS } from '../../../../entrypoints/badges.content/work-queue';

describe('the idle work queue', () => {
  it('works through several lists in order, in slices of at most SLICE_ITEMS, then says it is drained', async () => {
    const seen: number[] = [];
    const slices: number[] = [];
    let inSlice = 0;
    const drained = vi.fn();
    const queue = createWorkQueue<number>(
      childLifetime(),
      (item) => {
        seen.push(item);
        inSlice++;
      },
      drained,
      () => {
        if (inSlice) slices.push(inSlice);
        inSlice = 0;
      },
    );
    const items = Array.from({ length: SLICE_ITEMS * 3 + 7 }, (_, i) => i);
    queue.push(items.slice(0, 100));
    queue.push([]);
    queue.push(items.slice(100));
    // Nothing runs in the same task as the push.
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(drained).toHaveBeenCalledTimes(1));
    expect(seen).toEqual(items);
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_ITEMS);
  });

  it('stops, dropping its work, once the extension context is gone', async () => {
    const life = childLifetime();
    const process = vi.fn();
    const queue = createWorkQueue<number>(life, process, () => undefined);
    queue.push([1, 2, 3]);
    life.end();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(process).not.toHaveBeenCalled();
  });

  it('drops queued work on clear', async () => {
    const process = vi.fn();
    const queue = createWorkQueue<number>(childLifetime(), process, () => undefined);
    queue.push([1, 2, 3]);
    queue.clear();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(process).not.toHaveBeenCalled();
  });
});
