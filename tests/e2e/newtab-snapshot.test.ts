import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';

describe('new tab snapshot paint', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    // A first new tab renders live data and leaves the snapshot for the next one.
    const first = await session.openPage('newtab.html');
    await first.waitForFunction(() => performance.getEntriesByName('quorum:live').length > 0);
    await first.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('paints picks in the first frame, before the app’s scripts run, then swaps in live data', async () => {
    const page = await session.openPage('newtab.html');
    await page.waitForFunction(() => performance.getEntriesByName('quorum:live').length > 0);
    const timing = await page.evaluate(
      () =>
        new Promise<{ firstPaint: number; appStart: number; live: number }>((resolve) => {
          new PerformanceObserver((list) => {
            const paints = list.getEntries().map((entry) => (entry as PerformanceEntry & { renderTime: number }).renderTime);
            resolve({
              firstPaint: Math.min(...paints),
              appStart: performance.getEntriesByName('quorum:app-start')[0]!.startTime,
              live: performance.getEntriesByName('quorum:live')[0]!.startTime,
            });
          }).observe({ type: 'element', buffered: true });
        }),
    );
    expect(timing.firstPaint).toBeGreaterThan(0);
    expect(timing.firstPaint).toBeLessThan(timing.appStart);
    expect(timing.appStart).toBeLessThan(timing.live);
    // After the swap there is one list of picks, the live one, and the snapshot is empty.
    expect(await page.locator('#snapshot').innerHTML()).toBe('');
    expect(await page.locator('#root article').count()).toBe(30);
  });

  it('shows a tampered snapshot as text and never as markup', async () => {
    const page = await session.openPage('newtab.html');
    await page.evaluate(() => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      localStorage.setItem(
        'quorum:newtab-snapshot',
        JSON.stringify({
          version: 1,
          countLabel: hostile,
          picks: [{ url: 'javascript:window.__pwned=1', title: hostile, source: hostile, summary: hostile, topics: [hostile], read: false }],
        }),
      );
    });
    // Run the built painter again on a fresh #snapshot and read what it drew.
    const drawn = await page.evaluate(async () => {
      document.getElementById('snapshot')?.remove();
      const container = Object.assign(document.createElement('div'), { id: 'snapshot' });
      document.body.prepend(container);
      await new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { src: '/newtab-snapshot.js' });
        script.onload = resolve;
        script.onerror = reject;
        document.body.append(script);
      });
      const link = container.querySelector('h2 a');
      return {
        title: link?.textContent,
        href: link?.getAttribute('href') ?? null,
        count: container.querySelector('.newtab__count')?.textContent,
        images: container.querySelectorAll('img').length,
      };
    });
    expect(drawn.title).toBe('<img src=x onerror="window.__pwned=1">');
    expect(drawn.count).toBe('<img src=x onerror="window.__pwned=1">');
    expect(drawn.href).toBeNull();
    expect(drawn.images).toBe(1); // the brand mark, and no other
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
