import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';
import { leveledArticles, putRows, SEED_SOURCES, waitForLibrary } from './support/seed';

const STARTER = readStarterPack().items.length;
const SEEDED = leveledArticles(30);
const LOW = SEEDED.filter((article) => article.relevance < 0.35).length;

describe('new tab filters: every filter with every other, honest counts', () => {
  let session: ExtensionSession;
  let library: Article[];

  beforeAll(async () => {
    session = await launchExtension();
    const page = await session.openPage('newtab.html');
    await waitForLibrary(page, STARTER);
    await putRows(page, 'articles', SEEDED);
    library = await readStore<Article>(page, 'articles');
    await page.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function newtab(hash = '', ready = '#root article'): Promise<Page> {
    const page = await session.openPage(`newtab.html${hash}`);
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
    return page;
  }
  const cards = (page: Page) => page.locator('#root article');
  const cardSources = (page: Page) => cards(page).locator('.pick__source').allTextContents();
  const cardUrls = (page: Page) =>
    cards(page)
      .locator('h2 a')
      .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  /** Every card the list offers, "Show more" pressed until it ends. */
  const allCardUrls = async (page: Page) => {
    const more = page.getByRole('button', { name: 'Show more' });
    while ((await more.count()) > 0) {
      const before = await cards(page).count();
      await more.click();
      await expect.poll(() => cards(page).count()).toBeGreaterThan(before);
    }
    return (await cardUrls(page)).sort();
  };
  const openFilters = async (page: Page) => {
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Topics' }).waitFor();
  };
  const chip = (page: Page, group: string, name: string) =>
    page.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^${name}\\d+$`) });
  const chipCount = async (page: Page, group: string, name: string) => {
    const counted = chip(page, group, name);
    await expect.poll(() => counted.textContent()).toMatch(/\d+$/);
    return Number((await counted.textContent())!.replace(name, ''));
  };
  const relevant = (article: Article) => article.curated || article.relevance >= 0.35;

  it('shows only the chosen source after a topic was chosen, and the counts follow both', async () => {
    const page = await newtab();
    await openFilters(page);
    await chip(page, 'Topics', 'Replication').click();
    await expect.poll(() => page.url()).toContain('topic=replication');
    const source = SEED_SOURCES[1]!;
    const sources = page.getByRole('group', { name: 'Source' });
    await sources.getByRole('searchbox', { name: 'Source' }).fill('beta');
    await sources.getByRole('button', { name: new RegExp(`^${source}`) }).click();
    await expect.poll(() => page.url()).toContain(`source=${encodeURIComponent(source).replace(/%20/g, '+')}`);

    const expected = library.filter(
      (article) => article.topics.includes('replication') && article.source === source && relevant(article),
    );
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => cardSources(page)).toEqual(expected.map(() => source));
    // Every count on screen agrees with the list under the same filters.
    // Counts follow the list a moment later (one pass over the library): wait for them to settle.
    await expect.poll(() => chipCount(page, 'Topics', 'Replication')).toBe(expected.length);
    await expect.poll(() => page.locator('.newtab__count').textContent()).toBe(`${expected.length} unread picks match`);
  });

  it('gives each topic chip under a source the number of cards its click shows', async () => {
    const source = SEED_SOURCES[0]!;
    const page = await newtab(`#source=${encodeURIComponent(source)}`);
    await openFilters(page);
    for (const [topic, label] of [
      ['consensus', 'Consensus'],
      ['replication', 'Replication'],
    ] as const) {
      const promised = await chipCount(page, 'Topics', label);
      const expected = library.filter(
        (article) => article.source === source && article.topics.includes(topic) && relevant(article),
      ).length;
      expect(promised).toBe(expected);
      await chip(page, 'Topics', label).click();
      await expect.poll(() => cards(page).count()).toBe(Math.min(promised, 30));
      await chip(page, 'Topics', label).click();
    }
    // A topic with no article from this source cannot be chosen into an empty list.
    await expect.poll(() => chipCount(page, 'Topics', 'Security')).toBe(0);
    expect(await chip(page, 'Topics', 'Security').isDisabled()).toBe(true);
  });

  it('keeps the level filter in the hash across a reload, combined with the others', async () => {
    const page = await newtab();
    await openFilters(page);
    await chip(page, 'Levels', 'Advanced').click();
    await expect.poll(() => page.url()).toContain('level=advanced');
    const advanced = library.filter((article) => article.level === 'advanced' && relevant(article));
    await expect.poll(() => allCardUrls(page)).toEqual(advanced.map((a) => a.url).sort());

    await page.reload();
    await cards(page).first().waitFor();
    await expect.poll(() => allCardUrls(page)).toEqual(advanced.map((a) => a.url).sort());
    await openFilters(page);
    expect(await chip(page, 'Levels', 'Advanced').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('checkbox', { name: /Show low-relevance/ }).check();
    const withLow = library.filter((article) => article.level === 'advanced');
    await expect.poll(async () => (await allCardUrls(page)).length).toBe(withLow.length);
  });

  it('says how many low-relevance articles the switch would add', async () => {
    const page = await newtab();
    await openFilters(page);
    await expect.poll(() => page.getByText(`(${LOW} hidden)`).count()).toBe(1);
  });

  it('clears every filter from the empty state, topic and source included', async () => {
    // Consensus from a seeded venue, advanced, read shown: then a topic nothing matches.
    const page = await newtab(
      `#topic=security&source=${encodeURIComponent(SEED_SOURCES[2]!)}&level=intro&read=1&low=1`,
      'text=No pick matches these filters.',
    );
    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards(page).count()).toBe(30);
    expect(new URL(page.url()).hash).toBe('');
    await openFilters(page);
    expect(await page.locator('[aria-pressed="true"].chip').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Show read' }).isChecked()).toBe(false);
  });

  it('says "Showing 30 of N", shows more on request, and says where the list ends', async () => {
    const page = await newtab();
    const unread = library.filter(relevant).length;
    await expect.poll(() => page.locator('.list-end').textContent()).toBe(`Showing 30 of ${unread} · Show more`);
    for (let shown = 30; shown < unread; shown += 30) {
      await page.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => cards(page).count()).toBe(Math.min(shown + 30, unread));
    }
    expect(await page.locator('.list-end').textContent()).toBe('That’s every unread pick.');
  });

  it('counts a card marked read here as shown no more: Show more stays while unread picks are left', async () => {
    const page = await newtab();
    const unread = library.filter(relevant).length;
    await expect.poll(() => page.locator('.list-end').textContent()).toBe(`Showing 30 of ${unread} · Show more`);
    // One card after another, as a reader does: each mark is stored before the next click.
    for (const index of [0, 1, 2]) {
      await cards(page).nth(index).getByRole('button', { name: 'Mark as read' }).click();
      await expect.poll(() => cards(page).nth(index).getAttribute('class')).toContain('pick--read');
    }
    // The three read cards stay where they were, and the page fills up with unread picks to 30.
    await expect.poll(() => cards(page).count()).toBe(33);
    await expect.poll(() => page.locator('.list-end').textContent()).toBe(`Showing 30 of ${unread - 3} · Show more`);
  });
});
