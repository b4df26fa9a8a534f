import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadingState } from '../../utils/schemas/reading';
import { readStarterPack } from '../support/starter-pack';
import { canonicalUrl } from '../../utils/url';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';
import { putRows } from './support/seed';

const pack = readStarterPack();
const paxos = pack.items.find((item) => item.title === 'Paxos Made Simple')!;

describe('undo and review: dismissed list, u, history by day, search that helps', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function newtab(hash = ''): Promise<Page> {
    const page = await session.openPage(`newtab.html${hash}`);
    await page.locator('#root article').first().waitFor({ timeout: 15_000 });
    return page;
  }
  const cards = (page: Page) => page.locator('#root article');
  const hrefs = (page: Page) =>
    cards(page)
      .locator('h2 a')
      .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  const mark = async (page: Page, url: string) =>
    (await readStore<ReadingState>(page, 'reading')).find((entry) => entry.url === url);

  it('folds a dismissed pick in place, u brings it back, and nothing else moves', async () => {
    const page = await newtab();
    const before = await hrefs(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect
      .poll(() =>
        page
          .getByText(/^Dismissed “/)
          .first()
          .count(),
      )
      .toBe(1);
    // The other cards keep their order and their places (a next pick joins at the end).
    await expect.poll(async () => (await hrefs(page)).slice(0, 29)).toEqual(before.filter((url) => url !== before[1]));
    await page.keyboard.press('u');
    await expect.poll(async () => (await hrefs(page)).slice(0, 30)).toEqual(before);
    expect((await mark(page, before[1]!))?.dismissedAt).toBeNull();
  });

  it('undoes an unsave and a mark as read with u', async () => {
    const page = await newtab();
    const card = cards(page).nth(3);
    const url = (await card.locator('h2 a').getAttribute('href'))!;
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('button', { name: 'Unsave' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Unsaved' }).count()).toBe(1);
    await page.keyboard.press('u');
    await expect.poll(async () => (await mark(page, url))?.savedAt).toBeTypeOf('number');
    await card.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(async () => (await mark(page, url))?.readAt).toBeTypeOf('number');
    await page.keyboard.press('u');
    await expect.poll(async () => (await mark(page, url))?.readAt).toBeNull();
  });

  it('lists dismissed articles to restore one or all, and search says when one matches', async () => {
    const page = await newtab();
    const urls = (await hrefs(page)).slice(4, 6) as string[];
    for (const url of urls) {
      await page.locator(`#root article:has(h2 a[href="${url}"])`).getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(async () => (await mark(page, url))?.dismissedAt).toBeTypeOf('number');
    }
    const dismissedPaxos = canonicalUrl(paxos.url);
    await page.fill('#quorum-search', 'paxos made simple');
    await expect
      .poll(async () => (await hrefs(page)).concat(await page.locator('#root').innerText()), { timeout: 10_000 })
      .toContain(dismissedPaxos);
    await page
      .locator(`#root article:has(h2 a[href="${dismissedPaxos}"])`)
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await expect.poll(() => page.getByText('1 dismissed article matches').count()).toBe(1);
    expect(await hrefs(page)).not.toContain(dismissedPaxos);
    await page.getByRole('button', { name: 'show', exact: true }).click();
    await expect.poll(() => hrefs(page)).toContain(dismissedPaxos);
    await page.fill('#quorum-search', '');

    await page.getByRole('button', { name: 'Dismissed' }).click();
    expect(page.url()).toContain('#view=dismissed');
    const listed = () => page.locator('.row h3 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    await expect.poll(async () => (await listed()).sort()).toEqual([...urls, dismissedPaxos].sort());
    await page.locator(`.row:has(a[href="${urls[0]}"])`).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(async () => (await listed()).sort()).toEqual([urls[1], dismissedPaxos].sort());
    await page.getByRole('button', { name: 'Restore all' }).click();
    await expect.poll(() => page.getByText(/^Nothing dismissed/).count()).toBe(1);
    // Focus stays on the section's tab, and the toast can take it all back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dismissed');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Restored 2 dismissed articles.' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await listed()).sort()).toEqual([urls[1], dismissedPaxos].sort());
  });

  it('lists History as compact rows grouped by day, with the time read, under a stats summary', async () => {
    const page = await newtab();
    const urls = (await hrefs(page)).slice(0, 3) as string[];
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    yesterday.setHours(9, 5, 0, 0);
    const today = new Date();
    today.setHours(0, 1, 0, 0);
    await putRows(page, 'reading', [
      { url: urls[0], readAt: yesterday.getTime(), savedAt: null, dismissedAt: null, updatedAt: yesterday.getTime() },
      { url: urls[1], readAt: today.getTime(), savedAt: null, dismissedAt: null, updatedAt: today.getTime() },
      { url: urls[2], readAt: today.getTime() + 60_000, savedAt: null, dismissedAt: null, updatedAt: today.getTime() },
    ]);
    const history = await session.openPage('newtab.html#view=history');
    await history.locator('.row').first().waitFor({ timeout: 15_000 });
    expect(await history.locator('.day__heading').allTextContents()).toEqual(['Today', 'Yesterday']);
    const time = (d: Date) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(d);
    expect(await history.locator('.row__time').allTextContents()).toEqual([
      time(new Date(today.getTime() + 60_000)),
      time(today),
      time(yesterday),
    ]);
    for (const box of await history
      .locator('.row')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height)))
      expect(box).toBeLessThan(60);
    // The summary sits above the list; the charts open on demand, with their scales named.
    const summary = await history.locator('.stats__summary').boundingBox();
    const firstRow = await history.locator('.row').first().boundingBox();
    expect(summary!.y).toBeLessThan(firstRow!.y);
    expect(await history.locator('.stats__summary').textContent()).toMatch(
      /^3 read this week · 3 in 12 weeks · 3 in all/,
    );
    // Closed, the charts take no room: not one of them (paths' progress included) shows.
    expect(await history.locator('.chart:visible').count()).toBe(0);
    await history.getByText('Reading charts').click();
    await expect.poll(() => history.getByRole('img', { name: /Articles read per week/ }).count()).toBe(1);
    await expect.poll(() => history.locator('.guide-stats__path:visible').count()).toBeGreaterThan(0);
    expect(await history.locator('.chart figcaption').allTextContents()).toContainEqual(
      expect.stringMatching(/^Minutes read per week \(scale 0 to \d+\): [\d,]+ minutes? in 8 weeks$/),
    );
    expect(await history.locator('.chart figcaption').first().textContent()).toMatch(/scale 0 to \d+/);
  });

  it('suggests the nearest word for a typo, and knows the field’s abbreviations', async () => {
    const page = await newtab();
    await page.fill('#quorum-search', 'paxso');
    await expect.poll(() => page.getByText('No articles match “paxso”.').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'paxos' }).click();
    expect(await page.inputValue('#quorum-search')).toBe('paxos');
    await expect
      .poll(() => cards(page).locator('h2 a').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/Paxos/)]));

    await page.fill('#quorum-search', '2pc');
    await expect
      .poll(() => cards(page).locator('h2 a').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Spanner/), expect.stringMatching(/^Calvin/)]));
    await page.fill('#quorum-search', 'crdt');
    await expect
      .poll(() => cards(page).locator('h2 a').allTextContents())
      .toEqual(expect.arrayContaining(['Conflict-free Replicated Data Types']));
    await page.fill('#quorum-search', 'hlc');
    await expect
      .poll(() => cards(page).locator('h2 a').allTextContents())
      .toEqual(expect.arrayContaining(['Logical Physical Clocks']));
  });
});
