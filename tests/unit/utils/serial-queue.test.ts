import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../../utils/serial-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('serial queue', () => {
  it('runs jobs one at a time, in the order they were queued', async () => {
    const queue = serialQueue();
    const events: string[] = [];
    const job = (name: string) => async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
      return name;
    };
    expect(await Promise.all([queue(job('a')), queue(job('b')), queue(job('c'))])).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('hands a failure to its own caller and goes on with the next job', async () => {
    const queue = serialQueue();
    const failing = queue(() => Promise.reject(new Error('broken')));
    const next = queue(() => Promise.resolve('after'));
    await expect(failing).rejects.toThrow('broken');
    await expect(next).resolves.toBe('after');
  });
});
