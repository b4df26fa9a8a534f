import { useCallback, useLayoutEffect, useRef } from 'react';

/** How long after an action a lost focus is still put back: the write and the re-render. */
const KEEP_FOR_MS = 3_000;

interface Target {
  url: string;
  /** What had focus when the action was taken: only its removal is a loss to repair. */
  from: Element | null;
  /** The articles after and before it when the action was taken, nearest first. */
  neighbours: string[];
  until: number;
}

/** The articles on the page in reading order: cards, folded lines and rows carry data-url. */
function urlsOnPage(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-url]'), (element) => element.dataset.url ?? '');
}

function elementFor(url: string): HTMLElement | null {
  const item = document.querySelector<HTMLElement>(`[data-url="${CSS.escape(url)}"]`);
  // A card or row takes focus itself; a folded line gives it to its Restore button.
  return item && (item.hasAttribute('tabindex') ? item : item.querySelector('button'));
}

function focusLost(): boolean {
  const focused = document.activeElement;
  return !focused || focused === document.body || !focused.isConnected;
}

/**
 * Keeps a keyboard or screen-reader user's place when a card action removes the element they
 * were on: "Dismiss" folds the card into a line, "Mark as read" takes it out of Picks, the
 * toast's Undo closes the toast. For a few seconds after an action on an article, when the
 * element that had focus is taken away, focus goes to that article's card (or the Restore
 * button of its folded line), else to the article that took its place. Focus the reader moved
 * elsewhere meanwhile is left alone. `follow(url)` is called with the article of each action and undo.
 */
export function useFocusKeeper(): (url: string) => void {
  const target = useRef<Target>(undefined);

  const follow = useCallback((url: string) => {
    const urls = urlsOnPage();
    const at = urls.indexOf(url);
    const neighbours = at < 0 ? [] : [...urls.slice(at + 1, at + 3), ...urls.slice(Math.max(0, at - 2), at).reverse()];
    target.current = { url, from: document.activeElement, neighbours, until: performance.now() + KEEP_FOR_MS };
  }, []);

  // After every render: an action's write arrives as a re-render, which may unmount what had focus.
  useLayoutEffect(() => {
    const current = target.current;
    if (!current) return;
    if (performance.now() > current.until) {
      target.current = undefined;
      return;
    }
    // Focus the reader moved away themselves (a click on the page) is theirs to keep.
    if (!focusLost() || current.from?.isConnected) return;
    for (const url of [current.url, ...current.neighbours]) {
      const element = elementFor(url);
      if (!element) continue;
      element.focus();
      // A line put back in focus may itself give way to the card a moment later (an undo).
      current.from = element;
      return;
    }
  });

  return follow;
}
