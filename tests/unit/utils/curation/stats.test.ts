import { describe, expect, it } from 'vitest';
import { readsPerWeek, topicCoverage, WEEK_MS } from '../../../../utils/curation/stats';

describe('readsPerWeek', () => {
  it('counts reads in rolling weeks ending now, oldest first', () => {
    const now = 100 * WEEK_MS;
    const reads = [
      now - 1,
      now - WEEK_MS + 1,
      now - WEEK_MS - 1,
      now - 11 * WEEK_MS - 1,
      now - 12 * WEEK_MS - 1,
      now + 5,
    ];
    const weeks = readsPerWeek(reads, now);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe(2);
    expect(weeks[10]).toBe(1);
    expect(weeks[0]).toBe(1);
    expect(weeks.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('topicCoverage', () => {
  it('counts known and read articles per topic, every topic listed', () => {
    const coverage = topicCoverage(
      [
        { url: 'a', topics: ['consensus', 'replication'] },
        { url: 'b', topics: ['consensus'] },
      ],
      new Set(['a']),
    );
    expect(coverage.find((entry) => entry.topic === 'consensus')).toEqual({ topic: 'consensus', read: 1, known: 2 });
    expect(coverage.find((entry) => entry.topic === 'replication')).toEqual({
      topic: 'replication',
      read: 1,
      known: 1,
    });
    expect(coverage.find((entry) => entry.topic === 'security')).toEqual({ topic: 'security', read: 0, known: 0 });
    expect(coverage).toHaveLength(16);
  });
});
