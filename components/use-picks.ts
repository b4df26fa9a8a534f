import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { db } from '@/utils/db';
import { NO_FILTERS, queryPicks, type PickedArticle, type PickFilters } from '@/utils/db/queries';

/**
 * Live picks for a page: re-queried whenever articles or marks change in any tab, the popup or
 * the background. Cards once shown stay (with their current state) until the page is opened
 * again or the filters change, so marking one read never makes the list jump under the
 * pointer. `undefined` means loading.
 */
export function usePicks(
  limit: number,
  threshold: number,
  filters: PickFilters = NO_FILTERS,
): PickedArticle[] | undefined {
  const key = JSON.stringify(filters);
  // What was shown under other filters does not stick: the set starts again with new filters.
  const shown = useRef({ key, urls: new Set<string>() });
  // Each answer carries the filters it was asked for. While a new query runs, the live query
  // still hands back the old answer: those cards must not count as shown under the new
  // filters, or a source chosen after a topic would keep the topic's other sources on screen.
  const answer = useLiveQuery(async () => {
    if (shown.current.key !== key) shown.current = { key, urls: new Set() };
    const picks = await queryPicks(db, { limit, threshold, filters: JSON.parse(key), shown: shown.current.urls });
    return { key, picks };
  }, [limit, threshold, key]);
  useEffect(() => {
    if (!answer || answer.key !== shown.current.key) return;
    for (const pick of answer.picks) shown.current.urls.add(pick.article.url);
  }, [answer]);
  // The old answer stays on screen for the moment the new one takes, so the page never blanks.
  return answer?.picks;
}
