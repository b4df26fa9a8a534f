import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';
import { waitForLive } from './support/live-page';

describe('new tab snapshot paint', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    // A first new tab renders live data and leaves the snapshot for the next one.
    const first = await session.openPage('newtab.html');
    await first.waitForFunction(
      () =>
        (JSON.parse(localStorage.getItem('quorum:newtab-snapshot') ?? '{}') as { picks?: unknown[] }).picks?.length ===
        30,
    );
    await first.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('paints picks in the first frame, before the app’s scripts run, then swaps in live data', async () => {
    // In front before it loads: a background tab paints nothing, so there would be no first frame to check.
    const page = await session.context.newPage();
    await page.bringToFront();
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    await waitForLive(page);
    const timing = await page.evaluate(
      () =>
        new Promise<{
          firstPaintedBy: string;
          snapshotPaint: number;
          livePaint: number;
          snapshotReady: number;
          appStart: number;
          live: number;
        }>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { renderTime: number; identifier: string })[];
            const earliest = (id: string) =>
              Math.min(...entries.filter((entry) => entry.identifier === id).map((entry) => entry.renderTime));
            const first = [...entries].sort((a, b) => a.renderTime - b.renderTime)[0]!;
            const mark = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
            resolve({
              firstPaintedBy: first.identifier,
              snapshotPaint: earliest('snapshot-pick-title'),
              livePaint: earliest('pick-title'),
              snapshotReady: mark('quorum:snapshot'),
              appStart: mark('quorum:app-start'),
              live: mark('quorum:live'),
            });
          }).observe({ type: 'element', buffered: true });
        }),
    );
    // The first picks on screen were the snapshot's, drawn before any app code ran.
    expect(timing.firstPaintedBy).toBe('snapshot-pick-title');
    expect(timing.snapshotPaint).toBeLessThan(timing.livePaint);
    expect(timing.snapshotReady).toBeLessThan(timing.appStart);
    expect(timing.appStart).toBeLessThan(timing.live);
    // After the swap there is one list of picks, the live one, and the snapshot is empty.
    expect(await page.locator('#snapshot').innerHTML()).toBe('');
    expect(await page.locator('#root article').count()).toBe(30);
  });

  it('shows a tampered snapshot as text and never as markup', async () => {
    // The painter runs in a quiet document of the extension's origin (it shares the snapshot's
    // storage), with no app open anywhere: a live page rewrites the snapshot whenever its picks
    // change, and could replace the tampered one before the painter reads it.
    for (const open of session.context.pages()) await open.close();
    const page = await session.openPage('packs/starter.json');
    await page.evaluate(() => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      localStorage.setItem(
        'quorum:newtab-snapshot',
        JSON.stringify({
          version: 1,
          countLabel: hostile,
          picks: [
            {
              url: 'javascript:window.__pwned=1',
              title: hostile,
              source: hostile,
              summary: hostile,
              topics: [hostile],
              read: false,
            },
          ],
        }),
      );
    });
    // Run the built painter again on a fresh #snapshot and read what it drew.
    const drawn = await page.evaluate(async () => {
      document.getElementById('snapshot')?.remove();
      const container = Object.assign(document.createElement('div'), { id: 'snapshot' });
      container.dataset.page = 'newtab';
      document.body.prepend(container);
      await new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { src: '/first-paint.js' });
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

  it('paints the popup from its own snapshot before its app runs, too', async () => {
    const first = await session.openPage('popup.html');
    await first.waitForFunction(
      () =>
        (JSON.parse(localStorage.getItem('quorum:popup-snapshot') ?? '{}') as { picks?: unknown[] }).picks?.length ===
        5,
    );
    await first.close();
    const page = await session.context.newPage();
    await page.bringToFront();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await waitForLive(page);
    const marks = await page.evaluate(() => ({
      snapshot: performance.getEntriesByName('quorum:snapshot')[0]?.startTime,
      appStart: performance.getEntriesByName('quorum:app-start')[0]?.startTime,
    }));
    expect(marks.snapshot).toBeTypeOf('number');
    expect(marks.snapshot!).toBeLessThan(marks.appStart!);
    expect(await page.locator('#snapshot').innerHTML()).toBe('');
    expect(await page.locator('#root article').count()).toBe(5);
  });
});
