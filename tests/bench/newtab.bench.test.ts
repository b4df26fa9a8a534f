import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { firstPickPaint } from './support/paint';
import { budgetRow, report } from './support/report';
import { seedArticles, syntheticArticles, waitForUnreadTally } from './support/seed';
import { describeRuns, sideBySide } from './support/side-by-side';
import { round } from './support/stats';
import { writeStaticCopy } from './support/static-copy';
import { waitForSyncIdle } from './support/sync-state';

const OPENS = 8;
const ARTICLES = 10_000;
const BUDGETS = { firstPick: 1.2, live: 1.6, cold: 1.5 };

let session: ExtensionSession;
let staticUrl: string;
let newtabUrl: string;
/** An extension page kept open to clear the new tab's snapshot between cold opens. */
let helper: Page;

beforeAll(async () => {
  session = await launchExtension();
  await waitForSyncIdle(session.serviceWorker);
  newtabUrl = `chrome-extension://${session.extensionId}/newtab.html`;
  const page = await session.openPage('newtab.html');
  await page.waitForSelector('article h2');
  const stored = await seedArticles(page, syntheticArticles(ARTICLES));
  expect(stored).toBeGreaterThanOrEqual(ARTICLES);

  // A reader on a learning path: Next up is part of the first screen, painted from the snapshot too.
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
    ).chrome.storage.local.set({ 'path-progress': { currentPathId: 'consensus', skipped: [], updatedAt: Date.now() } }),
  );

  // The baseline: the same Next up and 30 cards, same styles, as one static HTML file with no script.
  await page.reload();
  await page.waitForSelector('article h2');
  await page.waitForSelector('#root .next-up');
  await waitForUnreadTally(page);
  staticUrl = await writeStaticCopy(page, 'static-newtab');
  await page.close();
  helper = await session.openPage('options.html');
});

afterAll(async () => {
  await session?.close();
});

/** One open in a fresh tab: when the first pick was painted, and when live data was in place. */
async function open(): Promise<{ pick: number; live: number }> {
  const page = await session.context.newPage();
  await page.goto(newtabUrl);
  const pick = await firstPickPaint(page);
  const live = (await (
    await page.waitForFunction(() => performance.getEntriesByName('quorum:live')[0]?.startTime, undefined, {
      timeout: 30_000,
    })
  ).jsonValue()) as number;
  // The snapshot for the next open is saved once the page is live and idle; let it land.
  await page.waitForTimeout(150);
  await page.close();
  return { pick, live };
}

async function staticOpen(): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(staticUrl);
  const time = await firstPickPaint(page);
  await page.close();
  return time;
}

/** The first open after install or after "Reset": no snapshot to paint from. */
async function coldOpen(): Promise<number> {
  await helper.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.includes('snapshot')) localStorage.removeItem(key);
  });
  return (await open()).pick;
}

it(`new tab against a static page with the same cards (${ARTICLES.toLocaleString('en')} articles, 3 runs of ${OPENS} opens each)`, async () => {
  // Warm both once so neither pays for first-load compilation in the figures.
  await staticOpen();
  await open();

  const lives: number[] = [];
  const firstPick = await sideBySide(
    async () => {
      const { pick, live } = await open();
      lives.push(live);
      return pick;
    },
    staticOpen,
    { opens: OPENS },
  );
  // Live data against the same static page, from the same opens: each run's live times.
  let index = 0;
  const live = await sideBySide(async () => lives[index++]!, staticOpen, { opens: OPENS });
  const cold = await sideBySide(coldOpen, staticOpen, { opens: OPENS });

  await report(
    'newtab',
    {
      library: `${ARTICLES.toLocaleString('en')} synthetic articles + the starter pack, on a learning path`,
      'first pick painted, runs (new tab / static)': describeRuns(firstPick.runs),
      'live data in place, runs (new tab / static first pick)': describeRuns(live.runs),
      'no snapshot, first pick painted, runs': describeRuns(cold.runs),
    },
    [
      budgetRow('new tab: first pick painted vs a static page', firstPick.ratio, BUDGETS.firstPick, {
        figure: `${round(firstPick.ratio, 2)}× (median of 3 runs)`,
        budget: `≤ ${BUDGETS.firstPick}×`,
      }),
      budgetRow('new tab: live data in place vs a static page', live.ratio, BUDGETS.live, {
        figure: `${round(live.ratio, 2)}× (median of 3 runs)`,
        budget: `≤ ${BUDGETS.live}×`,
      }),
      budgetRow('new tab with no snapshot: first pick vs a static page', cold.ratio, BUDGETS.cold, {
        figure: `${round(cold.ratio, 2)}× (median of 3 runs)`,
        budget: `≤ ${BUDGETS.cold}×`,
      }),
    ],
  );

  for (const result of [firstPick, live, cold]) {
    expect(result.runs).toHaveLength(3);
    expect(result.runs.every((run) => run.measured > 0 && run.baseline > 0)).toBe(true);
  }
});
