import { useEffect, useMemo, useState } from 'react';
import { db } from '@/utils/db';
import { isDismissed, type PickedArticle } from '@/utils/db/queries';
import { earlyAnswer } from './early-answer';
import { searchClient } from './search-client';
import type { SearchAnswer } from './search-engine';
import { stableHits } from './stable-hits';

export interface SearchResults {
  picks: PickedArticle[];
  /** Dismissed articles that match: not listed unless asked for, but never hidden silently. */
  dismissed: PickedArticle[];
  /** The query with its typos fixed, when the query as typed finds nothing. */
  suggestion: string | undefined;
}

/**
 * Search results for `query`, as picks with their marks, from the search worker: the page's
 * main thread neither indexes nor searches the index (it reads a few rows only for an early
 * answer, before the index is in). The worker is
 * started once the page is up and the reader shows they are about to search (`warm`: the
 * field focused or pointed at), so it indexes while they move to type; a query typed sooner
 * waits for that one indexing, never starts another, and meanwhile gets a rough early answer
 * from the page itself (early-answer.ts). When the library or a mark changes, the
 * worker says so and the query is asked again.
 * `undefined` until the first answer.
 */
export function useSearch(query: string, warm: boolean): SearchResults | undefined {
  const active = query.trim().length > 0;
  const [answer, setAnswer] = useState<SearchAnswer>();
  const [generation, setGeneration] = useState(0);
  // A hit unchanged since an earlier answer keeps its object, so its card is not drawn again.
  const [stable] = useState(stableHits);
  // A cleared search forgets its answer, so the next one does not open on stale results.
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    if (!active) setAnswer(undefined);
  }

  useEffect(() => {
    if (warm) searchClient.warm();
  }, [warm]);

  // Only while results are shown: a change asks the query again (elsewhere it costs nothing).
  useEffect(() => (active ? searchClient.onChange(() => setGeneration((n) => n + 1)) : undefined), [active]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    let answered = false;
    void searchClient.query(query).then((found) => {
      if (!current || !found) return;
      answered = true;
      setAnswer({ ...found, hits: stable(found.hits) });
    });
    // Until the worker has its index in, its answer waits for it: meanwhile the page shows a
    // rough one of its own, which the worker's replaces when it comes.
    if (!searchClient.loaded)
      void earlyAnswer(db, query).then(
        (found) => current && !answered && found && setAnswer({ ...found, hits: stable(found.hits) }),
        (error: unknown) => console.error('Early search failed:', error),
      );
    return () => {
      current = false;
    };
  }, [query, active, generation, stable]);

  return useMemo(() => {
    if (!active || !answer) return undefined;
    const picks: PickedArticle[] = [];
    const dismissed: PickedArticle[] = [];
    for (const hit of answer.hits) (isDismissed(hit.reading) ? dismissed : picks).push(hit);
    return { picks, dismissed, suggestion: answer.suggestion };
  }, [active, answer]);
}
