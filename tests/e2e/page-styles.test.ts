import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';

/**
 * The pages carry their stylesheets inline (scripts/inline-page-styles.mjs): nothing to fetch
 * before the first frame, and the app's chunks, loaded later, must not fetch them again.
 */
describe('page stylesheets', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [file, ready] of [
    ['newtab.html', '#root article'],
    ['popup.html', '#root article'],
    ['options.html', '#root h1'],
  ] as const) {
    it(`${file} is styled from the start and fetches no stylesheet, before or after its app loads`, async () => {
      const page = await session.openPage(file);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      // The app's chunks have loaded by now; give a late stylesheet request time to show.
      await page.waitForTimeout(500);
      const state = await page.evaluate(() => ({
        fetched: performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.endsWith('.css')),
        enabledLinks: document.querySelectorAll('link[rel="stylesheet"]:not([disabled])').length,
        inline: document.querySelectorAll('style[data-href]').length,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(state.fetched).toEqual([]);
      expect(state.enabledLinks).toBe(0);
      expect(state.inline).toBeGreaterThan(0);
      // The page's own background, not the browser's default transparent one.
      expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
    });
  }
});
