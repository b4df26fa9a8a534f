import type { Lifetime } from './lifetime';

const DELEGATED = ['pointerover', 'pointerout', 'focusin', 'focusout'] as const;

export interface BadgeEvents {
  /** Routes hover and focus events aimed at `host` (retargeted from inside its shadow root) to `handler`. */
  delegate(host: Element, handler: (event: Event) => void): void;
}

/**
 * Hover and focus handling for every badge of the page through four listeners on the document
 * (in the content script's own world: the page cannot see them), rather than four per badge.
 * The listeners are added with the first badge and go when `life` ends.
 */
export function createBadgeEvents(life: Lifetime): BadgeEvents {
  const handlers = new WeakMap<EventTarget, (event: Event) => void>();
  let listening = false;
  const dispatch = (event: Event) => {
    if (event.target) handlers.get(event.target)?.(event);
  };
  return {
    delegate(host, handler) {
      handlers.set(host, handler);
      if (listening) return;
      listening = true;
      for (const type of DELEGATED) life.addEventListener(document, type, dispatch, { capture: true, passive: true });
    },
  };
}
