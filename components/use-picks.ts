import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { db } from '@/utils/db';
import { guidanceUrls, queryPicksByUrl } from '@/utils/db/guide-queries';
import { NO_FILTERS, queryPicks, type PickedArticle, type PickFilters } from '@/utils/db/queries';

export interface PicksAnswer {
  picks: PickedArticle[];
  /** With `withGuidance`: the articles the cards link to ("Read first", "Gentler"), by URL. */
  linked?: ReadonlyMap<string, PickedArticle>;
}

/**
 * Live picks for a page: re-queried whenever articles or marks change in any tab, the popup or
 * the background. Cards once shown stay (with their current state) until the page is opened
 * again or the filters change, so marking one read never makes the list jump under the
 * pointer. `undefined` means loading.
 *
 * With `withGuidance`, the same query reads the articles the cards link to, so the cards'
 * "Read first" lines are known with the cards themselves: a second query, started once the
 * cards are in, held the new tab's first live screen back by a round of its own.
 */
export function usePicksAnswer(
  limit: number,
  threshold: number,
  filters: PickFilters = NO_FILTERS,
  withGuidance = false,
): PicksAnswer | undefined {
  const key = JSON.stringify(filters);
  // What was shown under other filters does not stick: the set starts again with new filters.
  const shown = useRef({ key, urls: new Set<string>() });
  // Each answer carries the filters it was asked for. While a new query runs, the live query
  // still hands back the old answer: those cards must not count as shown under the new
  // filters, or a source chosen after a topic would keep the topic's other sources on screen.
  const answer = useLiveQuery(async () => {
    if (shown.current.key !== key) shown.current = { key, urls: new Set() };
    const picks = await queryPicks(db, { limit, threshold, filters: JSON.parse(key), shown: shown.current.urls });
    if (!withGuidance) return { key, picks };
    return { key, picks, linked: await queryPicksByUrl(db, guidanceUrls(picks)) };
  }, [limit, threshold, key, withGuidance]);
  useEffect(() => {
    if (!answer || answer.key !== shown.current.key) return;
    for (const pick of answer.picks) shown.current.urls.add(pick.article.url);
  }, [answer]);
  // The old answer stays on screen for the moment the new one takes, so the page never blanks.
  return answer;
}

/** Live picks alone: see usePicksAnswer. */
export function usePicks(
  limit: number,
  threshold: number,
  filters: PickFilters = NO_FILTERS,
): PickedArticle[] | undefined {
  return usePicksAnswer(limit, threshold, filters)?.picks;
}
