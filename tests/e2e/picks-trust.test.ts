import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import type { Feed } from '../../utils/schemas/feed';
import { serveFeed } from '../support/feed-server';
import { rss, type RssItem } from '../support/rss';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';
import { startSourceSites, type SourceSites } from './support/source-sites';

/**
 * Picks a reader can trust, in real Chromium: a feed whose every post opens with its author's
 * distributed-systems bio lets none of its off-topic posts into Picks; "Why this pick?" opens
 * from the keyboard; "Not distributed systems" hides a card and Undo brings it back; a known
 * article linked from a Hacker News page gains "Discussed on" on the new tab.
 */
const FEED_HOST = 'brooker.co.za';
const FEED_PATH = '/blog/rss.xml';
const SOURCE = 'Kofi’s notes';
const BIO = 'After twelve years building distributed systems at scale, I write about whatever I’m learning.';
const post = (slug: string, title: string, body: string): RssItem => ({
  title,
  link: `https://${FEED_HOST}/blog/${slug}.html`,
  description: `${BIO} ${body}`,
  pubDate: new Date(Date.now() - 3_600_000).toUTCString(),
});
const OFF_TOPIC = [
  post('jwt', 'Understanding JWTs from first principles', 'A token is three base64 strings joined by dots.'),
  post('fractals', 'Fractals with nothing but a terminal', 'Drawing the Mandelbrot set in ASCII taught me a lot.'),
  post('japanese', 'Learning Japanese at 40', 'Spaced repetition, a tutor once a week and patience.'),
  post('monads', 'A gentle introduction to monads', 'Option, Result and Promise are all the same shape.'),
];
const ON_TOPIC = [
  post(
    'raft-annotated',
    'The Raft paper, annotated',
    'Pre-vote, leadership transfer and log compaction: what surprised me running Raft in production.',
  ),
  post(
    'retries',
    'Retries, backoff and the thundering herd',
    'When a dependency recovers, every client retrying at once knocks it over again. Jitter and budgets help.',
  ),
];
const RAFT = ON_TOPIC[0]!.link;
/** A post whose title and summary say nothing of the field: only its tags do. */
const TAGGED = {
  ...post('week-48', 'Notes from the week', 'A few things I worked on and read.'),
  categories: ['raft', 'consensus'],
};

const HN_PAGE = `<!doctype html><html><head><title>Hacker News</title></head><body><center><table id="hnmain"><tr><td>
<table>
  <tr class="athing submission" id="4242">
    <td class="title"><span class="titleline"><a href="${RAFT}">The Raft paper, annotated</a>
      <span class="sitebit comhead"> (<a href="from?site=brooker.co.za"><span class="sitestr">brooker.co.za</span></a>)</span></span></td>
  </tr>
  <tr><td class="subtext"><span class="subline"><span class="score">300 points</span> by <a href="user?id=pg" class="hnuser">pg</a>
    <span class="age"><a href="item?id=4242">2 hours ago</a></span> | <a href="item?id=4242">212&nbsp;comments</a></span></td></tr>
  <tr class="athing submission" id="4243">
    <td class="title"><span class="titleline"><a href="https://unknown.example/post">Something else entirely</a></span></td>
  </tr>
  <tr><td class="subtext"><span class="subline"><a href="item?id=4243">5&nbsp;comments</a></span></td></tr>
</table></td></tr></table></center></body></html>`;

describe('picks a reader can trust', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    sites = await startSourceSites([FEED_HOST, 'news.ycombinator.com']);
    sites.routes.set(
      `${FEED_HOST}${FEED_PATH}`,
      serveFeed(() =>
        rss({ title: SOURCE, link: `https://${FEED_HOST}/blog`, items: [...OFF_TOPIC, ...ON_TOPIC, TAGGED] }),
      ),
    );
    sites.routes.set('news.ycombinator.com/', (_: unknown, response: ServerResponse) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HN_PAGE);
    });
    session = await launchExtension({ args: sites.chromiumArgs });
    page = await session.openPage('options.html');
    // The install's first sync fetches the feed: wait for it (expect.poll belongs in tests).
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const feeds = await readStore<Feed>(page, 'feeds').catch(() => []);
      if (feeds.find((feed) => feed.url === `https://${FEED_HOST}${FEED_PATH}`)?.lastSuccessAt) break;
      await page.waitForTimeout(100);
    }
  });

  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  const articles = () => readStore<Article>(page, 'articles');
  const card = (tab: Page, url: string) => tab.locator(`article[data-url="${url}"]`);

  it('lets no off-topic post of a feed with a distributed-systems bio into Picks, and drops the bio', async () => {
    const stored = await articles();
    for (const item of [...OFF_TOPIC, ...ON_TOPIC]) {
      const article = stored.find((row) => row.url === item.link);
      expect(article?.summary, item.title).not.toContain('twelve years');
    }

    const newtab = await session.openPage(`newtab.html#source=${encodeURIComponent(SOURCE)}`);
    await newtab.waitForSelector(`article[data-url="${RAFT}"]`);
    for (const item of OFF_TOPIC) expect(await card(newtab, item.link).count(), item.title).toBe(0);
    for (const item of ON_TOPIC) expect(await card(newtab, item.link).count(), item.title).toBe(1);
    // The default Picks too: none of them anywhere.
    const picks = await session.openPage('newtab.html');
    await picks.waitForSelector('article h2 a');
    for (const item of OFF_TOPIC) expect(await card(picks, item.link).count(), item.title).toBe(0);
    await picks.close();
    await newtab.close();
  });

  it('opens "Why this pick?" from the keyboard, and "Not distributed systems" hides the card until Undo', async () => {
    const newtab = await session.openPage(`newtab.html#source=${encodeURIComponent(SOURCE)}`);
    const raft = card(newtab, RAFT);
    await raft.waitFor();
    const toggle = raft.locator('.why__toggle');
    // Tab from the top of the page until the Raft card's "Why this pick?" has the focus.
    let reached = false;
    for (let press = 0; press < 80 && !reached; press += 1) {
      await newtab.keyboard.press('Tab');
      reached = await toggle.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    const panel = raft.locator('.why__panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.locator('.why__text').textContent()).toMatch(/^Consensus.*relevance \d+%/);
    expect(await panel.locator('.why__signals li').first().textContent()).toContain('“raft”');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    await newtab.keyboard.press('Tab');
    const notRelevant = panel.getByRole('button', { name: 'Not distributed systems' });
    expect(await notRelevant.evaluate((element) => element === document.activeElement)).toBe(true);
    await newtab.keyboard.press('Enter');
    await expect.poll(() => raft.count()).toBe(0);
    const feed = async () =>
      (await readStore<Feed>(page, 'feeds')).find((row) => row.url === `https://${FEED_HOST}${FEED_PATH}`);
    expect((await feed())?.relevanceAdjust).toBeLessThan(0);

    await newtab.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => raft.count()).toBe(1);
    await expect.poll(async () => (await feed())?.relevanceAdjust).toBeUndefined();

    // "w" opens the current card's explanation without a walk of Tabs; Escape closes it.
    await raft.focus();
    await newtab.keyboard.press('w');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await newtab.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    // Focus is back on the toggle, and "w" opens the panel again from there.
    await newtab.keyboard.press('w');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await newtab.close();
  });

  it('says why a low-relevance post was hidden when low-relevance posts are shown', async () => {
    const newtab = await session.openPage(`newtab.html#source=${encodeURIComponent(SOURCE)}&low=1`);
    const jwt = card(newtab, OFF_TOPIC[0]!.link);
    await jwt.waitFor();
    await jwt.locator('.why__toggle').focus();
    await expect
      .poll(() => jwt.locator('.why__text').textContent())
      .toMatch(/^Hidden from Picks: relevance \d+% is below your 35%/);

    // The reader knows better: every post of the feed goes to Picks, this one at once.
    await jwt.getByRole('button', { name: `Keep every post from ${SOURCE}` }).click();
    const stored = async () => (await articles()).find((row) => row.url === OFF_TOPIC[0]!.link)?.relevance;
    await expect.poll(stored).toBe(1);
    const picksOnly = await session.openPage(`newtab.html#source=${encodeURIComponent(SOURCE)}`);
    await card(picksOnly, OFF_TOPIC[0]!.link).waitFor();
    await picksOnly.close();
    await newtab.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stored).toBeLessThan(0.35);
    await newtab.close();
  });

  it('names the feed’s tags that weighed when its title and summary say nothing', async () => {
    const newtab = await session.openPage(`newtab.html#source=${encodeURIComponent(SOURCE)}&low=1`);
    const tagged = card(newtab, TAGGED.link);
    await tagged.waitFor();
    await tagged.locator('.why__toggle').focus();
    // Shown as a pick or hidden as low relevance, the reason is the same tag.
    await expect.poll(() => tagged.locator('.why__panel').textContent()).toContain('“raft” in the tags');
    await newtab.close();
  });

  it('records a Hacker News discussion of a known article and shows it on the new tab', async () => {
    const hn = await session.context.newPage();
    await hn.goto('https://news.ycombinator.com/');
    await expect
      .poll(async () => (await articles()).find((row) => row.url === RAFT)?.discussions, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ url: 'https://news.ycombinator.com/item?id=4242', comments: 212 })]);
    // Only known articles are kept.
    expect((await articles()).some((row) => row.url === 'https://unknown.example/post')).toBe(false);
    await hn.close();

    const newtab = await session.openPage(`newtab.html#source=${encodeURIComponent(SOURCE)}`);
    const discussed = card(newtab, RAFT).locator('.pick__discussed');
    await discussed.waitFor();
    expect((await discussed.textContent())?.replace(/\s+/g, ' ')).toBe('Discussed on Hacker News (212 comments)');
    expect(await discussed.locator('a').getAttribute('href')).toBe('https://news.ycombinator.com/item?id=4242');
    await newtab.close();
  });

  it('paints "Discussed on" in the next new tab’s first frame too, so the card does not grow at the swap', async () => {
    // The plain new tab leaves its snapshot for the next one.
    const first = await session.openPage('newtab.html');
    await card(first, RAFT).locator('.pick__discussed').waitFor();
    await first.waitForFunction(
      (label) => localStorage.getItem('quorum:newtab-snapshot')?.includes(label) ?? false,
      'Hacker News (212 comments)',
    );
    await first.close();

    const next = await session.context.newPage();
    await next.bringToFront();
    // Read before the app can replace the snapshot (it starts after the first frame).
    await next.addInitScript((url) => {
      document.addEventListener('DOMContentLoaded', () => {
        const painted = document.querySelector(`#snapshot article:has(a[href="${url}"]) .pick__discussed`);
        Object.assign(window, { quorumPaintedNote: painted?.textContent ?? null });
      });
    }, RAFT);
    await next.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    expect(
      await next.evaluate(() => (window as unknown as { quorumPaintedNote: string | null }).quorumPaintedNote),
    ).toBe('Discussed on Hacker News (212 comments)');
    await next.close();
  });
});
