import type { Transaction } from 'dexie';

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
 *  - articles.publishedAt / firstSeenAt  newest first, and pruning the oldest
 *  - reading.readAt / savedAt / dismissedAt  history, saved list and hidden items
 *  - articles.relevance (v2)  counting unread picks above the threshold from the index alone,
 *    instead of reading every article on every new tab
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
];

export const DATABASE_NAME = 'quorum';
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
