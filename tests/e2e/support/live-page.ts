import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';

/**
 * Waits until a Quorum page (new tab or popup) has put its live data in place: the app marks
 * `quorum:live` once it has replaced the snapshot. `timeout` as Playwright takes it, else its default.
 */
export async function waitForLive(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('quorum:live').length > 0,
    undefined,
    timeout === undefined ? {} : { timeout },
  );
}

/** A new tab opened and waited for until its live data is in. */
export async function openLiveNewTab(session: ExtensionSession): Promise<Page> {
  const page = await session.openPage('newtab.html');
  await waitForLive(page, 15_000);
  return page;
}

/** The addresses of the listed cards' title links, in the order shown. */
export function listedUrls(page: Page): Promise<(string | null)[]> {
  return page.locator('#root article h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}
