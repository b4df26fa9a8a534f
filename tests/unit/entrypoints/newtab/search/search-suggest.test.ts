import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from '../../../../../entrypoints/newtab/search/abbreviations';
import { editDistance, nearestTerm, vocabulary } from '../../../../../entrypoints/newtab/search/nearest-term';
import { buildSearchIndex } from '../../../../../entrypoints/newtab/search/search-index';
import { PAPERS, paperName } from './papers';

const index = buildSearchIndex([PAPERS.paxos, PAPERS.spanner, PAPERS.crdt]);
const urls = (query: string) => index.search(query).map((hit) => paperName(hit.url));

describe('search that helps', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('paxso', 'paxos')).toBe(1);
    expect(editDistance('raft', 'raft')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest library word for a typo, and nothing for a real word or noise', () => {
    const words = vocabulary(['Paxos Made Simple', 'Paxos groups and paxos', 'Pax Romana']);
    expect(nearestTerm('paxso', words)).toBe('paxos');
    expect(nearestTerm('paxos', words)).toBeUndefined();
    expect(nearestTerm('zzzzqqq', words)).toBeUndefined();
    expect(urls('paxso')).toEqual([]);
    expect(index.suggest('paxso')).toBe('paxos');
    expect(index.suggest('zzzzqqq')).toBeUndefined();
  });

  it('spells out the field’s abbreviations and finds them either way', () => {
    expect(expandAbbreviations('2PC latency')).toBe('two phase commit latency');
    expect(expandAbbreviations('raft')).toBeUndefined();
    expect(urls('2pc')).toEqual(['spanner']);
    expect(urls('CRDT')).toEqual(['crdt']);
  });
});
