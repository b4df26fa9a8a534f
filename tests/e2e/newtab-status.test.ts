import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import type { Feed } from '../../utils/schemas/feed';
import { DEFAULT_FEED_SOURCES } from '../../utils/sources';
import { serveFeed } from '../support/feed-server';
import { TEST_OUTPUT } from '../support/paths';
import { relevantItems, rss } from '../support/rss';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';
import { clearStore, putRows, waitForLibrary } from './support/seed';
import { startSourceSites, type SourceSites } from './support/source-sites';

const STARTER = readStarterPack().items.length;
const FEEDS = DEFAULT_FEED_SOURCES.length;
const DAY = 86_400_000;
const SHOTS = join(TEST_OUTPUT, 'screenshots');

describe('calm status while offline (every host unreachable)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const failedFeeds = async (page: Page) =>
    (await readStore<Feed>(page, 'feeds')).filter((feed) => feed.kind === 'feed' && feed.errorCount > 0).length;

  it('never says "all caught up" before the library is in, and shows it once it is', async () => {
    const page = await session.openPage('options.html');
    await waitForLibrary(page, STARTER);
    const library = await readStore<Article>(page, 'articles');
    // The moment after install, before the starter library is written.
    await clearStore(page, 'articles');
    const newtab = await session.openPage('newtab.html');
    await expect.poll(() => newtab.getByText('Preparing your starter library…').count(), { timeout: 15_000 }).toBe(1);
    expect(await newtab.locator('.newtab__count').textContent()).toBe('Preparing your library…');
    expect(await newtab.getByText(/All caught up/).count()).toBe(0);
    expect(await newtab.getByRole('button', { name: 'Read something you saved' }).count()).toBe(0);
    const popup = await session.openPage('popup.html');
    await expect.poll(() => popup.getByText('Preparing your starter library…').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.getByText(/All caught up|Nothing unread/).count()).toBe(0);

    // Written with the raw API, which the page's live queries do not hear: open it again.
    await putRows(page, 'articles', library);
    await newtab.reload();
    await expect.poll(() => newtab.locator('#root article').count(), { timeout: 15_000 }).toBe(30);
    await expect.poll(() => newtab.locator('.newtab__count').textContent()).toBe(`${STARTER} unread picks`);
  });

  it('shows a quiet offline line, not a warning banner, once no feed can be reached', async () => {
    const page = await session.openPage('newtab.html');
    await expect.poll(() => failedFeeds(page), { timeout: 30_000 }).toBe(FEEDS);
    const line = page.locator('.newtab__header').getByRole('status');
    await expect
      .poll(() => line.textContent())
      .toMatch(/^Offline — showing your library · updated (now|\d+ minutes? ago)$/);
    expect(await page.locator('.banner').count()).toBe(0);
    expect(await page.getByRole('link', { name: /See/ }).count()).toBe(0);
    const header = await page.locator('.newtab__header').boundingBox();
    await page.screenshot({
      path: join(SHOTS, 'readme-newtab-offline.png'),
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(header!.y + header!.height + 260) },
    });
  });

  it('groups the identical failures into one message in options, with no stale "next check"', async () => {
    const page = await session.openPage('options.html');
    await expect.poll(() => failedFeeds(page), { timeout: 30_000 }).toBe(FEEDS);
    await expect
      .poll(() => page.locator('.failure-group').first().textContent())
      .toContain(`${FEEDS} feeds could not be reached.`);
    expect(await page.locator('.failure-group').count()).toBe(1);
    expect(await page.getByText(/^Could not reach /).count()).toBe(0);
    expect(await page.getByText(/Next check \d+ \w+ ago/).count()).toBe(0);
  });

  it('ends the popup’s refresh with a result: offline, nothing changed', async () => {
    const popup = await session.openPage('popup.html');
    await popup.locator('#root article').first().waitFor();
    await popup.getByRole('button', { name: 'Refresh now' }).click();
    await expect
      .poll(() => popup.locator('.popup__result').textContent(), { timeout: 30_000 })
      .toMatch(/^Offline, nothing changed/);
  });
});

describe('a feed failing for days, while the others work', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  let extra = 0;
  const broken = DEFAULT_FEED_SOURCES[0]!;

  beforeAll(async () => {
    sites = await startSourceSites(DEFAULT_FEED_SOURCES.map((source) => new URL(source.feed).host));
    for (const source of DEFAULT_FEED_SOURCES.slice(1)) {
      const url = new URL(source.feed);
      const serve = serveFeed(
        () => rss({ title: source.name, link: source.home, items: relevantItems(source.id, 1 + extra) }),
        { etag: () => `"${source.id}-${extra}"` },
      );
      sites.routes.set(`${url.host}${url.pathname}${url.search}`, serve);
    }
    session = await launchExtension({ args: sites.chromiumArgs });
  });
  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  const feeds = (page: Page) => readStore<Feed>(page, 'feeds');

  it('ends the popup’s refresh with the number of new articles', async () => {
    const popup = await session.openPage('popup.html');
    await expect
      .poll(async () => (await feeds(popup)).filter((feed) => feed.kind === 'feed' && feed.lastAttemptAt).length, {
        timeout: 30_000,
      })
      .toBe(FEEDS);
    await popup.locator('#root article').first().waitFor();
    extra = 1;
    await popup.getByRole('button', { name: 'Refresh now' }).click();
    await expect
      .poll(() => popup.locator('.popup__result').textContent(), { timeout: 30_000 })
      .toBe(`${FEEDS - 1} new articles; 1 of ${FEEDS} feeds could not be refreshed (see Options).`);
  });

  it('shows one notice, dismissible for this failure, and again for a later one', async () => {
    const page = await session.openPage('newtab.html');
    await page.locator('#root article').first().waitFor();
    expect(await page.locator('.banner').count()).toBe(0);
    const failing = (await feeds(page)).find((feed) => feed.url === broken.feed)!;
    expect(failing.errorCount).toBeGreaterThan(0);
    // Written with the raw API, which the page's live queries do not hear: reload to see it.
    await putRows(page, 'feeds', [{ ...failing, addedAt: Date.now() - 9 * DAY, lastSuccessAt: Date.now() - 5 * DAY }]);
    await page.reload();
    const notice = page.getByRole('note');
    await expect.poll(() => notice.textContent()).toContain(`“${failing.title}” has not refreshed for 5 days.`);
    expect(await page.locator('.status-line').count()).toBe(0);
    await notice.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.reload();
    await page.locator('#root article').first().waitFor();
    expect(await page.getByRole('note').count()).toBe(0);

    // It worked for a while, then failed again for days: a new incident, a new notice.
    await putRows(page, 'feeds', [{ ...failing, addedAt: Date.now() - 9 * DAY, lastSuccessAt: Date.now() - 4 * DAY }]);
    await page.reload();
    await expect.poll(() => page.getByRole('note').textContent()).toContain('has not refreshed for 4 days.');
  });
});
