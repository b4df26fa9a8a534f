import { describe, expect, it } from 'vitest';
import { buildSearchIndex, restoreSearchIndex, textPrint } from '../../../../../entrypoints/newtab/search/search-index';
import { article } from '../../../support/test-db';
import { PAPERS, paperName } from './papers';

const raft = article({ url: 'https://s.example/raft', title: 'Raft: understandable consensus', topics: ['consensus'] });
const chubby = article({ url: 'https://s.example/chubby', title: 'Chubby lock service', topics: ['fault-tolerance'] });
const urls = (index: ReturnType<typeof buildSearchIndex>, query: string) => index.search(query).map((hit) => hit.url);

describe('search index kept current', () => {
  it('adds articles as they come, once each, and finds them like ones indexed at first', () => {
    const grown = buildSearchIndex([raft]);
    grown.add([chubby, raft]);
    const whole = buildSearchIndex([raft, chubby]);
    expect(grown.size).toBe(2);
    for (const query of ['chubby', 'lock', 'raft', 'cons'])
      expect(grown.search(query), query).toEqual(whole.search(query));
    expect(grown.article(chubby.url)).toEqual(chubby);
  });

  it('forgets removed articles, in its results and its suggestions', () => {
    const index = buildSearchIndex([raft, chubby]);
    expect(index.suggest('chubyb')).toBe('chubby');
    index.remove([chubby.url, 'https://s.example/never-indexed']);
    expect(index.size).toBe(1);
    expect(urls(index, 'chubby')).toEqual([]);
    expect(index.article(chubby.url)).toBeUndefined();
    expect(index.suggest('chubyb')).toBeUndefined();
    expect([...index.urls()]).toEqual([raft.url]);
  });
});

const ranking = buildSearchIndex([PAPERS.raft, PAPERS.dynamo, PAPERS.tail]);
const names = (query: string) => ranking.search(query).map((hit) => paperName(hit.url));

describe('library search', () => {
  it('finds by title, summary, source and topic', () => {
    expect(names('understandable')).toEqual(['raft']);
    expect(names('hinted handoff')).toEqual(['dynamo']);
    expect(names('CACM')).toEqual(['tail']);
    expect(names('scaling')).toEqual(['tail']);
  });
  it('matches prefixes as you type', () => {
    expect(names('dyn')).toEqual(['dynamo']);
  });
  it('tolerates a typo', () => {
    expect(names('consnesus')).toContain('raft');
  });
  it('ranks a title match above a summary match', () => {
    expect(names('consensus')[0]).toBe('raft');
    expect(names('quorum')).toEqual(['dynamo']);
  });
  it('returns nothing for an empty query', () => {
    expect(ranking.search('   ')).toEqual([]);
  });
});

describe('search index stored and restored', () => {
  const library = [PAPERS.raft, PAPERS.dynamo, PAPERS.tail, PAPERS.spanner, PAPERS.paxos];
  const queries = ['consensus', 'raft', 'r', 'paxos', 'hinted handoff', 'tail', 'commit', '2pc', 'consnesus'];
  const search = (index: ReturnType<typeof buildSearchIndex>) =>
    queries.map((query) => index.search(query).map((hit) => hit.url));

  it('finds, restored over an unchanged library, what the built index finds, and needs no change', () => {
    const built = buildSearchIndex(library);
    const restored = restoreSearchIndex(built.snapshot(), library)!;
    expect(restored.changed).toBe(0);
    expect(restored.index.size).toBe(library.length);
    expect(search(restored.index)).toEqual(search(built));
    expect(restored.index.article(PAPERS.raft.url)).toEqual(PAPERS.raft);
    expect(restored.index.suggest('paxso')).toBe('paxos');
  });

  it('brings a stale index in line: a new article is added, a gone one dropped, a changed one indexed again', () => {
    const stored = buildSearchIndex(library).snapshot();
    const renamed = { ...PAPERS.tail, title: 'Hedged requests at scale' };
    const now = [PAPERS.raft, PAPERS.dynamo, renamed, PAPERS.paxos, chubby];
    const restored = restoreSearchIndex(stored, now)!;
    // Spanner gone, Chubby new, the tail paper's title changed.
    expect(restored.changed).toBe(3);
    expect([...restored.index.urls()].sort()).toEqual(now.map((a) => a.url).sort());
    const fresh = buildSearchIndex(now);
    for (const query of [...queries, 'chubby', 'hedged', 'spanner', 'the tail'])
      expect(
        restored.index.search(query).map((hit) => hit.url),
        query,
      ).toEqual(fresh.search(query).map((hit) => hit.url));
    expect(restored.index.article(PAPERS.tail.url)?.title).toBe('Hedged requests at scale');
  });

  it('gives up on a snapshot it cannot read, so the caller builds instead', () => {
    const stored = buildSearchIndex(library).snapshot();
    expect(restoreSearchIndex({ ...stored, json: '{"not": "an index"' }, library)).toBeUndefined();
    expect(restoreSearchIndex({ ...stored, urls: stored.urls.slice(1) }, library)).toBeUndefined();
  });

  it('prints an article by the text it is indexed by, and by nothing else', () => {
    expect(textPrint(PAPERS.raft, 'Consensus')).toBe(textPrint({ ...PAPERS.raft, rank: 99 }, 'Consensus'));
    expect(textPrint(PAPERS.raft, 'Consensus')).not.toBe(textPrint({ ...PAPERS.raft, summary: 'Other.' }, 'Consensus'));
    expect(textPrint(PAPERS.raft, 'Consensus')).not.toBe(textPrint(PAPERS.raft, 'Replication'));
  });
});

describe('search order', () => {
  it('orders equal scores by URL, however the index came to hold its articles', () => {
    const twins = ['b', 'a', 'c'].map((name) =>
      article({ url: `https://s.example/${name}`, title: 'Vector clocks explained', summary: 'Same text.' }),
    );
    const built = buildSearchIndex(twins);
    const grown = buildSearchIndex([twins[0]!]);
    grown.add([twins[2]!, twins[1]!]);
    const expected = ['https://s.example/a', 'https://s.example/b', 'https://s.example/c'];
    expect(built.search('vector').map((hit) => hit.url)).toEqual(expected);
    expect(grown.search('vec').map((hit) => hit.url)).toEqual(expected);
    expect(
      restoreSearchIndex(grown.snapshot(), twins)!
        .index.search('clocks')
        .map((hit) => hit.url),
    ).toEqual(expected);
  });
});
