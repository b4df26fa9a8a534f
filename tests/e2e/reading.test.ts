import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadingState } from '../../utils/schemas/reading';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';

describe('reading on the new tab', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function newtab(hash = ''): Promise<Page> {
    const page = await session.openPage(`newtab.html${hash}`);
    await page.locator('#root article').first().waitFor();
    return page;
  }
  const cards = (page: Page) => page.locator('#root article');
  const marks = (page: Page) => readStore<ReadingState>(page, 'reading');

  it('saves a pick and lists it under Saved; unsaving removes it', async () => {
    const page = await newtab();
    const card = cards(page).nth(2);
    const url = await card.locator('h2 a').getAttribute('href');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Unsave' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Saved' }).click();
    expect(page.url()).toContain('#view=saved');
    await expect
      .poll(() =>
        cards(page)
          .locator('h2 a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      )
      .toEqual([url]);
    await cards(page).first().getByRole('button', { name: 'Unsave' }).click();
    await expect.poll(() => page.getByText('Nothing saved yet').count()).toBe(1);
  });

  it('dismisses a pick with an undo, and the undo brings it back', async () => {
    const page = await newtab();
    const url = await cards(page).first().locator('h2 a').getAttribute('href');
    await cards(page).first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.locator(`#root article h2 a[href="${url}"]`).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Dismissed' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator(`#root article h2 a[href="${url}"]`).count()).toBe(1);
    expect((await marks(page)).find((mark) => mark.url === url)?.dismissedAt).toBeNull();
  });

  it('keeps the reader’s place: focus stays with the article through dismiss, undo and marking read', async () => {
    const page = await newtab();
    // What has focus (a button by its name), and the article it belongs to.
    const focus = () =>
      page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const what = focused?.tagName === 'BUTTON' ? focused.textContent : focused?.tagName;
        return `${what} ${focused?.closest<HTMLElement>('[data-url]')?.dataset.url ?? 'none'}`;
      });
    const [first, second] = await cards(page).evaluateAll((all) => all.map((card) => card.dataset.url));

    // Dismissed by its button, the card folds into a line: focus goes to that line's Restore.
    await cards(page).first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(focus).toBe(`Restore ${first}`);
    // The toast's Undo closes the toast: focus goes back to the card.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(focus).toBe(`ARTICLE ${first}`);

    // The same by keyboard, from the card focus came back to.
    await page.keyboard.press('x');
    await expect.poll(focus).toBe(`Restore ${first}`);
    await page.keyboard.press('u');
    await expect.poll(focus).toBe(`ARTICLE ${first}`);
    await page.keyboard.press('j');
    await expect.poll(focus).toBe(`ARTICLE ${second}`);

    // Marked read and back: the card stays where it was, and so does focus.
    await page.keyboard.press('k');
    await expect.poll(focus).toBe(`ARTICLE ${first}`);
    await page.keyboard.press('m');
    await expect.poll(async () => (await marks(page)).find((mark) => mark.url === first)?.readAt).toBeTypeOf('number');
    expect(await focus()).toBe(`ARTICLE ${first}`);
    await page.keyboard.press('u');
    await expect.poll(async () => (await marks(page)).find((mark) => mark.url === first)?.readAt).toBeNull();
    expect(await focus()).toBe(`ARTICLE ${first}`);
  });

  it('filters by topic chip, keeps the filter in the hash across a reload, and clears it', async () => {
    const page = await newtab();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const chip = page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: /^Consensus/ });
    await expect.poll(() => chip.textContent()).toMatch(/^Consensus\d+$/);
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('#topic=consensus');
    await expect
      .poll(async () =>
        (await cards(page).locator('.topics').allTextContents()).every((text) => text.includes('Consensus')),
      )
      .toBe(true);
    const count = Number((await chip.textContent())!.replace('Consensus', ''));
    expect(await cards(page).count()).toBe(Math.min(count, 30));

    await page.reload();
    await cards(page).first().waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const reloaded = page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: /^Consensus/ });
    expect(await reloaded.getAttribute('aria-pressed')).toBe('true');
    await reloaded.click();
    expect(page.url()).not.toContain('topic=');
    await expect.poll(() => cards(page).count()).toBe(30);
  });

  it('searches as you type, with typos forgiven, and / focuses the search box', async () => {
    const page = await newtab();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quorum-search');
    await page.keyboard.type('paxos');
    await expect
      .poll(() => cards(page).locator('h2 a').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/Paxos/)]));
    await page.fill('#quorum-search', 'linearizabilty');
    await expect.poll(() => cards(page).locator('h2 a').first().textContent()).toMatch(/Linearizability/);
    await page.fill('#quorum-search', 'zzzzqqq');
    await expect.poll(() => page.getByText('No articles match “zzzzqqq”.').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cards(page).count()).toBe(30);
  });

  it('works by keyboard alone: j/k move, m marks read, s saves, x dismisses, ? lists the shortcuts (w among them)', async () => {
    const page = await newtab();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const active = page.locator('#root article.pick--active');
    expect(await active.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
    const url = await active.locator('h2 a').getAttribute('href');
    expect(url).toBe(await cards(page).first().locator('h2 a').getAttribute('href'));

    await page.keyboard.press('m');
    await expect.poll(() => active.getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);
    await page.keyboard.press('s');
    await expect.poll(async () => (await marks(page)).find((mark) => mark.url === url)?.savedAt).toBeTypeOf('number');
    await page.keyboard.press('x');
    await expect.poll(() => page.locator(`#root article h2 a[href="${url}"]`).count()).toBe(0);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('kbd').allTextContents()).toEqual([
      'j',
      'k',
      'o',
      'Enter',
      'm',
      's',
      'x',
      'w',
      'u',
      '/',
      '?',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('marks an article read when it is opened from Quorum (o opens the active card)', async () => {
    const page = await newtab();
    await page.keyboard.press('j');
    const url = await page.locator('#root article.pick--active h2 a').getAttribute('href');
    const navigation = page.waitForRequest((request) => request.url() === url && request.isNavigationRequest());
    await page.keyboard.press('o');
    // Offline, the article's site cannot load; what matters is that the tab went to it.
    await navigation;
    const check = await session.openPage('newtab.html');
    await expect.poll(async () => (await marks(check)).find((mark) => mark.url === url)?.readAt).toBeTypeOf('number');
  });

  it('lists what was read under History, newest first, with reading stats drawn as SVG', async () => {
    const page = await newtab();
    const first = await cards(page).nth(0).locator('h2 a').getAttribute('href');
    const second = await cards(page).nth(1).locator('h2 a').getAttribute('href');
    await cards(page).nth(0).getByRole('button', { name: 'Mark as read' }).click();
    await cards(page).nth(1).getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    await expect
      .poll(async () =>
        (
          await cards(page)
            .locator('h3 a')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
        ).slice(0, 2),
      )
      .toEqual([second, first]);
    await page.getByText('Reading charts').click();
    const weekly = page.getByRole('img', { name: /Articles read per week/ });
    await expect.poll(() => weekly.count(), { timeout: 10_000 }).toBe(1);
    expect(await weekly.getAttribute('aria-labelledby')).toBe('reads-title');
    expect(await page.locator('#reads-title').textContent()).toMatch(/, \d+ \(oldest first\)$/);
    expect(await page.getByRole('img', { name: /Share of each topic's articles you have read/ }).count()).toBe(1);
  });

  it('says calmly, in one line, that it is offline and showing the library', async () => {
    const page = await newtab();
    const line = page.locator('.status-line');
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toMatch(/^Offline — showing your library/);
    expect(await page.getByRole('note').count()).toBe(0);
  });
});
