import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../e2e/support/extension';
import { sendFromPage } from '../e2e/support/messages';
import { startSourceSites, type SourceSites } from '../e2e/support/source-sites';
import { CHROME_DIST } from '../support/paths';
import { traceMainThreadWithMarks, type MainThreadTask } from './support/main-thread-trace';
import { budgetRow, report, verdict } from './support/report';
import { seedArticles, syntheticArticles } from './support/seed';
import { round } from './support/stats';

const LINKS = 5_000;
const KNOWN = 500;
/** Each run loads the page once without the script and once with it; every run must be within budget. */
const RUNS = 5;
/** Long enough for the script to finish on this machine; the same wait for both pages. */
const SETTLE_MS = 2_500;
const WORK_BUDGET_MS = 50;
const ADDED_BUDGET_MS = 50;
const LONG_TASK_MS = 50;
const BUNDLE_BUDGET_BYTES = 15 * 1024;

// The same page on two hosts: one where the badges script runs (a source in the registry),
// one where it does not. Side by side in one browser and one run, so the difference is the
// script's, whatever the machine.
const BADGED_HOST = 'news.ycombinator.com';
const PLAIN_HOST = 'bench-plain.example';
const PATH = '/bench';

/** An HN-like list of 5,000 links, one in ten to an article Quorum knows. Static: no page script. */
function benchPage(known: readonly string[]): string {
  const every = LINKS / KNOWN;
  const rows: string[] = [];
  for (let i = 0; i < LINKS; i++) {
    const url = i % every === 0 ? known[i / every]! : `https://filler${i % 113}.example/story/${i}`;
    rows.push(
      `<tr class="athing submission" id="${i}"><td class="title"><span class="titleline"><a href="${url}">Story ${i}: replicated logs at scale</a></span></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><table>${rows.join('')}</table></body></html>`;
}

let sites: SourceSites;
let session: ExtensionSession;
let scriptUrl: string;

beforeAll(async () => {
  sites = await startSourceSites([BADGED_HOST, PLAIN_HOST]);
  const articles = syntheticArticles(KNOWN);
  const html = benchPage(articles.map((article) => article.url));
  for (const host of [BADGED_HOST, PLAIN_HOST]) {
    sites.routes.set(
      `${host}${PATH}`,
      (_, response) => void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
    );
  }
  session = await launchExtension({ args: sites.chromiumArgs });
  scriptUrl = `chrome-extension://${session.extensionId}/content-scripts/badges.js`;
  const page = await session.openPage('newtab.html');
  await page.waitForSelector('#root article', { timeout: 30_000 });
  expect(await seedArticles(page, articles)).toBeGreaterThanOrEqual(KNOWN);
  // The background's set of known URLs is rebuilt after a sync: one now includes the seeded ones.
  await sendFromPage(page, { type: 'sync-now' });
  await page.close();
});

afterAll(async () => {
  await session?.close();
  await sites?.close();
});

interface Load {
  /** The page's main-thread tasks from DOMContentLoaded on: the script is injected after it, so nothing before it can be the script's. */
  tasks: MainThreadTask[];
  badges: number;
}

async function load(host: string): Promise<Load> {
  const page: Page = await session.context.newPage();
  const url = `https://${host}${PATH}`;
  const trace = await traceMainThreadWithMarks(page, url, scriptUrl, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, SETTLE_MS));
  });
  const badges = await page.evaluate(() => document.querySelectorAll('quorum-badge').length);
  await page.close();
  const from = trace.domContentLoaded ?? -Infinity;
  return { tasks: trace.tasks.filter((task) => task.start >= from), badges };
}

/** Main-thread time, in thread (CPU) time and wall time, ms. */
interface Time {
  cpu: number;
  wall: number;
}

/**
 * The layout floor: the same boxes the badges make, put beside the same links by the page
 * itself in one go, with no script work beyond that. Any in-flow badge pays this: on this
 * table (auto-sized columns, badges on some of its widest rows) the boxes widen the title
 * column and the browser lays all 5,000 rows out again. Traced on the plain host.
 */
async function layoutFloor(): Promise<Time> {
  const page: Page = await session.context.newPage();
  const url = `https://${PLAIN_HOST}${PATH}`;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const { tasks } = await traceMainThreadWithMarks(page, url, scriptUrl, async () => {
    await page.evaluate(async (every) => {
      const links = [...document.querySelectorAll('a')].filter((_, i) => i % every === 0);
      for (const link of links) {
        const box = document.createElement('span');
        box.style.cssText =
          'display:inline-block;box-sizing:border-box;width:clamp(14px,1.1em,22px);height:clamp(14px,1.1em,22px);margin:0 .3em;vertical-align:middle';
        link.after(box);
      }
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }, LINKS / KNOWN);
  });
  await page.close();
  return total(tasks);
}

const total = (tasks: readonly MainThreadTask[]): Time => ({
  cpu: tasks.reduce((sum, task) => sum + task.cpu, 0),
  wall: tasks.reduce((sum, task) => sum + task.duration, 0),
});
const longest = (tasks: readonly MainThreadTask[]): Time => ({
  cpu: tasks.reduce((max, task) => Math.max(max, task.cpu), 0),
  wall: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
});

interface RunFigures {
  badges: number;
  work: Time;
  tasks: number;
  longest: Time;
  /** Script tasks that ran over 50 ms of CPU time (blocking the page even on an idle machine). */
  overLong: number;
  added: Time;
  /** The layout floor of this page (layoutFloor), measured in the same run. */
  floor: Time;
}

function figuresOf(plain: Load, badged: Load, floor: Time): RunFigures {
  // The page has no script of its own: every task that ran JavaScript is the extension's,
  // promise continuations included (which name no script in the trace).
  const script = badged.tasks.filter((task) => task.ranScript || task.ranJavaScript);
  const [withScript, without] = [total(badged.tasks), total(plain.tasks)];
  return {
    badges: badged.badges,
    work: total(script),
    tasks: script.length,
    longest: longest(script),
    overLong: script.filter((task) => task.cpu > LONG_TASK_MS).length,
    added: { cpu: withScript.cpu - without.cpu, wall: withScript.wall - without.wall },
    floor,
  };
}

const both = (time: Time) => `${round(time.cpu)} / ${round(time.wall)}`;

// Budgets are judged on CPU time: on a machine shared with other work, wall times also count
// the time the page's thread waited for a core, which no change to the script can remove.
const row = (run: RunFigures) => ({
  'badges placed': run.badges,
  'script work, CPU / wall (ms)': both(run.work),
  'script tasks': run.tasks,
  'longest script task, CPU / wall (ms)': both(run.longest),
  [`script tasks over ${LONG_TASK_MS} ms CPU`]: run.overLong,
  'added to the page main thread, CPU / wall (ms)': both(run.added),
  'layout floor: the same boxes put in by the page, CPU / wall (ms)': both(run.floor),
  'work verdict': verdict(run.work.cpu, WORK_BUDGET_MS),
  'added verdict': verdict(run.added.cpu, ADDED_BUDGET_MS),
  'long task verdict': verdict(run.overLong, 0),
});

const worstOf = (times: Time[]): Time => ({
  cpu: Math.max(...times.map((time) => time.cpu)),
  wall: Math.max(...times.map((time) => time.wall)),
});

it(`content script on a ${LINKS.toLocaleString('en')}-link page with ${KNOWN} known links, against the same page without it (each of ${RUNS} runs)`, async () => {
  const loadBefore = loadavg()[0]!;
  // Warm both once: first loads pay for compilation and the service worker's start.
  await load(PLAIN_HOST);
  await load(BADGED_HOST);

  const runs: RunFigures[] = [];
  const plainBadges: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const plain = await load(PLAIN_HOST);
    const badged = await load(BADGED_HOST);
    plainBadges.push(plain.badges);
    runs.push(figuresOf(plain, badged, await layoutFloor()));
  }
  const worst: RunFigures = {
    badges: Math.min(...runs.map((run) => run.badges)),
    work: worstOf(runs.map((run) => run.work)),
    tasks: Math.max(...runs.map((run) => run.tasks)),
    longest: worstOf(runs.map((run) => run.longest)),
    overLong: Math.max(...runs.map((run) => run.overLong)),
    added: worstOf(runs.map((run) => run.added)),
    floor: worstOf(runs.map((run) => run.floor)),
  };
  const bundle = readFileSync(resolve(CHROME_DIST, 'content-scripts/badges.js'));
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  const within = (run: RunFigures) =>
    run.work.cpu <= WORK_BUDGET_MS && run.added.cpu <= ADDED_BUDGET_MS && run.overLong === 0;

  await report(
    'content-script',
    {
      runs: {
        ...Object.fromEntries(runs.map((run, i) => [`run ${i + 1}`, row(run)])),
        worst: row(worst),
      },
      budget: `each run: ≤ ${WORK_BUDGET_MS} ms script work, ≤ ${ADDED_BUDGET_MS} ms added to the page, no script task over ${LONG_TASK_MS} ms (main-thread CPU time)`,
      'runs within budget': `${runs.filter(within).length} of ${RUNS}`,
      'bundle (bytes, raw / gzipped)': `${bundle.length} / ${gzipped}`,
      'bundle budget': `≤ ${BUNDLE_BUDGET_BYTES} bytes gzipped`,
      'bundle verdict': verdict(gzipped, BUNDLE_BUDGET_BYTES),
      // Figures from a shared machine mean little without this: compare the two sides, not runs.
      'machine load, 1-min average, before / after': `${round(loadBefore, 2)} / ${round(loadavg()[0]!, 2)}`,
      verdict: runs.every(within) && gzipped <= BUNDLE_BUDGET_BYTES ? 'within budget' : 'OVER BUDGET',
    },
    [
      budgetRow(
        `badges, ${LINKS.toLocaleString('en')}-link page: script work (worst of ${RUNS} runs)`,
        worst.work.cpu,
        WORK_BUDGET_MS,
        {
          figure: `${round(worst.work.cpu)} ms CPU (${round(worst.work.wall)} ms wall)`,
          budget: `≤ ${WORK_BUDGET_MS} ms in each run`,
        },
      ),
      budgetRow(`badges: added to the page's main thread (worst of ${RUNS} runs)`, worst.added.cpu, ADDED_BUDGET_MS, {
        figure: `${round(worst.added.cpu)} ms CPU; the same boxes added by the page itself: ${round(worst.floor.cpu)} ms`,
        budget: `≤ ${ADDED_BUDGET_MS} ms in each run`,
      }),
      budgetRow('badges: script tasks over 50 ms (worst run)', worst.overLong, 0, {
        figure: String(worst.overLong),
        budget: 'none',
      }),
      budgetRow('badges: content script bundle', gzipped, BUNDLE_BUDGET_BYTES, {
        figure: `${round(gzipped / 1024, 1)} KB gzipped`,
        budget: `≤ ${BUNDLE_BUDGET_BYTES / 1024} KB`,
      }),
    ],
  );

  // Sanity, not timing: the measurement measured something.
  expect(runs.every((run) => run.badges === KNOWN)).toBe(true);
  expect(plainBadges.every((count) => count === 0)).toBe(true);
  expect(runs.every((run) => run.tasks > 0)).toBe(true);
});
