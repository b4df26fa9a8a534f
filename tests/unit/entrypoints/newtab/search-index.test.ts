import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../entrypoints/newtab/search/search-index';
import { article } from '../../support/test-db';

const index = buildSearchIndex([
  article({
    url: 'https://s.example/raft',
    title: 'In Search of an Understandable Consensus Algorithm',
    summary: 'Raft splits consensus into leader election and log replication.',
    source: 'USENIX ATC',
    topics: ['consensus'],
  }),
  article({
    url: 'https://s.example/dynamo',
    title: 'Dynamo: Amazon’s Highly Available Key-value Store',
    summary: 'Sloppy quorums and hinted handoff keep writes available.',
    source: 'SOSP',
    topics: ['replication'],
  }),
  article({
    url: 'https://s.example/tail',
    title: 'The Tail at Scale',
    summary: 'Hedged requests cut tail latency in large fan-out services.',
    source: 'CACM',
    topics: ['scaling'],
  }),
]);
const urls = (query: string) => index.search(query).map((hit) => hit.url.replace('https://s.example/', ''));

describe('library search', () => {
  it('finds by title, summary, source and topic', () => {
    expect(urls('understandable')).toEqual(['raft']);
    expect(urls('hinted handoff')).toEqual(['dynamo']);
    expect(urls('CACM')).toEqual(['tail']);
    expect(urls('scaling')).toEqual(['tail']);
  });
  it('matches prefixes as you type', () => {
    expect(urls('dyn')).toEqual(['dynamo']);
  });
  it('tolerates a typo', () => {
    expect(urls('consnesus')).toContain('raft');
  });
  it('ranks a title match above a summary match', () => {
    expect(urls('consensus')[0]).toBe('raft');
    expect(urls('quorum')).toEqual(['dynamo']);
  });
  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});
