import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '@/utils/db';
import type { Pick } from '@/utils/db/queries';
import type { SearchIndex } from './search-index';

/**
 * Search results for `query`, as picks with their marks. The index module and the index
 * itself are loaded only once the reader starts to search, and rebuilt when the library's
 * size or newest article changes. `undefined` while the index is being built.
 */
export function useSearch(query: string): Pick[] | undefined {
  const active = query.trim().length > 0;
  const [index, setIndex] = useState<SearchIndex>();
  const libraryVersion = useLiveQuery(
    async () =>
      active
        ? `${await db.articles.count()}:${(await db.articles.orderBy('firstSeenAt').last())?.firstSeenAt ?? 0}`
        : undefined,
    [active],
  );

  useEffect(() => {
    if (!libraryVersion) return;
    let cancelled = false;
    void (async () => {
      const [{ buildSearchIndex }, articles] = await Promise.all([import('./search-index'), db.articles.toArray()]);
      if (!cancelled) setIndex(buildSearchIndex(articles));
    })();
    return () => {
      cancelled = true;
    };
  }, [libraryVersion]);

  const hits = index && active ? index.search(query) : undefined;
  const key = hits?.map((hit) => hit.url).join('\n');
  return useLiveQuery(async () => {
    if (!hits) return undefined;
    const urls = hits.map((hit) => hit.url);
    const [articles, marks] = await Promise.all([db.articles.bulkGet(urls), db.reading.bulkGet(urls)]);
    const picks: Pick[] = [];
    articles.forEach((article, i) => {
      if (article && !marks[i]?.dismissedAt) picks.push({ article, reading: marks[i] });
    });
    return picks;
  }, [key]);
}
