import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How every part of the badges script ties its listeners, timers and idle work to how long it
 * lives: WXT's `ctx` API (signal, addEventListener, setTimeout, setInterval,
 * requestIdleCallback, onInvalidated), and nothing else. `ctx` itself is the script's
 * lifetime; `childLifetime` gives a part that can end sooner the very same API.
 */
export type Lifetime = Pick<
  ContentScriptContext,
  'signal' | 'isInvalid' | 'onInvalidated' | 'addEventListener' | 'setTimeout' | 'setInterval' | 'requestIdleCallback'
>;

export interface ChildLifetime extends Lifetime {
  /** Ends this part: its listeners go, its timers and idle callbacks never run. Idempotent. */
  end(): void;
}

/**
 * A part of the page's life that may end before the script does (badges switched off on this
 * site, an article page left for another by a single-page app, a card closed), and ends with
 * its parent at the latest. Without a parent it ends only when told to (unit tests).
 */
export function childLifetime(parent?: Lifetime): ChildLifetime {
  const controller = new AbortController();
  const signal = controller.signal;
  const ended = () => signal.aborted || (parent?.isInvalid ?? false);
  const end = () => {
    unlink?.();
    controller.abort();
  };
  const unlink = parent?.onInvalidated(end);
  const onInvalidated = (callback: () => void) => {
    signal.addEventListener('abort', callback);
    return () => signal.removeEventListener('abort', callback);
  };
  /** A callback that runs once unless the lifetime ends first, cancelled by `cancel` if it does. */
  const scheduled = <Args extends unknown[]>(
    schedule: (run: (...args: Args) => void) => number,
    cancel: (id: number) => void,
    callback: (...args: Args) => void,
  ): number => {
    const id = schedule((...args) => {
      forget();
      if (!ended()) callback(...args);
    });
    const forget = onInvalidated(() => cancel(id));
    return id;
  };
  const lifetime: ChildLifetime = {
    signal,
    get isInvalid() {
      return ended();
    },
    onInvalidated,
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    setTimeout: (handler, timeout) =>
      scheduled((run) => setTimeout(run, timeout) as unknown as number, clearTimeout, handler),
    setInterval(handler, timeout) {
      const id = setInterval(() => {
        if (!ended()) handler();
      }, timeout) as unknown as number;
      onInvalidated(() => clearInterval(id));
      return id;
    },
    requestIdleCallback: (callback, options) =>
      scheduled((run) => requestIdleCallback(run, options), cancelIdleCallback, callback),
    end,
  } as ChildLifetime;
  return lifetime;
}

/** A browser event (storage, runtime messages) listened to for as long as `life`. */
export function listenWhile<Listener>(
  life: Lifetime,
  event: { addListener(listener: Listener): void; removeListener(listener: Listener): void },
  listener: Listener,
): void {
  event.addListener(listener);
  life.onInvalidated(() => {
    try {
      event.removeListener(listener);
    } catch {
      // The extension is gone: so are its listeners.
    }
  });
}
