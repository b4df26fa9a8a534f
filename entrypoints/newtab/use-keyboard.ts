import { useEffect, useLayoutEffect, useRef } from 'react';

export interface KeyboardHandlers {
  next(): void;
  previous(): void;
  open(): void;
  toggleRead(): void;
  toggleSaved(): void;
  dismiss(): void;
  explain(): void;
  undo(): void;
  focusSearch(): void;
  showHelp(): void;
}

/** The shortcuts, in one place: the help dialog lists exactly these. */
export const SHORTCUTS: readonly { keys: string[]; does: string; handler: keyof KeyboardHandlers }[] = [
  { keys: ['j'], does: 'Next article', handler: 'next' },
  { keys: ['k'], does: 'Previous article', handler: 'previous' },
  { keys: ['o', 'Enter'], does: 'Open the article', handler: 'open' },
  { keys: ['m'], does: 'Mark as read / unread', handler: 'toggleRead' },
  { keys: ['s'], does: 'Save / unsave', handler: 'toggleSaved' },
  { keys: ['x'], does: 'Dismiss the pick (it moves to Dismissed)', handler: 'dismiss' },
  { keys: ['w'], does: 'Why this pick? (Escape closes it)', handler: 'explain' },
  { keys: ['u'], does: 'Undo the last dismiss, save, unsave, mark or skip', handler: 'undo' },
  { keys: ['/'], does: 'Search your library', handler: 'focusSearch' },
  { keys: ['?'], does: 'Show these shortcuts', handler: 'showHelp' },
];

/**
 * Single-key shortcuts for the whole page. They stand aside while the reader types in a field,
 * presses a modifier (browser shortcuts stay the browser's), or has a dialog open.
 */
export function useKeyboard(handlers: KeyboardHandlers) {
  const current = useRef(handlers);
  // The latest handlers, kept after each render so the one listener always calls fresh ones.
  useLayoutEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable], dialog[open]')) return;
      // Enter on a link or button does what that control does; only plain Enter opens.
      if (event.key === 'Enter' && target?.closest('a, button')) return;
      const shortcut = SHORTCUTS.find((entry) => entry.keys.includes(event.key));
      if (!shortcut) return;
      event.preventDefault();
      current.current[shortcut.handler]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
