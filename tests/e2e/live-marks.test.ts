import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../utils/url';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';

const pack = readStarterPack();
const firstUrl = canonicalUrl(pack.items[0]!.url)!;
const READ_TOGGLE = { name: /^Mark as (read|unread)$/ };

describe('marks made in one page reach the others at once', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('mark read in the popup updates an open new tab, and mark unread there updates the popup', async () => {
    const newtab = await session.openPage('newtab.html');
    const popup = await session.openPage('popup.html');

    const popupCards = popup.locator('#root article');
    await expect.poll(() => popupCards.count(), { timeout: 15_000 }).toBe(5);
    expect(await popup.locator('#root article h2 a').first().getAttribute('href')).toBe(firstUrl);

    const tabCard = newtab.locator('article').filter({ has: newtab.locator(`h2 a[href="${firstUrl}"]`) });
    await expect
      .poll(() => tabCard.getByRole('button', READ_TOGGLE).textContent(), { timeout: 15_000 })
      .toBe('Mark as read');

    await popupCards.first().getByRole('button', { name: 'Mark as read' }).click();

    // The new tab was not touched: only the live query can have changed it.
    await expect.poll(() => tabCard.getByRole('button', READ_TOGGLE).textContent()).toBe('Mark as unread');
    expect(await tabCard.getAttribute('class')).toContain('pick--read');
    await expect
      .poll(() => newtab.locator('.newtab__count').textContent())
      .toBe(`${pack.items.length - 1} unread picks`);
    // The popup keeps the card in place, now offering the undo.
    await expect.poll(() => popupCards.first().getByRole('button', READ_TOGGLE).textContent()).toBe('Mark as unread');

    await tabCard.getByRole('button', { name: 'Mark as unread' }).click();
    await expect.poll(() => popupCards.first().getByRole('button', READ_TOGGLE).textContent()).toBe('Mark as read');
    await expect.poll(() => popup.locator('.popup__count').textContent()).toBe(`${pack.items.length} unread picks`);
  });

  it('a read mark survives closing every page and opening a new one', async () => {
    const popup = await session.openPage('popup.html');
    const first = popup.locator('#root article').first();
    await expect.poll(() => first.locator('h2 a').getAttribute('href'), { timeout: 15_000 }).toBe(firstUrl);
    await first.getByRole('button', { name: 'Mark as read' }).click();
    await popup.close();

    // The reopened popup first paints its snapshot of the last screen (the card read, in place),
    // then its live picks, which no longer hold the read article.
    const reopened = await session.openPage('popup.html');
    const hrefs = () =>
      reopened.locator('#root article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect.poll(async () => (await hrefs())[0], { timeout: 15_000 }).toBe(canonicalUrl(pack.items[1]!.url));
    const live = await hrefs();
    expect(live).toHaveLength(5);
    expect(live).not.toContain(firstUrl);
  });
});
