import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { firstPickPaint } from './support/paint';
import { injectBundle } from './support/page-bundle';
import { budgetRow, report } from './support/report';
import { describeRuns, sideBySide } from './support/side-by-side';
import { seedArticles, syntheticArticles, waitForUnreadTally } from './support/seed';
import { median, percentile, round } from './support/stats';
import { waitForSyncIdle } from './support/sync-state';
import { writeStaticCopy } from './support/static-copy';

const OPENS = 8;
const ARTICLES = 10_000;
const BUDGET_RATIO = 1.2;

let session: ExtensionSession;
let popupUrl: string;
let staticUrl: string;

beforeAll(async () => {
  session = await launchExtension();
  // The install's own sync (default feeds, unreachable here) must be over before timing starts.
  await waitForSyncIdle(session.serviceWorker);
  popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const page = await session.openPage('popup.html');
  await page.waitForSelector('article h2');
  const stored = await seedArticles(page, syntheticArticles(ARTICLES));
  expect(stored).toBeGreaterThanOrEqual(ARTICLES);

  // For context only (the budget is absolute): the popup's own rendered markup and styles as
  // one static file with no script, i.e. what this browser on this machine needs to show it.
  await page.reload();
  await page.waitForSelector('article h2');
  await waitForUnreadTally(page);
  staticUrl = await writeStaticCopy(page, 'static-popup');
  await page.close();
});

afterAll(async () => {
  await session?.close();
});

interface Open {
  /** Navigation start → first pick title painted (Element Timing). */
  pick: number;
  /** Navigation Timing and paint marks of the same load, for the breakdown. */
  domInteractive: number;
  domContentLoaded: number;
  firstContentfulPaint: number;
}

async function phases(page: Page): Promise<Omit<Open, 'pick'>> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      domInteractive: navigation.domInteractive,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    };
  });
}

/** One cold open of a document in a fresh tab, as a click on the toolbar button loads the popup. */
async function open(url: string): Promise<Open> {
  const page = await session.context.newPage();
  await page.goto(url);
  const pick = await firstPickPaint(page);
  const marks = await phases(page);
  await page.close();
  return { pick, ...marks };
}

it(`popup against a static page with the same markup (${ARTICLES.toLocaleString('en')} articles, 3 runs of ${OPENS} opens)`, async () => {
  // Warm both once, so no figure includes compiling a bundle for the first time.
  await open(staticUrl);
  await open(popupUrl);
  const popup: Open[] = [];
  const plain: Open[] = [];
  const measured = await sideBySide(
    async () => {
      const opened = await open(popupUrl);
      popup.push(opened);
      return opened.pick;
    },
    async () => {
      const opened = await open(staticUrl);
      plain.push(opened);
      return opened.pick;
    },
    { opens: OPENS },
  );

  // Where the wait after the scripts have run goes: the popup's own database work (Quorum's
  // query code, bundled from source), timed in a quiet extension document, after the runs above.
  const probe = await session.openPage('packs/starter.json');
  await injectBundle(probe, 'tests/bench/support/in-page/popup-queries.ts');
  type Queries = {
    openMs: number;
    picksMs: number;
    unreadMs: number;
    picksTogetherMs: number;
    picks: number;
    unread: number;
  };
  const queries: Queries[] = [];
  for (let run = 0; run < 10; run++)
    queries.push(
      await probe.evaluate(() => (globalThis as unknown as { popupQueries: () => Promise<Queries> }).popupQueries()),
    );
  await probe.close();
  expect(queries.every((q) => q.picks === 5 && q.unread > 0)).toBe(true);
  const q = (key: keyof Queries) => round(median(queries.map((query) => query[key])));

  const med = (opens: Open[], key: keyof Open) => round(median(opens.map((o) => o[key])));
  await report(
    'popup',
    {
      'first pick painted, runs (popup / static)': describeRuns(measured.runs),
      'popup first pick, median of all opens (ms)': med(popup, 'pick'),
      'p90 (ms)': round(
        percentile(
          popup.map((o) => o.pick),
          90,
        ),
      ),
      note: 'popup.html opened as a tab (headless Chromium has no toolbar to click); Element Timing paint of the first pick title',
      'where the time goes (medians, ms from navigation start)': {
        'Quorum popup': {
          'DOM interactive': med(popup, 'domInteractive'),
          'DOMContentLoaded done': med(popup, 'domContentLoaded'),
          'first contentful paint': med(popup, 'firstContentfulPaint'),
          'first pick painted': med(popup, 'pick'),
        },
        'static page': {
          'DOM interactive': med(plain, 'domInteractive'),
          'DOMContentLoaded done': med(plain, 'domContentLoaded'),
          'first contentful paint': med(plain, 'firstContentfulPaint'),
          'first pick painted': med(plain, 'pick'),
        },
      },
      "the popup's database work, cold connection (medians of 10, ms)": {
        'open the database': { ms: q('openMs') },
        'picks query alone (5 picks)': { ms: q('picksMs') },
        'unread count alone (the kept histogram)': { ms: q('unreadMs') },
        'picks query while the unread count runs, as the popup issues them': { ms: q('picksTogetherMs') },
      },
    },
    [
      budgetRow('popup: first pick painted vs a static page', measured.ratio, BUDGET_RATIO, {
        figure: `${round(measured.ratio, 2)}× (median of 3 runs)`,
        budget: `≤ ${BUDGET_RATIO}×`,
      }),
    ],
  );
  expect(popup).toHaveLength(3 * OPENS);
  expect([...popup, ...plain].every((o) => o.pick > 0)).toBe(true);
});
