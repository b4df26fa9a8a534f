import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemBytes } from '../../utils/cross-device/quotas';
import { readRemote } from '../../utils/cross-device/remote-contents';
import { urlHash } from '../../utils/cross-device/url-hash';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';

const consensus = readStarterPack().paths!.find((path) => path.id === 'consensus')!;
const stepOf = (n: number) => `Consensus · step ${n} of ${consensus.steps.length}`;

type Items = Record<string, unknown>;
type SyncArea = { get(keys: null): Promise<Items>; set(items: Items): Promise<void> };

/** What the browser's sync service would carry: everything in one profile's sync storage. */
function syncContents(worker: Worker): Promise<Items> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync.get(null),
  );
}

/** …and what it would deliver to another profile's sync storage. */
async function deliver(items: Items, worker: Worker): Promise<void> {
  await worker.evaluate(
    (values) => (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync.set(values),
    items,
  );
}

/** The mark `mark` of `url` as the synced items have it: true (set), false (cleared) or undefined. */
function syncedMark(items: Items, url: string, mark: 'read' | 'saved'): boolean | undefined {
  const hash = urlHash(url);
  return readRemote(items).entries.find((entry) => entry.hash === hash && entry.mark === mark)?.on;
}

const card = (page: Page, url: string) =>
  page.locator('#root article').filter({ has: page.locator(`h2 a[href="${url}"]`) });
const readToggle = (page: Page, url: string) =>
  card(page, url).getByRole('button', { name: /^Mark as (read|unread)$/ });
const nextUp = (page: Page) => page.locator('#root .next-up');

describe('reading follows the reader between two browsers, through sync storage', () => {
  let a: ExtensionSession;
  let b: ExtensionSession;

  beforeAll(async () => {
    a = await launchExtension();
    b = await launchExtension();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it(
    'a read, a save and path progress made in A show in B without a reload, and B’s un-read shows in A',
    { timeout: 120_000 },
    async () => {
      const aTab = await a.openPage('newtab.html');
      await aTab.locator('#root article').first().waitFor({ timeout: 30_000 });
      // Two picks outside the path, so that advancing the path marks neither of them.
      const [first, second] = await aTab.locator('#root article h2 a').evaluateAll(
        (links, steps) =>
          links
            .map((link) => link.getAttribute('href')!)
            .filter((href) => !steps.includes(href))
            .slice(0, 2),
        consensus.steps,
      );

      // B is open before anything arrives: what changes there must change live.
      const bTab = await b.openPage('newtab.html');
      const bSaved = await b.openPage('newtab.html#view=saved');
      await expect.poll(() => readToggle(bTab, first!).textContent(), { timeout: 30_000 }).toBe('Mark as read');
      await expect.poll(() => bSaved.getByText('Nothing saved yet').count(), { timeout: 30_000 }).toBe(1);
      expect(await nextUp(bTab).count()).toBe(0);

      await readToggle(aTab, first!).click();
      await card(aTab, second!).getByRole('button', { name: 'Save' }).click();

      // A chooses a path and reads its first step through Next up.
      await aTab.getByRole('toolbar', { name: 'Sections' }).getByRole('button', { name: 'Paths' }).click();
      await aTab.getByRole('radio', { name: /^Consensus/ }).click();
      await expect.poll(() => nextUp(aTab).locator('.next-up__progress').textContent()).toBe(stepOf(1));
      await nextUp(aTab).getByRole('button', { name: 'Mark read and continue' }).click();
      await expect.poll(() => nextUp(aTab).locator('.next-up__progress').textContent()).toBe(stepOf(2));

      // A writes its marks to sync storage in a batch, within seconds.
      let fromA: Items = {};
      await expect
        .poll(
          async () => {
            fromA = await syncContents(a.serviceWorker);
            const path = readRemote(fromA).pathProgress;
            return [
              syncedMark(fromA, first!, 'read'),
              syncedMark(fromA, second!, 'saved'),
              syncedMark(fromA, consensus.steps[0]!, 'read'),
              path?.currentPathId,
            ];
          },
          { timeout: 45_000, interval: 500 },
        )
        .toEqual([true, true, true, 'consensus']);

      // Sizes are counted as the browser counts them, so the quota line and the planner are right.
      const counted = await a.serviceWorker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { getBytesInUse(keys: null): Promise<number> } } } }
        ).chrome.storage.sync.getBytesInUse(null),
      );
      expect(counted).toBe(Object.entries(fromA).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0));

      await deliver(fromA, b.serviceWorker);
      await expect.poll(() => readToggle(bTab, first!).textContent(), { timeout: 15_000 }).toBe('Mark as unread');
      expect(await card(bTab, first!).getAttribute('class')).toContain('pick--read');
      await expect
        .poll(() =>
          bSaved.locator('#root article h2 a').evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
        )
        .toEqual([second]);
      // The path and its progress came too: B's open tab moves to step 2 on its own.
      await expect
        .poll(() => nextUp(bTab).locator('.next-up__progress').textContent(), { timeout: 15_000 })
        .toBe(stepOf(2));
      expect(await nextUp(bTab).locator('.next-up__title a').getAttribute('href')).toBe(consensus.steps[1]);

      // B un-reads the first; A, handed B's sync storage, shows it unread again.
      await readToggle(bTab, first!).click();
      let fromB: Items = {};
      await expect
        .poll(
          async () => {
            fromB = await syncContents(b.serviceWorker);
            return syncedMark(fromB, first!, 'read');
          },
          { timeout: 45_000, interval: 500 },
        )
        .toBe(false);
      await deliver(fromB, a.serviceWorker);
      await expect.poll(() => readToggle(aTab, first!).textContent(), { timeout: 15_000 }).toBe('Mark as read');
      // The save made in A is still there: the un-read touched only the read mark.
      expect(syncedMark(fromB, second!, 'saved')).toBe(true);
      expect(await card(aTab, second!).getByRole('button', { name: 'Unsave' }).count()).toBe(1);
    },
  );

  it('the options page says what is synced, how much of the quota is used and when the last change arrived', async () => {
    const options = await b.openPage('options.html#devices');
    const status = options.locator('.cross-device__status');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/marks? in sync storage, using [\d.]+ KB of 100\.0 KB/);
    expect(await status.textContent()).toContain('Your read, saved and dismissed marks');
    expect(await status.textContent()).toMatch(
      /Last change from another browser arrived (just now|\d+ minutes? ago)\./,
    );
    expect(await options.getByRole('checkbox', { name: /Sync my reading with my other browsers/ }).isChecked()).toBe(
      true,
    );
  });
});
