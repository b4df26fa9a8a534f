import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Feed } from '../../utils/schemas/feed';
import { DEFAULT_FEED_SOURCES } from '../../utils/sources';
import { serveFeed, type RouteHandler } from '../support/feed-server';
import { relevantItems, rss } from '../support/rss';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { readStore } from '../e2e/support/messages';
import { startSourceSites, type SourceSites } from '../e2e/support/source-sites';
import type { SyncSteps } from './support/in-page/sync-steps';
import { bundleScript } from './support/page-bundle';
import { budgetRow, report, verdict } from './support/report';
import { median, round } from './support/stats';
import { readSyncProgress, waitForSyncIdle } from './support/sync-state';
import { workerHeap, type HeapUsage } from './support/worker-heap';

/**
 * Sync of 100 feeds × 50 items into the real service worker, from a local HTTPS server, end
 * to end: the typed `sync-now` message sent from an extension page until its answer, which
 * comes when the run is over. Then the same 100 feeds all answering 304.
 *
 * Hosts, chosen deliberately: the extension may only fetch from the default feeds' hosts (its
 * manifest's host permissions), so the 100 bench feeds are served under those real host names,
 * five paths per host, and their rows are written straight into the `feeds` table. Those hosts
 * are then mapped to the local server, so the default feeds are served too (a small valid feed
 * each): the install's first sync finishes at once and cleanly. They are then disabled, so each
 * measured run is exactly the 100 bench feeds, sent with the plain `{ type: 'sync-now' }`.
 */

const FEEDS = 100;
const ITEMS = 50;
const RUNS = 3;
const BUDGET_FULL_MS = 3_000;
const BUDGET_304_MS = 300;
const BUDGET_HEAP_MB = 30;
/** Feeds whose steps are timed one by one for the breakdown, after the measured runs. */
const STEP_SAMPLE = 20;
/** Feeds written together in the gathered-write step, as many as fetch at once in a run. */
const GATHERED = 6;

const hosts = [...new Set(DEFAULT_FEED_SOURCES.map((source) => new URL(source.feed).host))];

interface BenchFeed {
  id: string;
  url: string;
  host: string;
  path: string;
}
const benchFeeds: BenchFeed[] = Array.from({ length: FEEDS }, (_, n) => {
  const host = hosts[n % hosts.length]!;
  const path = `/quorum-bench/feed-${String(n).padStart(3, '0')}.xml`;
  return { id: `feed:bench-${n}`, url: `https://${host}${path}`, host, path };
});

/**
 * Bumped before every full run: a new ETag and new items (new links, so every run stores 50
 * new articles per feed, the same work each time). Bodies are made once per version, so the
 * server's own work is the same small constant in every run.
 */
let version = 1;
const bodies = new Map<string, string>();
function body(feed: BenchFeed, n: number): string {
  const key = `${feed.id}@${version}`;
  let text = bodies.get(key);
  if (!text) {
    text = rss({
      title: `Bench feed ${n}`,
      link: `https://${feed.host}/`,
      items: relevantItems(`Bench ${n} v${version}`, ITEMS),
    });
    bodies.set(key, text);
  }
  return text;
}

/** When the server saw each request and finished answering, for the breakdown (wall clock). */
const served: { feed: string; status: number; arrivedAt: number; doneAt: number }[] = [];

let sites: SourceSites;
let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  sites = await startSourceSites(hosts);
  for (const source of DEFAULT_FEED_SOURCES) {
    const url = new URL(source.feed);
    const items = relevantItems(source.id, 2).map((item, i) => ({
      ...item,
      link: `https://${url.host}/posts/${source.id}-${i}`,
    }));
    sites.routes.set(
      `${url.host}${url.pathname}${url.search}`,
      serveFeed(() => rss({ title: source.name, link: source.home, items }), { etag: () => `"${source.id}"` }),
    );
  }
  benchFeeds.forEach((feed, n) => {
    const serve = serveFeed(() => body(feed, n), { etag: () => `"bench-${n}-v${version}"` });
    const handler: RouteHandler = async (request, response) => {
      const arrivedAt = Date.now();
      response.on('finish', () =>
        served.push({ feed: feed.id, status: response.statusCode, arrivedAt, doneAt: Date.now() }),
      );
      await serve(request, response);
    };
    sites.routes.set(`${feed.host}${feed.path}`, handler);
  });

  session = await launchExtension({ args: sites.chromiumArgs });
  // A quiet document of the extension's origin (a packaged JSON file) to send from: it has the
  // extension APIs but, unlike options or the popup, no live queries re-running on every write.
  page = await session.openPage('packs/starter.json');
  const first = await waitForSyncIdle(page);
  expect(first.failed).toBe(0);

  // Subscribe the bench feeds and set the defaults aside, with the raw API (never Quorum's code).
  const now = Date.now();
  const rows: Feed[] = benchFeeds.map((feed, n) => ({
    id: feed.id,
    url: feed.url,
    kind: 'feed',
    title: `Bench feed ${n}`,
    enabled: true,
    builtin: false,
    ignoreHttpCache: false,
    errorCount: 0,
    addedAt: now,
  }));
  await page.evaluate(async (subscriptions) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quorum');
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('feeds', 'readwrite');
      const store = tx.objectStore('feeds');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const feed of all.result as { kind: string; builtin: boolean; enabled: boolean }[]) {
          if (feed.kind === 'feed' && feed.builtin) store.put({ ...feed, enabled: false });
        }
        for (const row of subscriptions) store.put(row);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
});

afterAll(async () => {
  await session?.close();
  await sites?.close();
});

interface Summary {
  ok: boolean;
  total: number;
  updated: number;
  notModified: number;
  failed: number;
  added: number;
  pruned: number;
}

/** Sends `sync-now` and waits for its answer, timed inside the page (no protocol round trip). */
async function syncNow(): Promise<{ ms: number; sentAt: number; answeredAt: number; summary: Summary }> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    const sentAt = Date.now();
    const start = performance.now();
    const summary = (await chrome.runtime.sendMessage({ type: 'sync-now' })) as Summary;
    return { ms: performance.now() - start, sentAt, answeredAt: Date.now(), summary };
  });
}

interface Run {
  ms: number;
  phases: Record<string, number>;
}

/** One measured sync, its answer and stored state checked, and its wall-clock phases. */
async function measuredSync(kind: 'full' | '304'): Promise<Run> {
  served.length = 0;
  const result = await syncNow();
  const { summary } = result;
  if (kind === 'full')
    expect(summary).toMatchObject({
      ok: true,
      total: FEEDS,
      updated: FEEDS,
      notModified: 0,
      failed: 0,
      added: FEEDS * ITEMS,
    });
  else expect(summary).toMatchObject({ ok: true, total: FEEDS, updated: 0, notModified: FEEDS, failed: 0, added: 0 });
  expect(served.filter((entry) => entry.status === (kind === 'full' ? 200 : 304))).toHaveLength(FEEDS);

  const feeds = await readStore<Feed>(page, 'feeds');
  const bench = feeds.filter((feed) => feed.id.startsWith('feed:bench-'));
  expect(bench).toHaveLength(FEEDS);
  // Every feed's row says it succeeded in this run.
  expect(bench.every((feed) => (feed.lastSuccessAt ?? 0) >= result.sentAt - 1_000 && feed.errorCount === 0)).toBe(true);

  const progress = await readSyncProgress(page);
  const firstRequest = Math.min(...served.map((entry) => entry.arrivedAt));
  const lastAnswer = Math.max(...served.map((entry) => entry.doneAt));
  return {
    ms: result.ms,
    phases: {
      'message sent → run started (settings, feed rows)': (progress?.startedAt ?? NaN) - result.sentAt,
      'run started → first request at the server': firstRequest - (progress?.startedAt ?? NaN),
      'first request → last response sent (fetch, parse, merge, 6 at a time)': lastAnswer - firstRequest,
      'last response → run finished (last merges, prune, known URLs, unread count)':
        (progress?.finishedAt ?? NaN) - lastAnswer,
      'run finished → answer in the page': result.answeredAt - (progress?.finishedAt ?? NaN),
    },
  };
}

it(`sync: ${FEEDS} feeds × ${ITEMS} items into the real service worker, then all answering 304 (${RUNS} runs each, interleaved)`, async () => {
  const full: Run[] = [];
  const unchanged: Run[] = [];
  const heaps: { now: HeapUsage; retained: HeapUsage }[] = [];
  for (let run = 0; run < RUNS; run++) {
    version += 1;
    full.push(await measuredSync('full'));
    // The worker's heap straight after a full 100-feed sync, before anything else runs in it.
    heaps.push(await workerHeap(page, session.serviceWorker.url()));
    unchanged.push(await measuredSync('304'));
  }
  const articles = await readStore<{ feedIds: string[] }>(page, 'articles');
  expect(articles.filter((article) => article.feedIds.some((id) => id.startsWith('feed:bench-')))).toHaveLength(
    RUNS * FEEDS * ITEMS,
  );

  // Where a run's time goes, step by step: Quorum's own sync steps bundled from source and run
  // inside the service worker (same thread, database and network path), one feed at a time.
  const worker = session.serviceWorker;
  await worker.evaluate(await bundleScript('tests/bench/support/in-page/sync-steps.ts'));
  type Steps = Awaited<ReturnType<SyncSteps['feedSteps']>>;
  const sample = benchFeeds.slice(0, STEP_SAMPLE);
  const stepsUnchanged: Steps[] = [];
  for (const [n, feed] of sample.entries()) {
    stepsUnchanged.push(
      await worker.evaluate(
        ([id, url, etag]) => (globalThis as unknown as { syncSteps: SyncSteps }).syncSteps.feedSteps({ id, url, etag }),
        [feed.id, feed.url, `"bench-${n}-v${version}"`] as const,
      ),
    );
  }
  version += 1;
  const stepsFull: Steps[] = [];
  for (const feed of sample)
    stepsFull.push(
      await worker.evaluate(
        ([id, url]) => (globalThis as unknown as { syncSteps: SyncSteps }).syncSteps.feedSteps({ id, url }),
        [feed.id, feed.url] as const,
      ),
    );
  // The same sample again with new items, written six feeds to a transaction.
  version += 1;
  const gathered: number[] = [];
  for (let start = 0; start + GATHERED <= sample.length; start += GATHERED)
    gathered.push(
      await worker.evaluate(
        (feeds) => (globalThis as unknown as { syncSteps: SyncSteps }).syncSteps.gatheredWriteMs(feeds),
        sample.slice(start, start + GATHERED).map(({ id, url }) => ({ id, url })),
      ),
    );
  const tails: Awaited<ReturnType<SyncSteps['tailSteps']>>[] = [];
  for (let run = 0; run < 5; run++)
    tails.push(await worker.evaluate(() => (globalThis as unknown as { syncSteps: SyncSteps }).syncSteps.tailSteps()));
  expect(stepsUnchanged.every((step) => step.status === 304)).toBe(true);
  expect(stepsFull.every((step) => step.status === 200 && step.items === ITEMS)).toBe(true);
  const stepRow = (steps: Steps[]) => ({
    'fetch (ms)': round(median(steps.map((step) => step.fetchMs)), 2),
    'parse (ms)': round(median(steps.map((step) => step.parseMs)), 2),
    'classify + normalise (ms)': round(median(steps.map((step) => step.classifyMs)), 2),
    'write (merge or feed row, ms)': round(median(steps.map((step) => step.writeMs)), 2),
    [`× ${FEEDS} feeds, one at a time (ms)`]: Math.round(
      FEEDS * median(steps.map((step) => step.fetchMs + step.parseMs + step.classifyMs + step.writeMs)),
    ),
  });

  const fullMs = median(full.map((run) => run.ms));
  const unchangedMs = median(unchanged.map((run) => run.ms));
  const phaseMedians = (runs: Run[]) =>
    Object.fromEntries(
      Object.keys(runs[0]!.phases).map((phase) => [phase, round(median(runs.map((run) => run.phases[phase]!)))]),
    );
  const mb = (bytes: number) => round(bytes / 1_048_576, 1);
  const heapRetained = Math.max(...heaps.map((heap) => heap.retained.usedSize));
  const heapNow = Math.max(...heaps.map((heap) => heap.now.usedSize));
  await report(
    'sync',
    {
      feeds: `${FEEDS} feeds × ${ITEMS} items (${(FEEDS * ITEMS).toLocaleString('en')} new articles a full run), local HTTPS server`,
      'full sync, median (ms)': round(fullMs),
      'full sync, runs (ms)': full.map((run) => round(run.ms)).join(', '),
      'full sync, items/s': Math.round((FEEDS * ITEMS) / (fullMs / 1000)),
      'full sync budget': `≤ ${BUDGET_FULL_MS} ms`,
      'full sync verdict': verdict(fullMs, BUDGET_FULL_MS),
      'all-304 sync, median (ms)': round(unchangedMs),
      'all-304 sync, runs (ms)': unchanged.map((run) => round(run.ms)).join(', '),
      'all-304 sync budget': `≤ ${BUDGET_304_MS} ms`,
      'all-304 sync verdict': verdict(unchangedMs, BUDGET_304_MS),
      'library after the runs': `${articles.length.toLocaleString('en')} articles`,
      'where the time goes (medians, ms; wall clock of browser and server)': {
        'full sync': phaseMedians(full),
        'all-304 sync': phaseMedians(unchanged),
      },
      [`one feed's steps alone, in the service worker (medians of ${STEP_SAMPLE} feeds)`]: {
        'full (200, 50 new items)': stepRow(stepsFull),
        'unchanged (304)': stepRow(stepsUnchanged),
        [`write, ${GATHERED} feeds' new items in one transaction (ms per feed)`]: {
          ms: round(median(gathered), 2),
        },
      },
      [`a run's tail alone, in the service worker (medians of 5, ${articles.length.toLocaleString('en')} articles)`]: {
        'prune (ms)': { ms: round(median(tails.map((tail) => tail.pruneMs))) },
        'rebuild known URLs (ms)': { ms: round(median(tails.map((tail) => tail.knownUrlsMs))) },
        'unread count for the toolbar (ms)': { ms: round(median(tails.map((tail) => tail.unreadCountMs))) },
      },
      'worker JS heap after each full sync, before / after a GC (MB)': heaps
        .map((heap) => `${mb(heap.now.usedSize)} / ${mb(heap.retained.usedSize)}`)
        .join(', '),
    },
    [
      budgetRow(`sync, ${FEEDS} feeds × ${ITEMS} items`, fullMs, BUDGET_FULL_MS, {
        figure: `${round(fullMs / 1000, 2)} s (median of ${RUNS})`,
        budget: `≤ ${BUDGET_FULL_MS / 1000} s`,
      }),
      budgetRow('sync, all feeds unchanged (304)', unchangedMs, BUDGET_304_MS, {
        figure: `${round(unchangedMs)} ms (median of ${RUNS})`,
        budget: `≤ ${BUDGET_304_MS} ms`,
      }),
      budgetRow(`service worker JS heap after a ${FEEDS}-feed sync`, heapRetained / 1_048_576, BUDGET_HEAP_MB, {
        figure: `${mb(heapRetained)} MB kept (${mb(heapNow)} MB before a GC), worst of ${RUNS}`,
        budget: `≤ ${BUDGET_HEAP_MB} MB`,
      }),
    ],
  );
});
