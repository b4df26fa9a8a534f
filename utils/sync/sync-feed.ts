import { removeFeedBoilerplate } from '../curation/boilerplate';
import { feedClassifier } from '../curation/feed-classifier';
import { loadRelevanceModel, MODEL_UNREADABLE } from '../curation/load-relevance-model';
import type { QuorumDatabase } from '../db/database';
import { fetchFeed, type FetchOptions } from '../feeds/fetch';
import { feedItemsToDrafts, type Classify } from '../feeds/normalise';
import { parseFeed } from '../feeds/parse';
import type { Feed } from '../schemas/feed';
import { nextAttemptAfterFailure } from './backoff';
import { withFirstSyncDates } from './first-sync-dates';
import { mergeFeedArticles } from './merge';
import type { MergeArticles } from './merge-writer';

/** A redirect seen this many times in a row is taken as a permanent move. */
export const PERMANENT_REDIRECT_STREAK = 3;

export interface FeedSyncContext {
  db: QuorumDatabase;
  now: () => number;
  refreshMs: number;
  random?: () => number;
  fetch?: FetchOptions;
  /**
   * Where a feed's bookkeeping goes when nothing changed (a 304). A sync run collects these and
   * writes them in one transaction at the end, instead of one per feed; lost to a stopped
   * worker, they only mean the feed is asked again next time. Written at once when absent.
   */
  deferBookkeeping?: (feedId: string, changes: Partial<Feed>) => void;
  /**
   * How a feed's articles are written. A sync run passes its merge writer, which writes the
   * feeds that are ready together (merge-writer.ts); alone, a feed is written in its own transaction.
   */
  mergeArticles?: MergeArticles;
}

export type FeedSyncResult =
  | { feedId: string; status: 'updated'; added: number; updated: number }
  | { feedId: string; status: 'not-modified' }
  | { feedId: string; status: 'failed'; error: string; storageFull?: true };

/**
 * Refreshes one feed: conditional fetch, parse, normalise, then one transaction that writes
 * its articles together with its new sync state. A failure only ever changes the feed's own
 * row (error, backoff), never its articles, and never any other feed.
 */
export async function syncFeed(context: FeedSyncContext, feed: Feed): Promise<FeedSyncResult> {
  const { db, now } = context;
  const startedAt = now();
  const outcome = await fetchFeed(
    { url: feed.url, etag: feed.etag, lastModified: feed.lastModified, ignoreHttpCache: feed.ignoreHttpCache },
    { ...context.fetch, now },
  );

  if (outcome.kind === 'failed') return recordFailure(context, feed, outcome.message, outcome.retryAfterMs);

  const success = {
    lastAttemptAt: startedAt,
    lastSuccessAt: now(),
    errorCount: 0,
    lastError: undefined,
    nextAttemptAt: now() + context.refreshMs,
  };
  if (outcome.kind === 'not-modified') {
    if (context.deferBookkeeping) context.deferBookkeeping(feed.id, success);
    else await db.feeds.update(feed.id, success);
    return { feedId: feed.id, status: 'not-modified' };
  }

  const parsed = parseFeed(outcome.body, { url: outcome.finalUrl, contentType: outcome.contentType });
  // Validators are kept only with a body we could read: else a 304 would pin the bad copy.
  if (!parsed.ok) return recordFailure(context, feed, parsed.error.message);

  // Bios and footers go before anything reads the text: the classifier and the cards alike.
  // A pack's summaries are a curator's words: never trimmed.
  const isPack = parsed.feed.format === 'pack';
  const { items, boilerplate } = isPack
    ? { items: parsed.feed.items, boilerplate: [] }
    : removeFeedBoilerplate(parsed.feed.items, feed.boilerplate);
  const classify = await classifierFor(feed, isPack);
  // Without the model nothing can be scored: the feed keeps what it has and says why.
  if (!classify) return recordFailure(context, feed, MODEL_UNREADABLE);
  const fromFeed = feedItemsToDrafts({ ...parsed.feed, items }, feed.id, classify);
  // lastSuccessAt is set by the first sync that reads the feed, so it marks "first" exactly.
  const drafts = feed.lastSuccessAt === undefined ? withFirstSyncDates(fromFeed, now()) : fromFeed;
  const mergeArticles: MergeArticles =
    context.mergeArticles ??
    ((merge) => mergeFeedArticles(db, merge.feedId, merge.drafts, merge.feedChanges, merge.now));
  const result = await mergeArticles({
    feedId: feed.id,
    drafts,
    feedChanges: {
      ...success,
      title: feed.title || parsed.feed.title,
      ...(parsed.feed.siteUrl ? { siteUrl: parsed.feed.siteUrl } : {}),
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      ...(boilerplate.length > 0 ? { boilerplate } : {}),
      ...redirectChanges(feed, outcome.finalUrl),
    },
    now: now(),
  });
  return { feedId: feed.id, status: 'updated', ...result };
}

/**
 * How a sync judges this feed's items. A pack's items carry their curator's topics and are never
 * classified, so only a feed's sync reads the relevance model; undefined when it cannot be read.
 */
async function classifierFor(feed: Feed, isPack: boolean): Promise<Classify | undefined> {
  if (isPack) return neverForPackItems;
  const model = await loadRelevanceModel().catch(() => undefined);
  return model && feedClassifier(feed, model);
}

const neverForPackItems: Classify = () => {
  throw new Error('A pack item carries its curator’s topics and is never classified.');
};

async function recordFailure(
  context: FeedSyncContext,
  feed: Feed,
  error: string,
  retryAfterMs?: number,
): Promise<FeedSyncResult> {
  const now = context.now();
  const errorCount = feed.errorCount + 1;
  await context.db.feeds.update(feed.id, {
    lastAttemptAt: now,
    lastError: error,
    errorCount,
    nextAttemptAt: nextAttemptAfterFailure({
      errorCount,
      now,
      retryAfterMs,
      ...(context.random ? { random: context.random } : {}),
    }),
  });
  return { feedId: feed.id, status: 'failed', error };
}

/** Follows a move once it has repeated, and remembers where the feed used to be. */
function redirectChanges(feed: Feed, finalUrl: string): Partial<Feed> {
  if (finalUrl === feed.url) return { redirectedTo: undefined, redirectStreak: undefined };
  const streak = feed.redirectedTo === finalUrl ? (feed.redirectStreak ?? 0) + 1 : 1;
  if (streak >= PERMANENT_REDIRECT_STREAK) {
    return { url: finalUrl, movedFrom: feed.url, redirectedTo: undefined, redirectStreak: undefined };
  }
  return { redirectedTo: finalUrl, redirectStreak: streak };
}
