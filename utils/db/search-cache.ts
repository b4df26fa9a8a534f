import Dexie, { type EntityTable } from 'dexie';
import {
  StoredFirstKeysSchema,
  StoredSearchIndexSchema,
  type StoredFirstKeys,
  type StoredSearchIndex,
} from '../schemas/search-cache';
import { SEARCH_CACHE_NAME } from './drop-search-cache';

type Entry = { key: 'index'; value: unknown } | { key: 'first-keys'; value: unknown };

/**
 * The search worker's store, a database of its own beside the library's: everything in it is
 * derived from the library and can be dropped at any time (a reset does; the worker then
 * builds again), so it needs no migrations and the library's schema does not carry it.
 */
class SearchCacheDatabase extends Dexie {
  entries!: EntityTable<Entry, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ entries: 'key' });
  }
}

/**
 * The stored index and first-key answers. A read that fails, or finds a row of another shape
 * (an older release's, or damaged), gives undefined: the worker then works from the library.
 */
export function searchCache(name = SEARCH_CACHE_NAME) {
  let opened: SearchCacheDatabase | undefined;
  const database = () => (opened ??= new SearchCacheDatabase(name));
  const read = async <T>(key: Entry['key'], parse: (value: unknown) => T | undefined): Promise<T | undefined> => {
    try {
      const row = await database().entries.get(key);
      return row ? parse(row.value) : undefined;
    } catch (error) {
      console.warn('Stored search index not read:', error);
      return undefined;
    }
  };
  return {
    loadIndex: () =>
      read('index', (value) => {
        const parsed = StoredSearchIndexSchema.safeParse(value);
        return parsed.success ? parsed.data : undefined;
      }),
    saveIndex: async (value: StoredSearchIndex) => void (await database().entries.put({ key: 'index', value })),
    loadFirstKeys: () =>
      read('first-keys', (value) => {
        const parsed = StoredFirstKeysSchema.safeParse(value);
        return parsed.success ? parsed.data : undefined;
      }),
    saveFirstKeys: async (value: StoredFirstKeys) => void (await database().entries.put({ key: 'first-keys', value })),
    close: () => opened?.close(),
  };
}
export type SearchCache = ReturnType<typeof searchCache>;
