import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/paths';
import { readStarterPack } from '../support/starter-pack';
import { seriousViolations } from './support/axe';
import { launchExtension, type ExtensionSession } from './support/extension';
import { leveledArticles, putRows } from './support/seed';

const SHOTS = join(TEST_OUTPUT, 'screenshots');
const pack = readStarterPack();
const consensus = pack.paths!.find((path) => path.id === 'consensus')!;
const titleOf = (url: string) => pack.items.find((item) => item.url === url)!.title;
const DAY = 24 * 60 * 60 * 1000;

describe('learning paths on the new tab and in the popup', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function livePage(path: string) {
    const page = await session.openPage(path);
    await page.locator('#root article').first().waitFor({ timeout: 20_000 });
    return page;
  }
  const nextUp = (page: Page) => page.locator('#root .next-up');

  it('choose a path, read its first step, and every open page moves on to the second', async () => {
    const tab = await livePage('newtab.html');
    const otherTab = await livePage('newtab.html');
    const popup = await livePage('popup.html');
    expect(await nextUp(tab).count()).toBe(0);

    await tab.getByRole('toolbar', { name: 'Sections' }).getByRole('button', { name: 'Paths' }).click();
    await tab.getByRole('radio', { name: /^Consensus/ }).click();
    // Choosing a path goes back to Picks, where it starts.
    await expect.poll(() => tab.evaluate(() => location.hash)).toBe('');

    const [first, second] = consensus.steps;
    const total = consensus.steps.length;
    await expect
      .poll(() => nextUp(tab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 1 of ${total}`);
    expect(await nextUp(tab).locator('.next-up__title a').getAttribute('href')).toBe(first);
    expect(await nextUp(tab).locator('.next-up__title').textContent()).toBe(titleOf(first!));
    expect(await nextUp(tab).locator('.next-up__meta').textContent()).toMatch(/^(Intro|Intermediate|Advanced) · \d+/);
    expect(await nextUp(tab).locator('.next-up__why').textContent()).toBe('It is where “Consensus” begins.');
    // The other tab and the popup were not touched: storage and live queries moved them.
    await expect.poll(() => nextUp(otherTab).locator('.next-up__title a').getAttribute('href')).toBe(first);
    await expect.poll(() => nextUp(popup).locator('.next-up__title a').getAttribute('href')).toBe(first);

    await nextUp(tab).getByRole('button', { name: 'Mark read and continue' }).click();
    await expect
      .poll(() => nextUp(tab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 2 of ${total}`);
    expect(await nextUp(tab).locator('.next-up__title a').getAttribute('href')).toBe(second);
    expect(
      await nextUp(tab)
        .locator('.next-up__bar')
        .evaluate((bar) => (bar as HTMLProgressElement).value),
    ).toBe(1);
    await expect
      .poll(() => nextUp(otherTab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 2 of ${total}`);
    await expect.poll(() => nextUp(popup).locator('.next-up__title a').getAttribute('href')).toBe(second);

    // Skipping moves on too, and a reload paints the block from the snapshot before the app.
    await nextUp(tab).getByRole('button', { name: 'Skip' }).click();
    await expect
      .poll(() => nextUp(tab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 3 of ${total}`);
    // A skip can be undone, like a card's actions: the toast says what was skipped.
    const toast = tab.getByRole('status').filter({ hasText: 'Skipped “' });
    await expect.poll(() => toast.count()).toBe(1);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => nextUp(tab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 2 of ${total}`);
    expect(await nextUp(tab).locator('.next-up__title a').getAttribute('href')).toBe(second);
    await nextUp(tab).getByRole('button', { name: 'Skip' }).click();
    await expect
      .poll(() => nextUp(tab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 3 of ${total}`);
    await tab.screenshot({ path: join(SHOTS, 'learning-paths.png') });
    // The next opening's first frame comes from the snapshot: run the built painter and read it.
    const painted = await tab.evaluate(async () => {
      const container = Object.assign(document.createElement('div'), { id: 'snapshot' });
      document.getElementById('snapshot')?.remove();
      container.dataset.page = 'newtab';
      document.body.prepend(container);
      await new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { src: '/first-paint.js' });
        script.onload = resolve;
        script.onerror = reject;
        document.body.append(script);
      });
      return {
        progress: container.querySelector('.next-up__progress')?.textContent,
        href: container.querySelector('.next-up__title a')?.getAttribute('href'),
      };
    });
    expect(painted).toEqual({ progress: `Consensus · step 3 of ${total}`, href: consensus.steps[2] });

    // The path list counts the skipped step as done, and says it was skipped, not read.
    await otherTab.getByRole('button', { name: 'Paths' }).click();
    const consensusRow = otherTab
      .locator('.path-picker__path')
      .filter({ has: otherTab.getByText(consensus.title, { exact: true }) });
    await expect
      .poll(() => consensusRow.locator('.path-picker__progress').textContent())
      .toBe(` 2 of ${total} done, 1 skipped`);

    // Long after the toast, the skipped step is listed under its path and can come back: it is
    // Next up again, in every open page, since it comes first in the path's order.
    const skippedList = otherTab.locator('.path-picker__item').filter({ has: consensusRow }).locator('details');
    await skippedList.getByText('Skipped steps (1)').click();
    expect(await skippedList.getByRole('link').textContent()).toBe(titleOf(second!));
    await skippedList.screenshot({ path: join(SHOTS, 'learning-paths-skipped.png') });
    await skippedList.getByRole('button', { name: `Bring back “${titleOf(second!)}”` }).click();
    await expect.poll(() => consensusRow.locator('.path-picker__progress').textContent()).toBe(` 1 of ${total} done`);
    expect(await skippedList.count()).toBe(0);
    await expect
      .poll(() => nextUp(tab).locator('.next-up__progress').textContent())
      .toBe(`Consensus · step 2 of ${total}`);
    expect(await nextUp(tab).locator('.next-up__title a').getAttribute('href')).toBe(second);
  });

  it('has no serious accessibility violations with Next up and the path picker open', async () => {
    const tab = await livePage('newtab.html');
    await nextUp(tab).waitFor();
    await nextUp(tab).getByRole('button', { name: 'Change path' }).click();
    await tab.getByRole('radio', { name: 'No path' }).waitFor();
    await tab.screenshot({ path: join(SHOTS, 'learning-paths-picker.png'), fullPage: false });
    expect(await seriousViolations(tab)).toEqual([]);

    // "No path" is a choice: the block goes, in this tab and the others.
    await tab.getByRole('radio', { name: 'No path' }).click();
    await expect.poll(() => nextUp(tab).count()).toBe(0);
    // The Paths section shows the choice.
    await tab.getByRole('toolbar', { name: 'Sections' }).getByRole('button', { name: 'Paths' }).click();
    expect(await tab.getByRole('radio', { name: 'No path' }).isChecked()).toBe(true);
  });

  it('shows level and minutes on cards, and "Read first" brings the prerequisite card into view', async () => {
    const tab = await livePage('newtab.html');
    const withPrerequisite = pack.items.find(
      (item) => item.prerequisites?.length && item.published?.startsWith('2026'),
    )!;
    const prerequisite = withPrerequisite.prerequisites![0]!;
    const card = tab.locator(`#root article[data-url="${withPrerequisite.url}"]`).first();
    expect(await card.locator('.pick__level').textContent()).toBe(
      `${withPrerequisite.level![0]!.toUpperCase()}${withPrerequisite.level!.slice(1)} · ${withPrerequisite.minutes} min`,
    );
    const link = card.getByRole('link', { name: `Read first: ${titleOf(prerequisite)}` });
    await link.click();
    await expect
      .poll(() => tab.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.url))
      .toBe(prerequisite);
    expect(tab.url()).not.toContain(prerequisite);
  });

  it('brings back a saved article left unread for fourteen days, once', async () => {
    const tab = await livePage('newtab.html');
    const [old, recent] = [pack.items[20]!.url, pack.items[21]!.url];
    const now = Date.now();
    // The clock of a mark is set through the data: one saved 15 days ago, one 2 days ago.
    await putRows(tab, 'reading', [
      { url: old, readAt: null, savedAt: now - 15 * DAY, dismissedAt: null, updatedAt: now - 15 * DAY },
      { url: recent, readAt: null, savedAt: now - 2 * DAY, dismissedAt: null, updatedAt: now - 2 * DAY },
    ]);

    const fresh = await livePage('newtab.html');
    const row = fresh.locator('.resurface');
    await expect
      .poll(() => row.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      .toEqual([old]);
    await row.getByRole('button', { name: `Not now: ${titleOf(old)}` }).click();
    await expect.poll(() => fresh.locator('.resurface').count()).toBe(0);
    const again = await livePage('newtab.html');
    await again.locator('.guide').waitFor({ state: 'attached' });
    expect(await again.locator('.resurface').count()).toBe(0);
  });

  it('says on a card why a path put it there: a step where it stands, on the reader’s path or another, a related post the topics it shares', async () => {
    const [seeded] = leveledArticles(1);
    const related = { ...seeded!, url: 'https://related.example/raft-in-production', topics: ['consensus'] };
    const setup = await livePage('newtab.html');
    await putRows(setup, 'articles', [related]);
    await setup.getByRole('toolbar', { name: 'Sections' }).getByRole('button', { name: 'Paths' }).click();
    await setup.getByRole('radio', { name: /^Consensus/ }).click();

    const tab = await livePage('newtab.html');
    await nextUp(tab).waitFor();
    const whyOf = async (card: ReturnType<Page['locator']>) => {
      await card.getByRole('button', { name: 'Why this pick?' }).click();
      return card.locator('.why__text');
    };

    // The main list, once it holds a step of the path further on.
    const shownUrls = () =>
      tab
        .locator('#quorum-list article[data-url]')
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.url));
    let shown: (string | undefined)[] = [];
    await expect
      .poll(async () => {
        shown = await shownUrls();
        return shown.some((url) => consensus.steps.includes(url!));
      })
      .toBe(true);
    const step = consensus.steps.findIndex((url) => shown.includes(url));
    const stepCard = tab.locator(`#quorum-list article[data-url="${consensus.steps[step]}"]`);
    const stepWhy = await whyOf(stepCard);
    await expect
      .poll(async () => stepWhy.textContent())
      .toBe(`On your path “Consensus”: step ${step + 1} of ${consensus.steps.length}.`);

    const relatedCard = tab.locator(`#root .related article[data-url="${related.url}"]`);
    const relatedWhy = await whyOf(relatedCard);
    await expect
      .poll(async () => relatedWhy.textContent())
      .toBe('Related to your path “Consensus”: on “Consensus”, like the path’s steps.');
    // A step of another path says where it stands there, so a card tells how it fits the
    // field's order whichever path the reader follows.
    const onAnotherPath = (url: string | undefined) =>
      pack.paths!.filter((path) => path.id !== 'consensus' && path.steps.includes(url!));
    const elsewhereUrl = shown.find((url) => !consensus.steps.includes(url!) && onAnotherPath(url).length > 0);
    expect(elsewhereUrl).toBeDefined();
    const elsewhere = onAnotherPath(elsewhereUrl);
    const elsewhereWhy = await whyOf(tab.locator(`#quorum-list article[data-url="${elsewhereUrl}"]`));
    const first = elsewhere[0]!;
    const firstPlace = `step ${first.steps.indexOf(elsewhereUrl!) + 1} of ${first.steps.length}`;
    await expect
      .poll(async () => elsewhereWhy.textContent())
      .toEqual(
        elsewhere.length === 1
          ? `On the learning path “${first.title}”: ${firstPlace}.`
          : expect.stringContaining(`On the learning paths “${first.title}” (${firstPlace})`),
      );
    // A card on no path keeps the classifier's account.
    const otherUrl = shown.find(
      (url) => !consensus.steps.includes(url!) && onAnotherPath(url).length === 0 && url !== related.url,
    );
    expect(otherUrl).toBeDefined();
    const other = tab.locator(`#quorum-list article[data-url="${otherUrl}"]`);
    const otherWhy = await whyOf(other);
    await expect
      .poll(async () => otherWhy.textContent())
      .toMatch(/^(Curated: in the starter library|.+: relevance \d+%)/);
  });
});
