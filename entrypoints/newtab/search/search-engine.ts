import type { QuorumDatabase } from '@/utils/db/database';
import { allArticles, libraryVersion } from '@/utils/db/library-queries';
import type { PickedArticle } from '@/utils/db/queries';
import { articlesAt, articleUrls, watchLibrary, watchMarks } from '@/utils/db/search-queries';
import type { ReadingState } from '@/utils/schemas/reading';
import { serialQueue } from '@/utils/serial-queue';
import { buildSearchIndex, type SearchHit, type SearchIndex } from './search-index';

/** What one query finds: the hits as cards (marks included), best first, and a fix for typos. */
export interface SearchAnswer {
  query: string;
  hits: PickedArticle[];
  /** The query with its typos fixed, when the query as typed finds nothing. */
  suggestion: string | undefined;
}

/** Queries remembered per library state: erasing back to an earlier query answers from here. */
const REMEMBERED = 200;

/**
 * The search index and what keeps it current, for the search worker (search-worker.ts) that
 * owns it, away from the page's main thread. The library is indexed once when the worker
 * starts; `refresh` then adds what a sync brought and drops what was pruned, comparing URLs
 * only. The marks are kept in memory by a live query (a mark set in any tab or by a sync
 * reaches it), so an answer carries the articles and their marks without reading the database.
 * Work runs one step at a time, so a query never sees an index half refreshed.
 */
export function searchEngine(db: QuorumDatabase) {
  let index: SearchIndex | undefined;
  let marks = new Map<string, ReadingState>();
  let marksRead: Promise<void> | undefined;
  const remembered = new Map<string, SearchHit[]>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const serial = serialQueue();
  // Resolves with the first read of the marks; each later change replaces the map, and answers
  // already given are out of date.
  const keepMarks = () =>
    (marksRead ??= new Promise<void>((resolve, reject) => {
      let first = true;
      watchMarks(
        db,
        (rows) => {
          marks = new Map(rows.map((row) => [row.url, row]));
          if (first) resolve();
          else changed();
          first = false;
        },
        (error) => {
          console.error('Search lost track of the marks:', error);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }));
  // The library's version when it was read for the index: the watch skips a refresh for it.
  let indexedVersion: string | undefined;
  const ready = async () => {
    if (index) return index;
    const version = await libraryVersion(db);
    const [articles] = await Promise.all([allArticles(db), keepMarks()]);
    indexedVersion ??= version;
    index ??= buildSearchIndex(articles);
    return index;
  };

  const refresh = () =>
    serial(async () => {
      const current = await ready();
      const urls = await articleUrls(db);
      const inLibrary = new Set(urls);
      const known = new Set(current.urls());
      const gone = [...known].filter((url) => !inLibrary.has(url));
      const added = await articlesAt(
        db,
        urls.filter((url) => !known.has(url)),
      );
      current.remove(gone);
      current.add(added);
      if (gone.length || added.length) remembered.clear();
      return { added: added.length, removed: gone.length };
    });

  return {
    /** Reads and indexes the library, if not done yet; a query waits for this, never repeats it. */
    load: () => serial(async () => (await ready()).size),

    /** Brings the index in line with the library; returns how many articles came and went. */
    refresh,

    /**
     * Follows the library from now on: each change to it refreshes the index, and `onChange`
     * hears when answers given so far may be out of date (articles came or went, a mark
     * changed). Returns a stop.
     */
    watch(onChange: () => void): () => void {
      listeners.add(onChange);
      const stop = watchLibrary(
        db,
        (version) => {
          // The first report is usually the version just indexed: nothing to compare then.
          if (version === indexedVersion) return;
          indexedVersion = version;
          void refresh().then(
            ({ added, removed }) => added + removed > 0 && changed(),
            (error: unknown) => console.error('Search index not refreshed:', error),
          );
        },
        (error) => console.error('Search lost track of the library:', error),
      );
      return () => {
        stop();
        listeners.delete(onChange);
      };
    },

    query: (query: string, limit = 30): Promise<SearchAnswer> =>
      serial(async () => {
        const current = await ready();
        const text = query.trim();
        const key = `${limit}:${text}`;
        let found = remembered.get(key);
        if (!found) {
          found = current.search(text, limit);
          if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
          remembered.set(key, found);
        }
        const hits: PickedArticle[] = [];
        for (const { url } of found) {
          const article = current.article(url);
          if (article) hits.push({ article, reading: marks.get(url) });
        }
        return { query, hits, suggestion: found.length === 0 && text ? current.suggest(text) : undefined };
      }),
  };
}
export type SearchEngine = ReturnType<typeof searchEngine>;
