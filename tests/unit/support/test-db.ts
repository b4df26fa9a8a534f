import { QuorumDatabase } from '../../../utils/db/database';
import type { SchemaVersion } from '../../../utils/db/schema';
import type { Article } from '../../../utils/schemas/article';

let counter = 0;

/** A database of its own for one test, on fake-indexeddb, so tests never share rows. */
export function testDatabase(versions?: readonly SchemaVersion[]): QuorumDatabase {
  counter += 1;
  return new QuorumDatabase(`quorum-test-${counter}-${Math.random().toString(36).slice(2)}`, versions);
}

/** A valid article with overridable fields. */
export function article(overrides: Partial<Article> & Pick<Article, 'url'>): Article {
  return {
    title: `Title of ${overrides.url}`,
    source: 'Test source',
    summary: 'A summary.',
    topics: ['consensus'],
    kind: 'article',
    relevance: 1,
    curated: false,
    feedIds: ['feed:test'],
    firstSeenAt: 1_700_000_000_000,
    rank: 0,
    ...overrides,
  };
}
