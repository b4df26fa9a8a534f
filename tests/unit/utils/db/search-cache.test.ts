import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { searchCache, type SearchCache } from '../../../../utils/db/search-cache';

let cache: SearchCache | undefined;
let name = '';
afterEach(() => cache?.close());

function open(): SearchCache {
  name = `quorum-search-test-${Math.random().toString(36).slice(2)}`;
  cache = searchCache(name);
  return cache;
}

const INDEX = { format: 1, version: '3:100', json: '{"documentCount":0}', urls: ['https://s.example/a'], prints: [7] };
const FIRST_KEYS = { format: 1, version: '3:100', answers: { r: ['https://s.example/a'] } };

describe('search cache', () => {
  it('gives back the index and first-key answers stored, each in its own entry', async () => {
    const store = open();
    expect(await store.loadIndex()).toBeUndefined();
    expect(await store.loadFirstKeys()).toBeUndefined();
    await store.saveIndex(INDEX);
    expect(await store.loadFirstKeys()).toBeUndefined();
    await store.saveFirstKeys(FIRST_KEYS);
    expect(await store.loadIndex()).toEqual(INDEX);
    expect(await store.loadFirstKeys()).toEqual(FIRST_KEYS);

    // A later save replaces the entry: one stored index at a time.
    await store.saveIndex({ ...INDEX, version: '4:200' });
    expect((await store.loadIndex())?.version).toBe('4:200');
  });

  it('reads an entry of another shape (an older release’s, or damaged) as none', async () => {
    const store = open();
    await store.saveIndex(INDEX);
    const raw = new Dexie(name);
    raw.version(1).stores({ entries: 'key' });
    await raw.table('entries').put({ key: 'index', value: { format: 1, version: 3, json: null } });
    await raw.table('entries').put({ key: 'first-keys', value: 'not an object' });
    raw.close();
    expect(await store.loadIndex()).toBeUndefined();
    expect(await store.loadFirstKeys()).toBeUndefined();
  });
});
