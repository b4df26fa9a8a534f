/** Hits per search answer, the worker's and the page's early one alike. */
export const SEARCH_LIMIT = 30;

/**
 * What the header says while a search is shown, and what a screen reader hears as results
 * come in: how many articles match, or that these are the best of more. `hits` counts every
 * hit of the answer, dismissed ones too, since the limit applies to them all. Undefined
 * without a match: the empty list says so itself.
 */
export function searchCountLabel(shown: number, hits: number, query: string): string | undefined {
  if (shown === 0) return undefined;
  const quoted = `“${query.trim()}”`;
  if (hits >= SEARCH_LIMIT) return `The ${shown} best matches for ${quoted}`;
  return `${shown} article${shown === 1 ? '' : 's'} match${shown === 1 ? 'es' : ''} ${quoted}`;
}
