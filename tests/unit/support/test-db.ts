import { QuorumDatabase } from '../../../utils/db/database';
import type { SchemaVersion } from '../../../utils/db/schema';
import type { Article } from '../../../utils/schemas/article';
import type { Feed } from '../../../utils/schemas/feed';

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

/** A valid, enabled subscription with overridable fields; its address is unique to its id. */
export function feedRow(overrides: Partial<Feed> & Pick<Feed, 'id'>): Feed {
  return {
    url: `https://feeds.example/${encodeURIComponent(overrides.id)}`,
    kind: 'feed',
    title: overrides.id,
    enabled: true,
    builtin: false,
    ignoreHttpCache: false,
    addedAt: 0,
    errorCount: 0,
    ...overrides,
  };
}
