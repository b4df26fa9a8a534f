import { describe, expect, it } from 'vitest';
import { articleRank, CURATED_BOOST, effectiveTime, FRESHNESS_HALF_LIFE_MS } from '../../../../utils/curation/rank';
import { seededRandom } from '../../../support/seeded-random';

/** The score the rank stands for: relevance × boost × freshness halving every half-life. */
function decayedScore(a: { relevance: number; curated: boolean; effectiveTime: number }, now: number) {
  return a.relevance * (a.curated ? CURATED_BOOST : 1) * 2 ** (-(now - a.effectiveTime) / FRESHNESS_HALF_LIFE_MS);
}

describe('articleRank', () => {
  it('orders articles exactly as the decayed score does, whatever day it is', () => {
    const random = seededRandom(42);
    const base = Date.UTC(2026, 0, 1);
    const articles = Array.from({ length: 300 }, () => ({
      relevance: 0.05 + random() * 0.95,
      curated: random() < 0.3,
      effectiveTime: base + Math.floor(random() * 365) * 86_400_000,
    }));
    const byRank = [...articles].sort((a, b) => articleRank(b) - articleRank(a));
    for (const daysLater of [0, 30, 400, 4000]) {
      const now = base + 365 * 86_400_000 + daysLater * 86_400_000;
      const byScore = [...articles].sort((a, b) => decayedScore(b, now) - decayedScore(a, now));
      expect(byScore).toEqual(byRank);
    }
  });

  it('weighs one half-life of age the same as halving relevance', () => {
    const fresh = articleRank({ relevance: 0.5, curated: false, effectiveTime: FRESHNESS_HALF_LIFE_MS * 10 });
    const older = articleRank({ relevance: 1, curated: false, effectiveTime: FRESHNESS_HALF_LIFE_MS * 9 });
    expect(fresh).toBeCloseTo(older, 10);
  });
});

describe('effectiveTime', () => {
  it('uses the publication date, but never one later than first seen', () => {
    expect(effectiveTime({ publishedAt: 100, firstSeenAt: 500 })).toBe(100);
    expect(effectiveTime({ publishedAt: 9_000, firstSeenAt: 500 })).toBe(500);
    expect(effectiveTime({ firstSeenAt: 500 })).toBe(500);
  });

  it('keeps a curated pack in its own order, whatever the items’ dates', () => {
    const first = effectiveTime({ publishedAt: 0, firstSeenAt: 1_000, packPosition: 0 });
    const second = effectiveTime({ publishedAt: 999, firstSeenAt: 1_000, packPosition: 1 });
    expect(first).toBeGreaterThan(second);
  });
});
