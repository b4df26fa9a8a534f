/**
 * The 'after-reading' rule for marking an article read on its own page: the reader scrolled
 * this far down it, or had it in view this long. The content script applies it and the
 * options page describes it, from these same numbers.
 */
export const READ_SCROLL_FRACTION = 0.6;
export const READ_VISIBLE_MS = 30_000;

/** The rule in words, for the setting's label. */
export function describeAfterReading(): string {
  return `${Math.round(READ_SCROLL_FRACTION * 100)}% scrolled or ${READ_VISIBLE_MS / 1000} s on the page`;
}
