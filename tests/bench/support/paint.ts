import type { Page } from 'playwright-core';

/**
 * When the first pick was painted, in ms from the start of navigation, from the Element
 * Timing API: the browser's own paint timestamp for elements marked `elementtiming` (the
 * snapshot's titles or the live ones, whichever came first), read
 * after the fact, so the measurement adds no work to the page being measured.
 */
export async function firstPickPaint(page: Page): Promise<number> {
  await page.waitForSelector('article h2', { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const times = list
            .getEntries()
            .filter((entry) =>
              /^(snapshot-)?pick-title$/.test((entry as PerformanceEntry & { identifier?: string }).identifier ?? ''),
            )
            .map((entry) => {
              const timing = entry as PerformanceEntry & { renderTime: number; loadTime: number };
              return timing.renderTime || timing.loadTime || timing.startTime;
            });
          if (times.length > 0) {
            observer.disconnect();
            resolve(Math.min(...times));
          }
        }).observe({ type: 'element', buffered: true });
      }),
  );
}
