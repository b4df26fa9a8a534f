import type { QuorumDatabase } from '@/utils/db/database';
import { libraryVersion } from '@/utils/db/library-queries';
import type { PickedArticle } from '@/utils/db/queries';
import type { SearchCache } from '@/utils/db/search-cache';
import { articlesAt, articleUrls, everyArticleInChunks, watchLibrary, watchMarks } from '@/utils/db/search-queries';
import type { ReadingState } from '@/utils/schemas/reading';
import { serialQueue } from '@/utils/serial-queue';
import { SEARCH_LIMIT as LIMIT } from './search-count';
import { buildSearchIndex, restoreSearchIndex, type SearchIndex } from './search-index';

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
 * Bump when SEARCH_INDEX_OPTIONS or what is indexed changes: an index or first-key answers
 * stored by an older release are then ignored and made again.
 */
export const SEARCH_INDEX_FORMAT = 1;
/**
 * The one-character queries answered ahead, once per state of the library: the first key a
 * reader types is one of these, and a one-letter prefix is the index's slowest query (every
 * word with that letter first).
 */
export const FIRST_KEYS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The search index and what keeps it current, for the search worker (search-worker.ts) that
 * owns it, away from the page's main thread. The library is indexed once when the worker
 * starts, or rather the index an earlier new tab stored (`cache`) is loaded and brought in line
 * with the library by a diff; `refresh` then adds what a sync brought and drops what was
 * pruned, comparing URLs only. The marks are kept in memory by a live query (a mark set in any
 * tab or by a sync reaches it), so an answer carries the articles and their marks without
 * reading the database. Work runs one step at a time, so a query never sees an index half
 * refreshed. (Until the index is in, the page answers a query roughly itself: early-answer.ts.)
 */
export function searchEngine(db: QuorumDatabase, cache?: SearchCache) {
  let index: SearchIndex | undefined;
  let marks = new Map<string, ReadingState>();
  let marksRead: Promise<void> | undefined;
  const remembered = new Map<string, string[]>();
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
  const remember = (key: string, urls: string[]) => {
    if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, urls);
  };

  // Set when the index is in line with a stored one whose first-key answers still hold.
  let firstKeysFresh = false;
  let storedChanged = true;

  // The library's version when it was read for the index: the watch skips a refresh for it.
  let indexedVersion: string | undefined;
  const ready = async () => {
    if (index) return index;
    const version = await libraryVersion(db);
    const [articles, stored, storedKeys] = await Promise.all([
      everyArticleInChunks(db),
      cache?.loadIndex(),
      cache?.loadFirstKeys(),
      keepMarks(),
    ]);
    const firstKeys = storedKeys?.format === SEARCH_INDEX_FORMAT ? storedKeys : undefined;
    indexedVersion ??= version;
    const restored = stored?.format === SEARCH_INDEX_FORMAT ? restoreSearchIndex(stored, articles) : undefined;
    index = restored?.index ?? buildSearchIndex(articles);
    storedChanged = !restored || restored.changed > 0 || stored?.version !== version;
    firstKeysFresh = firstKeys?.version === version && !(restored && restored.changed > 0);
    if (firstKeysFresh) for (const [key, urls] of Object.entries(firstKeys!.answers)) remember(`${LIMIT}:${key}`, urls);
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
      if (gone.length || added.length) {
        remembered.clear();
        firstKeysFresh = false;
        storedChanged = true;
      }
      return { added: added.length, removed: gone.length };
    });

  const lookUp = (current: SearchIndex, text: string, limit: number) => {
    const key = `${limit}:${text.toLowerCase()}`;
    let found = remembered.get(key);
    if (!found) {
      found = current.search(text, limit).map((hit) => hit.url);
      remember(key, found);
    }
    return found;
  };

  return {
    /** Reads and indexes the library, if not done yet; a query waits for this, never repeats it. */
    load: () => serial(async () => (await ready()).size),

    /**
     * Gets the next new tab ready, once the index is in: answers the first keys ahead (one at a
     * time, so queries go between them) and stores the index and those answers, unless what is
     * stored already holds for this state of the library. Resolves when done.
     */
    async prepare(): Promise<void> {
      const version = await serial(async () => (await ready(), indexedVersion!));
      const answers: Record<string, string[]> = {};
      for (const key of FIRST_KEYS) {
        await nextTask();
        const found = await serial(async () =>
          indexedVersion === version ? lookUp(await ready(), key, LIMIT) : undefined,
        );
        if (!found) return;
        answers[key] = found;
      }
      if (!cache) return;
      const snapshot = await serial(async () =>
        indexedVersion === version && storedChanged ? (await ready()).snapshot() : undefined,
      );
      try {
        if (snapshot) await cache.saveIndex({ format: SEARCH_INDEX_FORMAT, version, ...snapshot });
        if (snapshot || !firstKeysFresh) await cache.saveFirstKeys({ format: SEARCH_INDEX_FORMAT, version, answers });
        if (indexedVersion === version) {
          storedChanged = false;
          firstKeysFresh = true;
        }
      } catch (error) {
        // Only the next new tab's start is slower: it builds the index again.
        console.warn('Search index not stored:', error);
      }
    },

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

    query: (query: string, limit = LIMIT): Promise<SearchAnswer> =>
      serial(async () => {
        const current = await ready();
        const text = query.trim();
        const found = lookUp(current, text, limit);
        const hits: PickedArticle[] = [];
        for (const url of found) {
          const article = current.article(url);
          if (article) hits.push({ article, reading: marks.get(url) });
        }
        return { query, hits, suggestion: found.length === 0 && text ? current.suggest(text) : undefined };
      }),
  };
}
export type SearchEngine = ReturnType<typeof searchEngine>;
