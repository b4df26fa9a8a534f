import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_KEYS, SEARCH_INDEX_FORMAT, searchEngine } from '../../../../../entrypoints/newtab/search/search-engine';
import { buildSearchIndex } from '../../../../../entrypoints/newtab/search/search-index';
import type { QuorumDatabase } from '../../../../../utils/db/database';
import { libraryVersion } from '../../../../../utils/db/library-queries';
import { searchCache, type SearchCache } from '../../../../../utils/db/search-cache';
import type { Article } from '../../../../../utils/schemas/article';
import { article, testDatabase } from '../../../support/test-db';
import { PAPERS } from './papers';

const LIBRARY: Article[] = [PAPERS.raft, PAPERS.dynamo, PAPERS.spanner, PAPERS.paxos];

let db: QuorumDatabase | undefined;
let cache: SearchCache | undefined;
afterEach(() => {
  db?.close();
  cache?.close();
});

async function library(articles: Article[] = LIBRARY) {
  db = testDatabase();
  await db.articles.bulkPut(articles);
  return db;
}

const urls = (answer: { hits: { article: Article }[] }) => answer.hits.map((hit) => hit.article.url);

describe('search engine (the search worker’s side)', () => {
  it('answers as the index alone does, with each hit’s article, for queries typed before it loaded', async () => {
    const engine = searchEngine(await library());
    const index = buildSearchIndex(LIBRARY);
    // No load() first: the query waits for the one indexing and gets full results.
    for (const query of ['understandable', 'hinted handoff', 'dyn', 'consnesus', 'consensus', '2pc', 'p', 'raft l']) {
      const answer = await engine.query(query);
      expect(urls(answer), query).toEqual(index.search(query).map((hit) => hit.url));
      expect(answer.query).toBe(query);
    }
    expect((await engine.query('understandable')).hits[0]!.article).toEqual(LIBRARY[0]);
  });

  it('indexes the library once, however many queries wait for it', async () => {
    const database = await library();
    // The library is read from its first row once (then on in chunks, here one).
    const read = vi.spyOn(database.articles, 'orderBy');
    const engine = searchEngine(database);
    await Promise.all([engine.load(), engine.query('raft'), engine.query('paxos')]);
    expect(read.mock.calls.filter(([index]) => index === ':id')).toHaveLength(1);
  });

  it('carries the marks with each hit, and follows a mark set after it loaded', async () => {
    const database = await library();
    await database.reading.put({ url: LIBRARY[3]!.url, readAt: 5, savedAt: null, dismissedAt: null, updatedAt: 5 });
    const engine = searchEngine(database);
    expect((await engine.query('paxos made')).hits[0]!.reading?.readAt).toBe(5);
    await database.reading.put({ url: LIBRARY[3]!.url, readAt: 5, savedAt: 9, dismissedAt: null, updatedAt: 9 });
    await vi.waitFor(async () => expect((await engine.query('paxos made')).hits[0]!.reading?.savedAt).toBe(9));
  });

  it('follows the library: an article a sync adds is found, a pruned one is gone', async () => {
    const database = await library();
    const engine = searchEngine(database);
    expect(urls(await engine.query('hinted'))).toEqual(['https://s.example/dynamo']);
    expect(urls(await engine.query('chubby'))).toEqual([]);

    const chubby = article({
      url: 'https://s.example/chubby',
      title: 'The Chubby lock service for loosely-coupled distributed systems',
    });
    await database.articles.put(chubby);
    await database.articles.delete('https://s.example/dynamo');
    expect(await engine.refresh()).toEqual({ added: 1, removed: 1 });

    expect(urls(await engine.query('chubby'))).toEqual([chubby.url]);
    expect(urls(await engine.query('hinted'))).toEqual([]);
    expect(await engine.refresh()).toEqual({ added: 0, removed: 0 });
  });

  it('watches the library and the marks itself, and says when answers are out of date', async () => {
    const database = await library();
    const engine = searchEngine(database);
    await engine.load();
    const onChange = vi.fn();
    const stop = engine.watch(onChange);
    expect(urls(await engine.query('chubby'))).toEqual([]);

    await database.articles.put(article({ url: 'https://s.example/chubby', title: 'The Chubby lock service' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(urls(await engine.query('chubby'))).toEqual(['https://s.example/chubby']);

    await database.reading.put({ url: LIBRARY[0]!.url, readAt: 7, savedAt: null, dismissedAt: null, updatedAt: 7 });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect((await engine.query('understandable')).hits[0]!.reading?.readAt).toBe(7);
    stop();
  });

  it('suggests a fix for a typo only when nothing matches', async () => {
    const engine = searchEngine(await library());
    expect(await engine.query('paxso')).toMatchObject({ hits: [], suggestion: 'paxos' });
    expect((await engine.query('paxos')).suggestion).toBeUndefined();
    expect((await engine.query('zzzzqqq')).suggestion).toBeUndefined();
  });
});

describe('search engine with a stored index (the next new tab)', () => {
  const store = () => (cache = searchCache(`quorum-search-test-${Math.random().toString(36).slice(2)}`));

  it('stores the index and the first keys’ answers once ready, and a later engine restores them', async () => {
    const database = await library();
    const stored = store();
    const first = searchEngine(database, stored);
    await first.load();
    await first.prepare();
    const version = await libraryVersion(database);
    const index = buildSearchIndex(LIBRARY);
    expect(await stored.loadIndex()).toMatchObject({ version, urls: LIBRARY.map((a) => a.url).sort() });
    const firstKeys = await stored.loadFirstKeys();
    expect(firstKeys?.version).toBe(version);
    expect(Object.keys(firstKeys!.answers).sort()).toEqual([...FIRST_KEYS].sort());
    for (const key of ['r', 'p', 'd', 'z'])
      expect(firstKeys!.answers[key], key).toEqual(index.search(key).map((hit) => hit.url));

    // The next tab's worker restores the stored index: every query answered as a built one
    // does, and nothing to store again.
    const save = vi.spyOn(stored, 'saveIndex');
    const saveKeys = vi.spyOn(stored, 'saveFirstKeys');
    const next = searchEngine(database, stored);
    for (const query of ['understandable', 'hinted handoff', 'consnesus', '2pc', 'raft l', 'P', 'd'])
      expect(urls(await next.query(query)), query).toEqual(index.search(query).map((hit) => hit.url));
    await next.prepare();
    expect(save).not.toHaveBeenCalled();
    expect(saveKeys).not.toHaveBeenCalled();
  });

  it('brings a stale stored index up to date by a diff, and stores it again', async () => {
    const database = await library();
    const stored = store();
    const first = searchEngine(database, stored);
    await first.load();
    await first.prepare();

    // A sync between two new tabs: one article comes, one goes, one is retitled.
    const chubby = article({
      url: 'https://s.example/chubby',
      title: 'The Chubby lock service',
      firstSeenAt: LIBRARY[0]!.firstSeenAt + 1,
    });
    await database.articles.put(chubby);
    await database.articles.delete(PAPERS.dynamo.url);
    await database.articles.put({ ...PAPERS.spanner, title: 'Spanner: Google’s globally distributed database' });
    const index = buildSearchIndex(await database.articles.toArray());

    const next = searchEngine(database, stored);
    // What a fresh build finds, in the same order (equal scores are ordered by URL).
    for (const query of ['chubby', 'hinted', 'globally', 'dynamo', 'consensus', 'c'])
      expect(urls(await next.query(query)), query).toEqual(index.search(query).map((hit) => hit.url));
    await next.prepare();
    expect((await stored.loadIndex())?.version).toBe(await libraryVersion(database));
    expect((await stored.loadIndex())?.urls).toContain(chubby.url);
    expect((await stored.loadFirstKeys())?.answers.c).toEqual(urls(await next.query('c')));
  });

  it('ignores what an older format of the index stored', async () => {
    const database = await library();
    const stored = store();
    await stored.saveFirstKeys({
      format: SEARCH_INDEX_FORMAT - 1,
      version: await libraryVersion(database),
      answers: { r: [PAPERS.paxos.url] },
    });
    const engine = searchEngine(database, stored);
    expect(urls(await engine.query('r'))).toEqual(
      buildSearchIndex(LIBRARY)
        .search('r')
        .map((hit) => hit.url),
    );
  });
});
