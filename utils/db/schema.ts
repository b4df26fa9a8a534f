import type { Transaction } from 'dexie';
import { clocksOf } from '../marks/registers';
import type { ReadingState } from '../schemas/reading';

/**
 * Every version of the database schema, oldest first. A new version is appended, never
 * edited in place: browsers in the wild hold databases written by each of them, and the
 * migration tests open a database built from an older entry and upgrade it.
 *
 * Index choices follow the pages' queries:
 *  - articles.rank     picks, best first (rank already folds in freshness, see curation/rank.ts)
 *  - articles.*topics  a topic's articles (multi-entry)
 *  - articles.source   a source's articles
 *  - articles.*feedIds what a feed carries, for pruning and removal
 *  - articles.firstSeenAt  the newest arrival, and pruning the oldest
 *  - reading.readAt / savedAt / dismissedAt  history, saved list and hidden items
 *  - articles.relevance (v2)  counting unread picks above the threshold from the index alone,
 *    instead of reading every article on every new tab
 *  - pendingMarks.hash (v3)  marks from another device waiting for their article, by URL hash
 *  - tallies.id (v4)  running totals kept by the writes themselves (unread/tally-middleware.ts),
 *    so the unread count costs the same at 100 articles and at 100,000. The new store starts
 *    empty and the background counts it once. A later upgrade that rewrites articles or marks
 *    must clear it: upgrades run below the tally's bookkeeping.
 *  - (v5) articles.publishedAt and reading.updatedAt dropped: no query reads them, and every
 *    index is one more write for each article a sync stores and each mark another device sends.
 */
export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  /** Rewrites rows written by the previous version; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'url, rank, *topics, source, *feedIds, publishedAt, firstSeenAt',
      reading: 'url, readAt, savedAt, dismissedAt, updatedAt',
      feeds: 'id, &url, kind',
    },
  },
  {
    version: 2,
    stores: {
      articles: 'url, rank, *topics, source, *feedIds, publishedAt, firstSeenAt, relevance',
    },
    // Counting by the relevance index relies on curated articles scoring 1, which the merge
    // keeps true; rows written before that rule are brought in line here.
    upgrade: async (tx) => {
      await tx
        .table('articles')
        .filter(
          (article: { curated?: boolean; relevance?: number }) => article.curated === true && article.relevance !== 1,
        )
        .modify({ relevance: 1 });
    },
  },
  {
    version: 3,
    stores: { pendingMarks: 'hash' },
    // Each mark becomes its own register with a change time (utils/marks/registers.ts). A mark
    // that is set changed when it was set; a cleared one has no known time and reads as never
    // changed, so a mark set on another device before this upgrade still wins over it.
    upgrade: async (tx) => {
      await tx
        .table('reading')
        .toCollection()
        .modify((row: ReadingState) => {
          row.changes ??= clocksOf(row);
        });
    },
  },
  {
    version: 4,
    stores: { tallies: 'id' },
  },
  {
    version: 5,
    stores: {
      articles: 'url, rank, *topics, source, *feedIds, firstSeenAt, relevance',
      reading: 'url, readAt, savedAt, dismissedAt',
    },
  },
];

export const DATABASE_NAME = 'quorum';
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
