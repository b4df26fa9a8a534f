import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '@/utils/db';
import { libraryVersion } from '@/utils/db/library-queries';
import { isDismissed, type PickedArticle } from '@/utils/db/queries';
import { marksAt } from '@/utils/db/search-queries';
import { searchClient } from './search-client';
import type { SearchAnswer } from './search-engine';

export interface SearchResults {
  picks: PickedArticle[];
  /** Dismissed articles that match: not listed unless asked for, but never hidden silently. */
  dismissed: PickedArticle[];
  /** The query with its typos fixed, when the query as typed finds nothing. */
  suggestion: string | undefined;
}

/**
 * Search results for `query`, as picks with their marks, from the search worker. The worker is
 * started once the page is up (`warm`), in idle time, so it has indexed the library before the
 * reader types; a query typed sooner waits for that one indexing, never starts another. Results
 * stay current: a change to the library refreshes the index and asks again, a mark set while
 * results are shown updates its card. `undefined` until the first answer.
 */
export function useSearch(query: string, warm: boolean): SearchResults | undefined {
  const active = query.trim().length > 0;
  const [answer, setAnswer] = useState<SearchAnswer>();
  const [generation, setGeneration] = useState(0);
  // A cleared search forgets its answer, so the next one does not open on stale results.
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    if (!active) setAnswer(undefined);
  }

  useEffect(() => {
    if (!warm) return;
    const idle = globalThis.requestIdleCallback?.(() => searchClient.warm(), { timeout: 1_000 });
    if (idle === undefined) searchClient.warm();
    return () => {
      if (idle !== undefined) globalThis.cancelIdleCallback(idle);
    };
  }, [warm]);

  // A sync that adds articles, or a prune: the index follows, then the shown query is asked again.
  const version = useLiveQuery(async () => (warm ? libraryVersion(db) : undefined), [warm]);
  useEffect(() => {
    if (!version) return;
    let current = true;
    void searchClient.refresh().then((changed) => current && changed && setGeneration((n) => n + 1));
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    void searchClient.query(query).then((found) => current && found && setAnswer(found));
    return () => {
      current = false;
    };
  }, [query, active, generation]);

  // The marks come with the answer; this keeps them live while the results are on screen.
  const key = answer?.hits.map((hit) => hit.article.url).join('\n');
  const live = useLiveQuery(async () => (key ? { key, marks: await marksAt(db, key.split('\n')) } : undefined), [key]);
  return useMemo(() => {
    if (!active || !answer) return undefined;
    const marks = live && live.key === key ? live.marks : answer.hits.map((hit) => hit.reading);
    const picks: PickedArticle[] = [];
    const dismissed: PickedArticle[] = [];
    answer.hits.forEach((hit, i) => {
      const picked = { article: hit.article, reading: marks[i] };
      (isDismissed(picked.reading) ? dismissed : picks).push(picked);
    });
    return { picks, dismissed, suggestion: answer.suggestion };
  }, [active, answer, live, key]);
}
