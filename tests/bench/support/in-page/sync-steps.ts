// Bundled by page-bundle.ts and evaluated inside the extension's service worker: the steps of
// one feed's sync and of a run's tail, each timed alone with Quorum's own code, on the same
// thread, database and network path as the real run, to show where a run's time goes.
import './zod-jitless';
import { classifyArticle } from '../../../../utils/curation/classify';
import { TRAINED_MODEL } from '../../../support/relevance-model';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../../../utils/curation/threshold';
import { QuorumDatabase } from '../../../../utils/db/database';
import { unreadCount } from '../../../../utils/db/unread/unread-count';
import { fetchFeed } from '../../../../utils/feeds/fetch';
import { feedItemsToDrafts } from '../../../../utils/feeds/normalise';
import { parseFeed } from '../../../../utils/feeds/parse';
import { KnownUrls } from '../../../../utils/sync/known-urls';
import { mergeFeedArticles, mergeFeeds, type FeedMerge } from '../../../../utils/sync/merge';
import { pruneArticles } from '../../../../utils/sync/prune';

const db = new QuorumDatabase();

async function timed<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/** A feed fetched, parsed and classified as syncFeed does, each step timed; a 304 stops after the fetch. */
async function readFeed(feed: { id: string; url: string; etag?: string }) {
  const [fetchMs, outcome] = await timed(() => fetchFeed({ url: feed.url, etag: feed.etag }));
  if (outcome.kind === 'failed') throw new Error(outcome.message);
  if (outcome.kind === 'not-modified') return { status: 304, fetchMs } as const;
  const [parseMs, parsed] = await timed(() =>
    parseFeed(outcome.body, { url: outcome.finalUrl, contentType: outcome.contentType }),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  const [classifyMs, drafts] = await timed(() =>
    feedItemsToDrafts(parsed.feed, feed.id, (input) => classifyArticle(input, TRAINED_MODEL)),
  );
  return { status: 200, fetchMs, parseMs, classifyMs, drafts, etag: outcome.etag } as const;
}

/** What syncFeed does for one feed, step by step (it is one function there, so it is spelled out here). */
async function feedSteps(feed: { id: string; url: string; etag?: string }) {
  const read = await readFeed(feed);
  const success = {
    lastAttemptAt: Date.now(),
    lastSuccessAt: Date.now(),
    errorCount: 0,
    lastError: undefined,
    nextAttemptAt: Date.now() + 3_600_000,
  };
  if (read.status === 304) {
    const [writeMs] = await timed(() => db.feeds.update(feed.id, success));
    return { status: 304, fetchMs: read.fetchMs, parseMs: 0, classifyMs: 0, writeMs };
  }
  const { fetchMs, parseMs, classifyMs, drafts } = read;
  const [writeMs] = await timed(() =>
    mergeFeedArticles(db, feed.id, drafts, { ...success, etag: read.etag }, Date.now()),
  );
  return { status: 200, fetchMs, parseMs, classifyMs, writeMs, items: drafts.length };
}

/**
 * The write of several feeds' new articles gathered into one transaction, as the run's merge
 * writer does when feeds are ready while another write runs: its time per feed.
 */
async function gatheredWriteMs(feeds: readonly { id: string; url: string }[]) {
  const merges: FeedMerge[] = [];
  for (const feed of feeds) {
    const read = await readFeed(feed);
    if (read.status === 304) throw new Error(`${feed.url}: not modified`);
    merges.push({ feedId: feed.id, drafts: read.drafts, feedChanges: { etag: read.etag }, now: Date.now() });
  }
  const [ms] = await timed(() => mergeFeeds(db, merges));
  return ms / feeds.length;
}

/** What runSync and the service's afterSync do once every feed is done. */
async function tailSteps() {
  const [pruneMs] = await timed(() => pruneArticles(db, Date.now()));
  const [knownUrlsMs] = await timed(() => new KnownUrls(db).rebuild());
  const [unreadCountMs] = await timed(() => unreadCount(db, DEFAULT_RELEVANCE_THRESHOLD));
  return { pruneMs, knownUrlsMs, unreadCountMs };
}

const steps = { feedSteps, gatheredWriteMs, tailSteps };
export type SyncSteps = typeof steps;
(globalThis as unknown as { syncSteps: SyncSteps }).syncSteps = steps;
