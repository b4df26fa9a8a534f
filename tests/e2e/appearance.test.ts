import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/paths';
import { seriousViolations } from './support/axe';
import { launchExtension, type ExtensionSession } from './support/extension';
import { setSettings } from './support/settings';

const SHOTS = join(TEST_OUTPUT, 'screenshots');
const LIGHT_BG = 'rgb(247, 246, 243)';
const DARK_BG = 'rgb(22, 22, 26)';

describe('themes, modes and accessibility', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  async function livePage(path: string) {
    const page = await session.openPage(path);
    await page.locator('#root article').first().waitFor({ timeout: 15_000 });
    return page;
  }

  it('has no serious or critical accessibility violations on the new tab, popup and options', async () => {
    for (const path of ['newtab.html', 'popup.html']) {
      const page = await livePage(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    const options = await session.openPage('options.html');
    await options.getByRole('heading', { name: 'Options' }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('follows the system theme, and a dark system gets a dark page', async () => {
    const page = await livePage('newtab.html');
    expect(await background(page)).toBe(LIGHT_BG);
    await page.screenshot({ path: join(SHOTS, 'newtab-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_BG);
  });

  it('applies a chosen dark theme live, and paints dark from the very first frame after', async () => {
    const page = await livePage('newtab.html');
    await setSettings(page, { theme: 'dark' });
    await expect.poll(() => background(page)).toBe(DARK_BG);
    await page.screenshot({ path: join(SHOTS, 'newtab-dark.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // The theme is applied by the synchronous first-paint script, before the app exists.
    const fresh = await session.context.newPage();
    await fresh.goto(`chrome-extension://${session.extensionId}/newtab.html`, { waitUntil: 'commit' });
    await fresh.waitForFunction(() => document.body !== null);
    const first = await fresh.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      appStarted: performance.getEntriesByName('quorum:app-start').length > 0,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(first.theme).toBe('dark');
    expect(first.background).toBe(DARK_BG);

    const popup = await livePage('popup.html');
    expect(await background(popup)).toBe(DARK_BG);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'popup-dark.png') });
    await setSettings(page, { theme: 'light' });
    await expect.poll(() => background(page)).toBe(LIGHT_BG);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
  });

  it('shows a minimal page (clock and search) when the new tab is set to minimal', async () => {
    const page = await livePage('newtab.html');
    await setSettings(page, { newTabMode: 'minimal' });
    await expect.poll(() => page.locator('.clock__time').count()).toBe(1);
    expect(await page.locator('#root article').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Topics' }).count()).toBe(0);

    const fresh = await session.openPage('newtab.html');
    await fresh.locator('.clock__time').waitFor();
    // Nothing from the picks snapshot is painted in minimal mode, and no link skips to a list.
    expect(await fresh.locator('article').count()).toBe(0);
    expect(await fresh.getByRole('link', { name: 'Skip to the list' }).count()).toBe(0);
    await fresh.fill('#quorum-search', 'raft');
    await expect.poll(() => fresh.locator('#root article').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await fresh.getByRole('link', { name: 'Skip to the list' }).count()).toBe(1);
    await fresh.screenshot({ path: join(SHOTS, 'newtab-minimal.png') });
    await setSettings(fresh, { newTabMode: 'picks' });
    await expect.poll(() => fresh.locator('.clock__time').count()).toBe(0);
  });
});
