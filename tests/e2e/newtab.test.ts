import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diversifyBySource } from '../../utils/curation/diversify';
import { canonicalUrl } from '../../utils/url';
import { TEST_OUTPUT } from '../support/paths';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';

const pack = readStarterPack();
// Picks keep the pack's order, except that no source runs more than twice in a row.
const expectedOrder = diversifyBySource(pack.items, (item) => item.source).map((item) => canonicalUrl(item.url));

describe('new tab, first run, offline', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the starter picks in pack order (diversified by source), each with its title link, summary, topics and action', async () => {
    const page = await session.openPage('newtab.html');
    const cards = page.locator('article');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(30);

    const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expectedOrder.slice(0, 30));
    expect(new Set(hrefs).size).toBe(30);

    const first = cards.first();
    const firstItem = pack.items.find((item) => canonicalUrl(item.url) === expectedOrder[0])!;
    await expect.poll(() => first.locator('h2 a').textContent()).toBe(firstItem.title);
    expect(await first.locator('.pick__summary').textContent()).toBe(firstItem.summary);
    expect(await first.locator('.pick__source').textContent()).toBe(firstItem.source);
    expect(await first.getByRole('list', { name: 'Topics' }).locator('li').count()).toBe(firstItem.topics.length);
    expect(await first.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
    await expect.poll(() => page.locator('.newtab__count').textContent()).toBe(`${pack.items.length} unread picks`);

    await mkdir(join(TEST_OUTPUT, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, 'screenshots', 'newtab.png'), fullPage: false });
  });

  it('is what chrome://newtab opens', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://newtab/');
    await expect
      .poll(() => page.locator('article h2 a').first().getAttribute('href'), { timeout: 15_000 })
      .toBe(expectedOrder[0]);
    expect(await page.title()).toBe('New Tab');
  });

  it('renders a full date for a dated post, the month or the year alone for an older one', async () => {
    const page = await session.openPage('newtab.html');
    const card = (url: string) =>
      page.locator('#root article').filter({ has: page.locator(`h2 a[href="${canonicalUrl(url)}"]`) });
    const dated = pack.items.find(
      (item) =>
        expectedOrder.slice(0, 30).includes(canonicalUrl(item.url)) && /^\d{4}-\d{2}-\d{2}/.test(item.published ?? ''),
    )!;
    await expect
      .poll(() => card(dated.url).locator('time').getAttribute('datetime'), { timeout: 15_000 })
      .toBe(dated.published!.slice(0, 10));

    // A classic paper may sit below the first screen: filter by its source (through the hash).
    const classic = pack.items.find((item) => /^\d{4}$/.test(item.published ?? ''))!;
    await page.goto(
      `chrome-extension://${session.extensionId}/newtab.html#source=${encodeURIComponent(classic.source)}`,
    );
    await expect
      .poll(() => card(classic.url).locator('time').textContent(), { timeout: 15_000 })
      .toBe(classic.published);
    expect(await card(classic.url).locator('time').getAttribute('datetime')).toBe(classic.published);

    // Dated by its month alone: January is a month, not a sign that only the year is known.
    const fromSource = (source: string) => pack.items.filter((item) => item.source === source).length;
    const january = pack.items
      .filter((item) => /^\d{4}-01$/.test(item.published ?? ''))
      .sort((a, b) => fromSource(a.source) - fromSource(b.source))[0]!;
    await page.goto(
      `chrome-extension://${session.extensionId}/newtab.html#source=${encodeURIComponent(january.source)}`,
    );
    await expect
      .poll(() => card(january.url).locator('time').textContent(), { timeout: 15_000 })
      .toMatch(new RegExp(`^Jan\\w* ${january.published!.slice(0, 4)}$`));
    expect(await card(january.url).locator('time').getAttribute('datetime')).toBe(january.published);
  });
});
