import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../../entrypoints/newtab/search/search-index';
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
