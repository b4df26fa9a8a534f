import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FEED_SOURCES } from '../../utils/sources';
import { canonicalUrl } from '../../utils/url';
import { serveFeed } from '../support/feed-server';
import { relevantItems, rss } from '../support/rss';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { openRealPopup } from './support/popup-target';
import { setSettings } from './support/settings';
import { startSourceSites, type SourceSites } from './support/source-sites';

const pack = readStarterPack();
const article = pack.items.find((item) => item.url.startsWith('https://blog.bytebytego.com/'))!;

describe('the toolbar popup', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  let delayMs = 0;

  beforeAll(async () => {
    const feedHosts = DEFAULT_FEED_SOURCES.map((source) => new URL(source.feed).host);
    sites = await startSourceSites([...feedHosts, new URL(article.url).host]);
    for (const source of DEFAULT_FEED_SOURCES) {
      const url = new URL(source.feed);
      const serve = serveFeed(() => rss({ title: source.name, link: source.home, items: relevantItems(source.id, 1) }));
      sites.routes.set(`${url.host}${url.pathname}${url.search}`, async (request, response) => {
        if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
        await serve(request, response);
      });
    }
    const articleUrl = new URL(article.url);
    sites.routes.set(`${articleUrl.host}${articleUrl.pathname}`, (_, response) => {
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(`<!doctype html><title>${article.title}</title><h1>${article.title}</h1>`);
    });
    session = await launchExtension({ args: sites.chromiumArgs });
  });
  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  const badge = () =>
    session.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );

  it('shows the unread count on the toolbar icon, and hides it when turned off', async () => {
    const page = await session.openPage('newtab.html');
    // The starter pack plus one article from each default feed, once the first sync is done.
    const count = pack.items.length + DEFAULT_FEED_SOURCES.length;
    await expect.poll(badge, { timeout: 20_000 }).toBe(String(count));
    await expect.poll(() => page.locator('.newtab__count').textContent()).toBe(`${count} unread picks`);
    await page.locator('#root article').first().getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(badge).toBe(String(count - 1));
    await setSettings(page, { toolbarBadge: false });
    await expect.poll(badge).toBe('');
    await setSettings(page, { toolbarBadge: true });
    await expect.poll(badge).toBe(String(count - 1));
  });

  it('puts the article on the current tab first, with its actions', async () => {
    const tab = await session.context.newPage();
    await tab.goto(article.url);
    await tab.bringToFront();
    const popup = await openRealPopup(session, await session.context.newCDPSession(tab));
    const waitFor = (condition: string) =>
      popup.evaluate<boolean>(
        `(async () => { for (let i = 0; i < 100; i++) { if (${condition}) return true; await new Promise((r) => setTimeout(r, 50)); } return false; })()`,
      );
    const current = 'document.querySelector(\'[aria-label="This page"]\')';
    expect(await waitFor(`${current}?.querySelector('h2 a')`)).toBe(true);
    expect(await popup.evaluate(`${current}.querySelector('h2 a').getAttribute('href')`)).toBe(
      canonicalUrl(article.url),
    );
    await popup.evaluate(`[...${current}.querySelectorAll('button')].find((b) => b.textContent === 'Save').click()`);
    expect(await waitFor(`[...${current}.querySelectorAll('button')].some((b) => b.textContent === 'Unsave')`)).toBe(
      true,
    );
    // The rest of the list does not repeat it.
    expect(
      await popup.evaluate(
        `document.querySelectorAll('[aria-label="Top unread picks"] a[href="${canonicalUrl(article.url)}"]').length`,
      ),
    ).toBe(0);
  });

  it('refreshes on demand and shows progress while it runs', async () => {
    delayMs = 400;
    const popup = await session.openPage('popup.html');
    await popup.locator('#root article').first().waitFor();
    await popup.getByRole('button', { name: 'Refresh now' }).click();
    await expect
      .poll(() => popup.getByRole('progressbar').getAttribute('aria-label'))
      .toMatch(new RegExp(`^Refreshing \\d+/${DEFAULT_FEED_SOURCES.length} feeds$`));
    expect(await popup.getByRole('button', { name: 'Refreshing…' }).isDisabled()).toBe(true);
    await expect.poll(() => popup.getByRole('button', { name: 'Refresh now' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.getByRole('progressbar').count()).toBe(0);
    delayMs = 0;
  });

  it('keeps two new tabs and the popup in step', async () => {
    const [tabA, tabB] = [await session.openPage('newtab.html'), await session.openPage('newtab.html')];
    const popup = await session.openPage('popup.html');
    await popup.locator('#root article').first().waitFor();
    const url = await popup.locator('#root article h2 a').first().getAttribute('href');
    const cardIn = (page: Page) => page.locator('#root article').filter({ has: page.locator(`h2 a[href="${url}"]`) });
    await cardIn(tabA).waitFor();
    await cardIn(tabB).waitFor();
    await cardIn(tabA).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cardIn(tabB).getByRole('button', { name: 'Unsave' }).count()).toBe(1);
    await expect
      .poll(() => popup.locator('#root article').first().getByRole('button', { name: 'Unsave' }).count())
      .toBe(1);
    await popup.locator('#root article').first().getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => cardIn(tabA).getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);
    await expect.poll(() => cardIn(tabB).getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);
  });
});
