import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { firstPickPaint } from './support/paint';
import { report } from './support/report';
import { seedArticles, syntheticArticles } from './support/seed';
import { median, round } from './support/stats';
import { writeStaticCopy } from './support/static-copy';

const RUNS = 20;
const ARTICLES = 10_000;
const BUDGET_RATIO = 1.5;

let session: ExtensionSession;
let staticUrl: string;

beforeAll(async () => {
  session = await launchExtension();
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
  staticUrl = await writeStaticCopy(page, 'static-newtab');
  await page.close();
});

afterAll(async () => {
  await session?.close();
});

async function measure(url: string): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(url);
  const time = await firstPickPaint(page);
  await page.close();
  return time;
}

/** When the new tab had swapped the snapshot for live data from the database. */
async function measureLive(url: string): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(url);
  const time = await page.waitForFunction(() => performance.getEntriesByName('quorum:live')[0]?.startTime, undefined, {
    timeout: 30_000,
  });
  const value = (await time.jsonValue()) as number;
  await page.close();
  return value;
}

it(`new tab: first pick painted, against a static page with the same cards (${ARTICLES.toLocaleString('en')} articles, medians of ${RUNS})`, async () => {
  const newtabUrl = `chrome-extension://${session.extensionId}/newtab.html`;
  // Warm both once so neither pays for first-load compilation in the figures.
  await measure(staticUrl);
  await measure(newtabUrl);

  const staticTimes: number[] = [];
  const newtabTimes: number[] = [];
  // Interleaved, so machine noise falls on both sides alike.
  for (let run = 0; run < RUNS; run++) {
    staticTimes.push(await measure(staticUrl));
    newtabTimes.push(await measure(newtabUrl));
  }

  const liveTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) liveTimes.push(await measureLive(newtabUrl));

  const staticMedian = median(staticTimes);
  const newtabMedian = median(newtabTimes);
  const ratio = newtabMedian / staticMedian;
  await report('newtab-first-pick', {
    'static page median (ms)': round(staticMedian),
    'Quorum new tab median (ms)': round(newtabMedian),
    'ratio (new tab / static)': round(ratio, 2),
    budget: `≤ ${BUDGET_RATIO}×`,
    'live data in place, median (ms)': round(median(liveTimes)),
    verdict: ratio <= BUDGET_RATIO ? 'within budget' : 'OVER BUDGET',
  });

  expect(staticTimes.every((time) => time > 0)).toBe(true);
  expect(newtabTimes.every((time) => time > 0)).toBe(true);
  expect(liveTimes.every((time) => time > 0)).toBe(true);
});
