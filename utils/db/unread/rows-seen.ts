import { bucketOf } from './buckets';

/** The two facts the tally needs about a URL before a write: its article's bucket, and whether a mark hides it. */
export interface Before {
  bucket(url: string): number | undefined;
  hidden(url: string): boolean;
}

export interface ArticleLike {
  url?: unknown;
  relevance?: unknown;
}
export interface ReadingLike {
  url?: unknown;
  readAt?: unknown;
  dismissedAt?: unknown;
}

export const isHidden = (reading: ReadingLike | undefined) => reading?.readAt != null || reading?.dismissedAt != null;

/**
 * What one read-write transaction already knows of its rows, as the tally sees them: the bucket
 * of each article it read or wrote, and whether each mark it read or wrote hides its article.
 *
 * A sync's merge reads its articles before it writes them; remembering that read (and reading
 * the same URLs' marks beside it) spares the tally a second round trip for rows the transaction
 * has just fetched. It is exact only because every read it records and every write it follows
 * run in the transaction's one queue, in the order they were asked for.
 */
export class RowsSeen {
  private readonly buckets = new Map<string, number | undefined>();
  private readonly hiddenUrls = new Map<string, boolean>();

  sawArticles(urls: readonly string[], rows: readonly unknown[]): void {
    urls.forEach((url, index) => this.buckets.set(url, articleBucket(rows[index] as ArticleLike | undefined)));
  }

  sawMarks(urls: readonly string[], rows: readonly unknown[]): void {
    urls.forEach((url, index) => this.hiddenUrls.set(url, isHidden(rows[index] as ReadingLike | undefined)));
  }

  /**
   * The state of these URLs now, kept apart from later writes (the write it is taken for is
   * remembered before the tally is done with it); undefined when any of them was never seen.
   */
  before(urls: readonly string[]): Before | undefined {
    if (!urls.every((url) => this.buckets.has(url) && this.hiddenUrls.has(url))) return undefined;
    const buckets = new Map(urls.map((url) => [url, this.buckets.get(url)]));
    const hidden = new Set(urls.filter((url) => this.hiddenUrls.get(url)));
    return { bucket: (url) => buckets.get(url), hidden: (url) => hidden.has(url) };
  }
}

/** An absent article has no bucket; so has a row without a relevance (see bucketOf). */
const articleBucket = (article: ArticleLike | undefined) => (article ? bucketOf(article.relevance) : undefined);
