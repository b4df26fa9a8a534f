import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { buildSearchIndex, SEARCH_INDEX_OPTIONS } from '../../entrypoints/newtab/search/search-index';
import { topicLabel } from '../../utils/curation/taxonomy';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { waitForLive } from '../e2e/support/live-page';
import type { LibraryBench } from './support/in-page/library-bench';
import { libraryArticles } from './support/library';
import { injectBundle } from './support/page-bundle';
import { profileMainThread } from './support/profile';
import { budgetRow, report, verdict } from './support/report';
import { seedInBatches, waitForUnreadTally } from './support/seed';
import { median, percentile, round } from './support/stats';
import { waitForSyncIdle } from './support/sync-state';

/**
 * Search as you type over 20,000 articles: in the real new tab (keydown → the results list
 * updated and rendered, per keystroke, against one 60 Hz frame) and, in Node, the index alone.
 */

const ARTICLES = 20_000;
const FRAME_MS = 1000 / 60;
/** The first keystroke's budget: results on screen within 100 ms of the keydown. */
const FIRST_KEY_MS = 100;
/** Later keystrokes: the median within one frame, the p95 within 33 ms. */
const P95_MS = 33;
/**
 * What a reader types: a phrase, erased back to its first letter, then two more. The first
 * key is timed on its own (it is the one that may wait for the index); every later key is one
 * measured keystroke.
 */
const TYPING: readonly string[] = [
  ...'raft leader election',
  ...Array<string>(19).fill('Backspace'),
  ...'ead repair',
  ...Array<string>(10).fill('Backspace'),
  ...'eplication lag',
];
/** The query after each key, for the Node side (same sequence as the page gets). */
const QUERIES = TYPING.reduce<string[]>((queries, key) => {
  const previous = queries.at(-1) ?? '';
  return [...queries, key === 'Backspace' ? previous.slice(0, -1) : previous + key];
}, []);
/** Quiet time after the last change to the list before a keystroke counts as settled. */
const SETTLE_MS = 250;
/** A keystroke that changes nothing on screen (same hits) is noted, not timed. */
const NO_CHANGE_MS = 1_500;

const library = libraryArticles(ARTICLES);

interface Keystroke {
  key: string;
  /** keydown → the last change to the list in the DOM. */
  domMs: number | null;
  /** keydown → the end of the frame that rendered it (after rAF, once style/layout/paint ran). */
  frameMs: number | null;
}

/**
 * Watches the results for one keystroke at a time, from inside the page: the clock starts at the
 * keydown event's own timestamp, a MutationObserver on <main> (where the list lives) notes each
 * change, and requestAnimationFrame + a posted message mark the end of the frame that drew it.
 */
async function installWatcher(page: Page): Promise<void> {
  await page.evaluate(() => {
    interface Pending {
      key: string;
      down: number;
      lastMutation: number | null;
      rendered: number | null;
    }
    const state: { pending: Pending | null } = { pending: null };
    (globalThis as unknown as { keystrokeWatch: typeof state }).keystrokeWatch = state;
    const input = document.querySelector('#quorum-search')!;
    input.addEventListener(
      'keydown',
      (event) => {
        state.pending = {
          key: (event as KeyboardEvent).key,
          down: event.timeStamp,
          lastMutation: null,
          rendered: null,
        };
      },
      { capture: true },
    );
    const channel = new MessageChannel();
    let waiting: Pending | null = null;
    channel.port1.onmessage = () => {
      // Runs after the frame's rendering steps: the change is on screen (main-thread side).
      if (waiting) waiting.rendered = performance.now();
      waiting = null;
    };
    new MutationObserver(() => {
      const pending = state.pending;
      if (!pending) return;
      pending.lastMutation = performance.now();
      pending.rendered = null;
      requestAnimationFrame(() => {
        waiting = pending;
        channel.port2.postMessage(null);
      });
    }).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
  });
}

async function press(page: Page, key: string, settleTimeoutMs: number): Promise<Keystroke> {
  await page.keyboard.press(key);
  const settled = await page.waitForFunction(
    ([settle, noChange]) => {
      const pending = (
        globalThis as unknown as {
          keystrokeWatch: { pending: { down: number; lastMutation: number | null; rendered: number | null } | null };
        }
      ).keystrokeWatch.pending;
      if (!pending) return false;
      const now = performance.now();
      if (pending.lastMutation === null) return now - pending.down > noChange ? { domMs: null, frameMs: null } : false;
      // Results (or "no match") must be on screen: while the index is built or hits load, the
      // page shows neither, however long the pause between two changes.
      const shown = document.querySelector('main ul[aria-label="Search results"], main .notice') !== null;
      if (!shown || pending.rendered === null || now - pending.lastMutation < settle) return false;
      return { domMs: pending.lastMutation - pending.down, frameMs: pending.rendered - pending.down };
    },
    [SETTLE_MS, NO_CHANGE_MS] as const,
    { polling: 100, timeout: settleTimeoutMs },
  );
  return { key, ...((await settled.jsonValue()) as { domMs: number | null; frameMs: number | null }) };
}

async function waitForLiveSearch(page: Page): Promise<void> {
  await waitForLive(page, 30_000);
  await page.waitForSelector('#quorum-search');
}

/**
 * When the search worker was warm (library indexed, one-letter queries answered ahead, index
 * stored for the next new tab), in ms after the page went live.
 */
async function searchReadyAfterLive(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('quorum:search-ready').length > 0, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(
    () =>
      performance.getEntriesByName('quorum:search-ready')[0]!.startTime -
      performance.getEntriesByName('quorum:live')[0]!.startTime,
  );
}

describe(`search over ${ARTICLES.toLocaleString('en')} articles`, () => {
  let session: ExtensionSession | undefined;

  afterAll(async () => {
    await session?.close();
  });

  it('in the new tab, per keystroke (real Chromium)', async () => {
    session = await launchExtension();
    await waitForSyncIdle(session.serviceWorker);
    const setup = await session.openPage('options.html');
    expect(await seedInBatches(setup, 'articles', library)).toBeGreaterThanOrEqual(ARTICLES);
    await setup.close();
    // Raw seeding drops the unread histogram, which a real profile always has; a new tab counts
    // it when idle, in a read-write transaction that the measured tab's reads would queue behind.
    const counting = await session.openPage('newtab.html');
    await waitForUnreadTally(counting);
    await counting.close();

    // 1. The reader types the moment the new tab goes live: the search worker has only just
    // started indexing: the page answers this first keystroke itself from the library (a rough
    // early answer) until the worker's index is in; it never starts another indexing.
    const early = await session.openPage('newtab.html');
    await waitForLiveSearch(early);
    await installWatcher(early);
    await early.focus('#quorum-search');
    const atOnce = await press(early, TYPING[0]!, 60_000);
    expect(atOnce.frameMs, 'the keystroke typed at once showed results').not.toBeNull();
    const readyAfterLive = await searchReadyAfterLive(early);
    await early.close();

    // 2. A new tab left to settle (the chip counts done, the index in memory): the first keystroke
    // then only searches, and every later key is one measured keystroke.
    const page = await session.openPage('newtab.html');
    await waitForLiveSearch(page);
    // The chip counts are one pass over the library after the first screen: let it finish, so
    // it does not share the main thread with the first keystroke. They show only in the opened
    // filters panel, so the panel is opened to see them arrive, then closed again.
    await page.click('.filters__toggle');
    await page.waitForSelector('.chip__count', { timeout: 30_000 });
    await page.click('.filters__toggle');
    await page.waitForSelector('.chip__count', { state: 'detached' });
    // Focusing the field is the reader's intent to search: the worker indexes meanwhile.
    await page.focus('#quorum-search');
    const readySettled = await searchReadyAfterLive(page);
    await installWatcher(page);

    const first = await press(page, TYPING[0]!, 60_000);
    expect(first.frameMs, 'the first keystroke showed results').not.toBeNull();
    const keystrokes: Keystroke[] = [];
    for (const key of TYPING.slice(1)) keystrokes.push(await press(page, key, 30_000));

    expect(await page.inputValue('#quorum-search')).toBe(QUERIES.at(-1));
    expect(await page.locator('main ul[aria-label="Search results"] article').count()).toBeGreaterThan(0);
    const changed = keystrokes.filter(
      (k): k is Keystroke & { domMs: number; frameMs: number } => k.frameMs !== null && k.domMs !== null,
    );
    expect(changed.length).toBeGreaterThan(TYPING.length / 2);

    // A CPU profile of a dozen more keystrokes (erase six letters, type them again), apart from
    // the timed ones since profiling slows the page: which code the main thread runs meanwhile.
    const PROFILED = [...Array<string>(6).fill('Backspace'), ...QUERIES.at(-1)!.slice(-6)];
    const profile = await profileMainThread(
      page,
      async () => {
        for (const key of PROFILED) await press(page, key, 30_000);
      },
      { per: PROFILED.length },
    );
    expect(await page.inputValue('#quorum-search')).toBe(QUERIES.at(-1));

    // Where a keystroke's time goes: the same queries through Quorum's own search code in a
    // quiet page of the extension (bundled from source), index lookup alone and with the hits
    // loaded from IndexedDB as the search worker does (off the page's main thread there). The rest of a keystroke is the page itself:
    // React re-rendering, then the browser's style, layout and paint (the profile above).
    const probe = await session.openPage('packs/starter.json');
    await injectBundle(probe, 'tests/bench/support/in-page/library-bench.ts');
    const built = await probe.evaluate(async () =>
      (await (globalThis as unknown as { quorumBench: Promise<LibraryBench> }).quorumBench).product.buildIndex(),
    );
    const inPage = { search: [] as number[], load: [] as number[] };
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES.slice(1)) {
        const timed = await probe.evaluate(async (text) => {
          const { product } = await (globalThis as unknown as { quorumBench: Promise<LibraryBench> }).quorumBench;
          return { search: (await product.search(text)).ms, load: (await product.searchAndLoad(text)).ms };
        }, query);
        inPage.search.push(timed.search);
        inPage.load.push(timed.load);
      }
    }
    await probe.close();

    const frames = changed.map((k) => k.frameMs);
    const letters = changed.filter((k) => k.key !== 'Backspace').map((k) => k.frameMs);
    const erasures = changed.filter((k) => k.key === 'Backspace').map((k) => k.frameMs);
    await report(
      'search-newtab',
      {
        library: `${ARTICLES.toLocaleString('en')} articles`,
        'first keystroke, index in memory: keydown → results rendered (ms)': round(first.frameMs!),
        'first keystroke budget': `${FIRST_KEY_MS} ms`,
        'first keystroke verdict': verdict(first.frameMs!, FIRST_KEY_MS),
        'first keystroke typed the moment the page went live, index still loading (ms)': round(atOnce.frameMs!),
        'its verdict (same budget)': verdict(atOnce.frameMs!, FIRST_KEY_MS),
        'search worker: warm (indexed, first keys answered, index stored) after the page went live (ms)': `${round(readyAfterLive)} (typed at once), ${round(readySettled)} (settled page)`,
        'the worker indexing, timed alone in a quiet page: reading all rows / building the index (ms)': `${round(built.readMs)} / ${round(built.buildMs)}`,
        'keystrokes measured': `${changed.length} of ${keystrokes.length} (the rest left the list unchanged)`,
        'keydown → results rendered, median (ms)': round(median(frames)),
        'keydown → results rendered, p95 (ms)': round(percentile(frames, 95)),
        'keydown → list changed in the DOM, median (ms)': round(median(changed.map((k) => k.domMs))),
        'letters typed, median (ms)': round(median(letters)),
        'backspaces, median (ms)': erasures.length ? round(median(erasures)) : '—',
        budget: `median ≤ one frame (${round(FRAME_MS)} ms), p95 ≤ ${P95_MS} ms`,
        verdict: verdict(median(frames), FRAME_MS),
        'p95 verdict': verdict(percentile(frames, 95), P95_MS),
        'where a keystroke goes (same queries, same library, in a quiet extension page; medians, ms)': {
          'index lookup (index.search)': {
            median: round(median(inPage.search)),
            p95: round(percentile(inPage.search, 95)),
          },
          'lookup + loading the hits from IndexedDB': {
            median: round(median(inPage.load)),
            p95: round(percentile(inPage.load, 95)),
          },
          'whole keystroke in the new tab (keydown → rendered)': {
            median: round(median(frames)),
            p95: round(percentile(frames, 95)),
          },
        },
        [`main-thread CPU profile, ms per keystroke (${PROFILED.length} more keystrokes, each left to settle: idle includes that wait)`]:
          profile,
      },
      [
        budgetRow(
          'search, 20k articles: first keystroke (field focused, index built meanwhile)',
          first.frameMs!,
          FIRST_KEY_MS,
          {
            figure: `${round(first.frameMs!)} ms`,
            budget: `≤ ${FIRST_KEY_MS} ms`,
          },
        ),
        budgetRow('search: first keystroke typed the moment the page went live', atOnce.frameMs!, FIRST_KEY_MS, {
          figure: `${round(atOnce.frameMs!)} ms (answered before the index is in)`,
          budget: `≤ ${FIRST_KEY_MS} ms`,
        }),
        budgetRow('search: later keystrokes, keydown → results rendered (median)', median(frames), FRAME_MS, {
          figure: `${round(median(frames))} ms`,
          budget: `≤ ${round(FRAME_MS)} ms`,
        }),
        budgetRow('search: later keystrokes (p95)', percentile(frames, 95), P95_MS, {
          figure: `${round(percentile(frames, 95))} ms`,
          budget: `≤ ${P95_MS} ms`,
        }),
      ],
    );
  });

  it('the index alone, in Node (buildSearchIndex + search)', async () => {
    const builds: number[] = [];
    let index = buildSearchIndex(library);
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      index = buildSearchIndex(library);
      builds.push(performance.now() - start);
    }
    expect(index.size).toBe(ARTICLES);

    // The road not taken: storing the built index and loading it back instead of building it
    // in each new tab. Same library, same options, serialised the way MiniSearch offers.
    const documents = library.map((article) => ({ ...article, topicLabels: article.topics.map(topicLabel).join(' ') }));
    const stored = new MiniSearch(SEARCH_INDEX_OPTIONS);
    stored.addAll(documents);
    const json = JSON.stringify(stored);
    const loads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const loaded = MiniSearch.loadJSON(json, SEARCH_INDEX_OPTIONS);
      loads.push(performance.now() - start);
      expect(loaded.documentCount).toBe(ARTICLES);
    }

    // Every query the typing above produces, in order, five times over; the first pass warms up.
    for (const query of QUERIES) index.search(query);
    const perKeystroke: number[] = [];
    let hits = 0;
    for (let round = 0; round < 5; round++) {
      for (const query of QUERIES) {
        const start = performance.now();
        hits += index.search(query).length;
        perKeystroke.push(performance.now() - start);
      }
    }
    expect(hits).toBeGreaterThan(0);

    const single = QUERIES.map((query) => ({ query, ms: 0 }));
    for (const entry of single) {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        index.search(entry.query);
        times.push(performance.now() - start);
      }
      entry.ms = median(times);
    }
    const slowest = [...single].sort((a, b) => b.ms - a.ms).slice(0, 3);

    await report('search-index-node', {
      library: `${ARTICLES.toLocaleString('en')} synthetic articles`,
      'build, median of 3 (ms)': round(median(builds)),
      'a stored index instead: loadJSON, median of 3 (ms)': round(median(loads)),
      'its JSON (MB)': round(json.length / 1e6, 1),
      'search per keystroke, median (ms)': round(median(perKeystroke), 2),
      'search per keystroke, p95 (ms)': round(percentile(perKeystroke, 95), 2),
      'slowest queries (median ms)': slowest.map((entry) => `"${entry.query}" ${round(entry.ms, 1)}`).join(', '),
      budget: `one frame, ${round(FRAME_MS)} ms (median)`,
      verdict: verdict(median(perKeystroke), FRAME_MS),
    });
  });
});
