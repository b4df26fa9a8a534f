import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '@/utils/db';
import { allArticles, libraryVersion, picksForUrls } from '@/utils/db/library-queries';
import type { PickedArticle } from '@/utils/db/queries';
import type { SearchIndex } from './search-index';

export interface SearchResults {
  picks: PickedArticle[];
  /** Dismissed articles that match: not listed unless asked for, but never hidden silently. */
  dismissed: PickedArticle[];
  /** The query with its typos fixed, when the query as typed finds nothing. */
  suggestion: string | undefined;
}

/**
 * Search results for `query`, as picks with their marks. The index module and the index
 * itself are loaded only once the reader starts to search, and rebuilt when the library's
 * size or newest article changes. `undefined` while the index is being built.
 */
export function useSearch(query: string): SearchResults | undefined {
  const active = query.trim().length > 0;
  const [index, setIndex] = useState<SearchIndex>();
  const version = useLiveQuery(async () => (active ? libraryVersion(db) : undefined), [active]);

  useEffect(() => {
    if (!version) return;
    let cancelled = false;
    void (async () => {
      const [{ buildSearchIndex }, articles] = await Promise.all([import('./search-index'), allArticles(db)]);
      if (!cancelled) setIndex(buildSearchIndex(articles));
    })();
    return () => {
      cancelled = true;
    };
  }, [version]);

  const hits = index && active ? index.search(query) : undefined;
  const suggestion = index && hits?.length === 0 ? index.suggest(query) : undefined;
  const key = hits?.map((hit) => hit.url).join('\n');
  const found = useLiveQuery(
    async () => (key === undefined ? undefined : picksForUrls(db, key ? key.split('\n') : [])),
    [key],
  );
  return found && hits ? { ...found, suggestion } : undefined;
}
