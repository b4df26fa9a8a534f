import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeItem } from '../../utils/cross-device/shard-codec';
import { monthKey, monthOf } from '../../utils/cross-device/sync-entry';
import { urlHash } from '../../utils/cross-device/url-hash';
import { DEFAULT_SETTINGS } from '../../utils/schemas/settings';
import { canonicalUrl } from '../../utils/url';
import { ROOT } from '../support/paths';
import { contentWorld, readBadges, type ContentWorld } from './support/content-world';
import { launchExtension, type ExtensionSession } from './support/extension';
import { startSourceSites, type SourceSites } from './support/source-sites';

const KLEPPMANN = canonicalUrl('https://martin.kleppmann.com/2015/05/11/please-stop-calling-databases-cp-or-ap.html')!;
const ETCD = canonicalUrl('https://jepsen.io/analyses/etcd-3.4.3')!;
const UNREAD = 'Quorum: unread pick';
const READ = 'Quorum: read';
const HN = readFileSync(resolve(ROOT, 'tests/fixtures/pages/hn-front.html'), 'utf8');

/** The state of the badge after the link to `url` (HN links carry no canonical form). */
const stateOf = async (world: ContentWorld, url: string) =>
  (await readBadges(world)).find((badge) => badge.after !== null && canonicalUrl(badge.after) === url)?.label;

describe('bulk changes reach open pages and the toolbar at once', () => {
  let sites: SourceSites;
  let session: ExtensionSession;
  let hn: ContentWorld;
  let options: Page;
  let initialCount = '';

  const toolbarCount = () =>
    session.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );

  beforeAll(async () => {
    sites = await startSourceSites(['news.ycombinator.com']);
    sites.routes.set('news.ycombinator.com/', (_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HN);
    });
    session = await launchExtension({ args: sites.chromiumArgs });
    const newtab = await session.openPage('newtab.html');
    await newtab.locator('#root article').first().waitFor({ timeout: 30_000 });
    const page = await session.context.newPage();
    await page.goto('https://news.ycombinator.com/');
    hn = await contentWorld(page, session.extensionId);
    options = await session.openPage('options.html');
  });

  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  it('an import: the badge on an open page and the toolbar count change without a reload', async () => {
    await expect.poll(() => stateOf(hn, KLEPPMANN), { timeout: 15_000 }).toBe(UNREAD);
    await expect.poll(toolbarCount, { timeout: 15_000 }).toMatch(/^\d+$/);
    initialCount = await toolbarCount();
    const before = Number(initialCount);
    const at = Date.now() - 60_000;
    const file = join(tmpdir(), 'quorum-bulk-import.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'quorum-export',
        version: 2,
        exportedAt: new Date().toISOString(),
        settings: DEFAULT_SETTINGS,
        feeds: [],
        reading: [{ url: KLEPPMANN, readAt: at, savedAt: null, dismissedAt: null, updatedAt: at }],
      }),
    );
    await options.locator('#data input[type=file]').setInputFiles(file);
    await options.getByRole('region', { name: 'Import summary' }).getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => stateOf(hn, KLEPPMANN), { timeout: 5_000 }).toBe(READ);
    await expect.poll(toolbarCount).toBe(String(before - 1));
  });

  it('a change from another browser arriving in sync storage: the same, at once', async () => {
    const before = Number(await toolbarCount());
    const at = Math.floor(Date.now() / 1000) * 1000 - 30_000;
    const key = monthKey(monthOf(at), 0);
    const value = encodeItem(key, [{ hash: urlHash(ETCD), mark: 'read', on: true, at, by: 'There002' }]);
    await session.serviceWorker.evaluate(
      (items) =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
        ).chrome.storage.sync.set(items),
      { [key]: value },
    );
    await expect.poll(() => stateOf(hn, ETCD), { timeout: 5_000 }).toBe(READ);
    await expect.poll(toolbarCount).toBe(String(before - 1));
  });

  it('a reset: every badge is unread again and the count is back, without a reload', async () => {
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    await options
      .getByRole('dialog', { name: 'Reset everything?' })
      .getByRole('button', { name: 'Reset everything' })
      .click();
    await expect.poll(() => stateOf(hn, KLEPPMANN), { timeout: 10_000 }).toBe(UNREAD);
    expect(await stateOf(hn, ETCD)).toBe(UNREAD);
    await expect.poll(toolbarCount).toBe(initialCount);
    // Sync with other browsers is off after a reset, so the marks there do not come back.
    expect(await options.getByRole('checkbox', { name: /Sync my reading/ }).isChecked()).toBe(false);
  });
});
