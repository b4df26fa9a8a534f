import { describe, expect, it } from 'vitest';
import { SEARCH_LIMIT, searchCountLabel } from '../../../../../entrypoints/newtab/search/search-count';

describe('searchCountLabel', () => {
  it('counts the matches shown, in the singular for one', () => {
    expect(searchCountLabel(1, 1, 'raft')).toBe('1 article matches “raft”');
    expect(searchCountLabel(7, 9, ' paxos  ')).toBe('7 articles match “paxos”');
  });

  it('says "best" when the answer was cut at the limit, so no total is claimed', () => {
    expect(searchCountLabel(SEARCH_LIMIT, SEARCH_LIMIT, 'r')).toBe(`The ${SEARCH_LIMIT} best matches for “r”`);
    // Dismissed hits count toward the limit even when they are not shown.
    expect(searchCountLabel(SEARCH_LIMIT - 2, SEARCH_LIMIT, 'r')).toBe(`The ${SEARCH_LIMIT - 2} best matches for “r”`);
    expect(searchCountLabel(SEARCH_LIMIT - 1, SEARCH_LIMIT - 1, 'r')).toBe(`${SEARCH_LIMIT - 1} articles match “r”`);
  });

  it('says nothing without a match: the empty list speaks for itself', () => {
    expect(searchCountLabel(0, 0, 'zzz')).toBeUndefined();
    expect(searchCountLabel(0, 3, 'zzz')).toBeUndefined();
  });
});
