import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFacets, matchesFilters, type PickFilters } from '../../../../utils/curation/pick-filter';
import { TOPIC_IDS } from '../../../../utils/curation/taxonomy';
import { facetCounts, queryPicks } from '../../../../utils/db/queries';
import { setDismissed, setRead } from '../../support/marks';
import type { Article, Level } from '../../../../utils/schemas/article';
import { article, testDatabase } from '../../support/test-db';

const SOURCES = ['USENIX OSDI', 'Jepsen', 'The Morning Paper', 'ACM Queue'];
const LEVELS: Level[] = ['intro', 'intermediate', 'advanced'];
const THRESHOLD = 0.35;

interface Row {
  article: Article;
  marks: { read: boolean; dismissed: boolean };
}

const rowArbitrary = (index: number) =>
  fc
    .record({
      topics: fc.uniqueArray(fc.constantFrom(...TOPIC_IDS.slice(0, 5)), { maxLength: 3 }),
      source: fc.constantFrom(...SOURCES),
      level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
      relevance: fc.constantFrom(0.1, 0.3, 0.35, 0.6, 1),
      curated: fc.boolean(),
      rank: fc.integer({ min: -1000, max: 1000 }),
      read: fc.boolean(),
      dismissed: fc.boolean(),
    })
    .map(({ read, dismissed, level, ...fields }): Row => ({
      article: article({ url: `https://x.example/${index}`, ...fields, ...(level ? { level } : {}) }),
      marks: { read, dismissed },
    }));

const libraryArbitrary = fc
  .integer({ min: 0, max: 40 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => rowArbitrary(i))));

const filtersArbitrary: fc.Arbitrary<PickFilters> = fc
  .record({
    topic: fc.option(fc.constantFrom(...TOPIC_IDS.slice(0, 5)), { nil: undefined }),
    source: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
    level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
    showRead: fc.boolean(),
    showLowRelevance: fc.boolean(),
  })
  .map((filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as PickFilters);

/** Each filter, checked on its own, written apart from the code under test. */
function obeysEveryFilter({ article: a, marks }: Row, filters: PickFilters): boolean {
  const checks = [
    !marks.dismissed,
    filters.showRead || !marks.read,
    filters.showLowRelevance || a.curated || a.relevance >= THRESHOLD,
    !filters.topic || a.topics.includes(filters.topic),
    !filters.source || a.source === filters.source,
    !filters.level || a.level === filters.level,
  ];
  return checks.every(Boolean);
}

const shown = (rows: Row[], filters: PickFilters) =>
  rows.filter((row) => matchesFilters(row.article, row.marks, filters, THRESHOLD));

describe('pick filters', () => {
  it('shows exactly the articles that pass every active filter', () => {
    fc.assert(
      fc.property(libraryArbitrary, filtersArbitrary, (rows, filters) => {
        for (const row of rows) {
          expect(matchesFilters(row.article, row.marks, filters, THRESHOLD)).toBe(obeysEveryFilter(row, filters));
        }
      }),
    );
  });

  it('gives every chip the count of the cards its click would show', () => {
    fc.assert(
      fc.property(libraryArbitrary, filtersArbitrary, (rows, filters) => {
        const counts = countFacets(rows, filters, THRESHOLD);
        expect(counts.total).toBe(shown(rows, filters).length);
        expect(counts.lowRelevance).toBe(shown(rows, { ...filters, showLowRelevance: true }).length - counts.total);
        for (const topic of TOPIC_IDS)
          expect(counts.topics.get(topic) ?? 0).toBe(shown(rows, { ...filters, topic }).length);
        for (const source of SOURCES)
          expect(counts.sources.get(source) ?? 0).toBe(shown(rows, { ...filters, source }).length);
        for (const level of LEVELS)
          expect(counts.levels.get(level) ?? 0).toBe(shown(rows, { ...filters, level }).length);
      }),
    );
  });

  it('agrees with the database: the picks query lists what the counts promise, under any filters', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary, filtersArbitrary, async (rows, filters) => {
        const db = testDatabase();
        await db.articles.bulkPut(rows.map((row) => row.article));
        for (const row of rows) {
          if (row.marks.read) await setRead(db, row.article.url, true, 1);
          if (row.marks.dismissed) await setDismissed(db, row.article.url, true, 1);
        }
        const picks = await queryPicks(db, { limit: 100, threshold: THRESHOLD, filters });
        const expected = rows.filter((row) => obeysEveryFilter(row, filters)).map((row) => row.article.url);
        expect(picks.map((pick) => pick.article.url).sort()).toEqual(expected.sort());
        const counts = await facetCounts(db, THRESHOLD, filters);
        expect(counts.total).toBe(picks.length);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
