import { describe, expect, it, vi } from 'vitest';
import { childLifetime, listenWhile } from '../../../../entrypoints/badges.content/lifetime';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a part of the content script with a lifetime of its own', () => {
  it('runs its timers and listeners while it lives, and none of them after it ends', async () => {
    const life = childLifetime();
    const target = new EventTarget();
    const heard = vi.fn();
    const timed = vi.fn();
    const ticked = vi.fn();
    life.addEventListener(target, 'ping', heard);
    life.setTimeout(timed, 0);
    life.setInterval(ticked, 1);
    target.dispatchEvent(new Event('ping'));
    await tick();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(timed).toHaveBeenCalledTimes(1);
    expect(ticked).toHaveBeenCalled();

    life.setTimeout(timed, 0);
    life.end();
    const ticks = ticked.mock.calls.length;
    target.dispatchEvent(new Event('ping'));
    await tick();
    expect(life.isInvalid).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(timed).toHaveBeenCalledTimes(1);
    expect(ticked).toHaveBeenCalledTimes(ticks);
  });

  it('ends with its parent, and can end before it without ending it', () => {
    const parent = childLifetime();
    const early = childLifetime(parent);
    const late = childLifetime(parent);
    const ended = vi.fn();
    late.onInvalidated(ended);
    early.end();
    expect(parent.isInvalid).toBe(false);
    expect(late.isInvalid).toBe(false);
    parent.end();
    expect(late.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it("removes a browser event's listener when it ends, even once the extension is gone", () => {
    const life = childLifetime();
    const listeners = new Set<() => void>();
    const event = {
      addListener: (listener: () => void) => listeners.add(listener),
      removeListener: (listener: () => void) => {
        listeners.delete(listener);
        throw new Error('Extension context invalidated.');
      },
    };
    listenWhile(life, event, () => undefined);
    expect(listeners.size).toBe(1);
    expect(() => life.end()).not.toThrow();
    expect(listeners.size).toBe(0);
  });
});
