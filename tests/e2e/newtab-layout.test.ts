import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/paths';
import { seriousViolations } from './support/axe';
import { lowContrastTexts } from './support/contrast';
import { launchExtension, type ExtensionSession } from './support/extension';
import { waitForLive } from './support/live-page';
import { setSettings } from './support/settings';

const SHOTS = join(TEST_OUTPUT, 'screenshots');

/** Where the snapshot painted its cards, measured by the page itself (see the first test). */
interface Layout {
  inView: number;
  places: number[][];
  texts: (string | null)[][];
}

/** The parts of a card whose words set its height. */
const CARD_TEXT = '.pick__title, .pick__meta, .pick__guide, .pick__notes, .pick__summary, .topics';

/** Headings of cards whose whole box lies inside the viewport. */
function headingsInView(page: Page, scope: string): Promise<number> {
  return page.evaluate((selector) => {
    const height = window.innerHeight;
    const width = window.innerWidth;
    return [...document.querySelectorAll(`${selector} article h2`)].filter((heading) => {
      const box = heading.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= height && box.left >= 0 && box.right <= width;
    }).length;
  }, scope);
}

describe('new tab layout: reading first', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await mkdir(SHOTS, { recursive: true });
    // The first new tab renders live data and leaves a snapshot for the next one.
    const first = await session.openPage('newtab.html');
    await first.waitForFunction(
      () =>
        (JSON.parse(localStorage.getItem('quorum:newtab-snapshot') ?? '{}') as { picks?: unknown[] }).picks?.length ===
        30,
      undefined,
      { timeout: 20_000 },
    );
    await first.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function sized(width: number, height: number, hash = ''): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize({ width, height });
    await page.bringToFront();
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html${hash}`);
    return page;
  }

  it('shows at least six whole article headings at 1366×900 on first paint, and the same places once live', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.bringToFront();
    // The first paint is the snapshot's, and a busy machine may replace it before any later
    // call into the page: measured when the page's scripts have run, before the app can start
    // (it waits for the first frame and for the database). The cards skip rendering until a
    // frame has seen them on screen (content-visibility: auto) and until then take up a
    // placeholder's height; the first frame draws the ones in view at full size, so they are
    // measured that way and handed back to the browser in the same task, before any frame.
    await page.addInitScript((parts) => {
      document.addEventListener('DOMContentLoaded', () => {
        const items = [...document.querySelectorAll<HTMLElement>('#snapshot .picks > li')];
        for (const item of items) item.style.contentVisibility = 'visible';
        const cards = items.map((item) => item.querySelector('article')!);
        const [height, width] = [window.innerHeight, window.innerWidth];
        const boxes = cards.map((card) => card.querySelector('h2')!.getBoundingClientRect());
        Object.assign(window, {
          quorumSnapshotLayout: {
            inView: boxes.filter(
              (box) => box.height > 0 && box.top >= 0 && box.bottom <= height && box.left >= 0 && box.right <= width,
            ).length,
            places: boxes.slice(0, 6).map((box) => [Math.round(box.left), Math.round(box.top)]),
            texts: cards.slice(0, 6).map((card) => [...card.querySelectorAll(parts)].map((part) => part.textContent)),
          },
        });
        for (const item of items) item.style.contentVisibility = '';
      });
    }, CARD_TEXT);
    await page.goto(`chrome-extension://${session.extensionId}/newtab.html`);
    const snapshot = await page.evaluate(
      () => (window as unknown as { quorumSnapshotLayout: Layout }).quorumSnapshotLayout,
    );
    const { inView, places: painted } = snapshot;
    expect(inView).toBeGreaterThanOrEqual(6);

    await waitForLive(page);
    await page.locator('#root article').first().waitFor();
    expect(await headingsInView(page, '#root')).toBeGreaterThanOrEqual(6);
    const live = await page.evaluate(() =>
      [...document.querySelectorAll('#root article h2')].slice(0, 6).map((h) => {
        const box = h.getBoundingClientRect();
        return [Math.round(box.left), Math.round(box.top)];
      }),
    );
    // Each card says the same as its snapshot (the live one may add a line the snapshot lacks,
    // which would move the cards below it), so a jump names its cause.
    const liveTexts = await page
      .locator('#root article')
      .evaluateAll(
        (cards, parts) =>
          cards.slice(0, 6).map((card) => [...card.querySelectorAll(parts)].map((part) => part.textContent)),
        CARD_TEXT,
      );
    expect(liveTexts).toEqual(snapshot.texts);
    // The live page puts the cards where the snapshot painted them: no jump at the swap.
    for (const [i, [left, top]] of live.entries()) {
      expect(Math.abs(left! - painted[i]![0]!), `card ${i} left`).toBeLessThanOrEqual(1);
      expect(Math.abs(top! - painted[i]![1]!), `card ${i} top`).toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: join(SHOTS, 'readme-newtab-light.png') });
  });

  it('reaches the first card within five Tab presses, and its actions by keyboard', async () => {
    const page = await sized(1366, 900);
    await page.locator('#root article').first().waitFor();
    let presses = 0;
    const inFirstCard = () =>
      page.evaluate(() => document.querySelector('#root article')?.contains(document.activeElement) ?? false);
    while (presses < 5 && !(await inFirstCard())) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inFirstCard()).toBe(true);
    expect(presses).toBeLessThanOrEqual(5);
    // Actions appear on focus and are next in the tab order.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      inFirst: document.querySelector('#root article')?.contains(document.activeElement),
      opacity: getComputedStyle(document.activeElement!.parentElement!).opacity,
    }));
    expect(focused).toEqual({ text: 'Mark as read', inFirst: true, opacity: '1' });
  });

  it('reads first: summaries at body size, clamped; no controls heading repeats the tab', async () => {
    const page = await sized(1366, 900);
    const summary = page.locator('#root article .pick__summary').first();
    await summary.waitFor();
    const type = await summary.evaluate((p) => {
      const style = getComputedStyle(p);
      return {
        size: parseFloat(style.fontSize),
        lines: p.getBoundingClientRect().height / parseFloat(style.lineHeight),
      };
    });
    expect(type.size).toBeGreaterThanOrEqual(15);
    expect(type.lines).toBeLessThanOrEqual(3.05);
    const meta = await page
      .locator('#root article .pick__meta')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(type.size).toBeGreaterThan(meta);
    // No visible "Picks" heading above the cards: the pressed tab already says it.
    expect(
      await page.getByRole('heading', { name: 'Picks' }).evaluate((h) => h.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(1);
  });

  it('uses the width of a wide screen: several columns of cards', async () => {
    const page = await sized(1920, 1080);
    await page.locator('#root article').first().waitFor();
    const columns = await page.evaluate(
      () =>
        new Set([...document.querySelectorAll('#root article')].map((a) => Math.round(a.getBoundingClientRect().left)))
          .size,
    );
    expect(columns).toBeGreaterThanOrEqual(3);
    expect(await headingsInView(page, '#root')).toBeGreaterThanOrEqual(9);
  });

  it('fits a narrow window: no sideways scrolling, the offline line and every section tab included', async () => {
    const page = await sized(360, 700);
    await waitForLive(page);
    // The test browser has no network, so the header carries its longest status line here.
    await page.locator('.newtab__status .status-line').waitFor();
    for (const width of [360, 480, 640, 760]) {
      await page.setViewportSize({ width, height: 700 });
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        outside: [...document.querySelectorAll('header *, .views *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((element) => element.className),
      }));
      expect(overflow, `at ${width} px`).toEqual({ page: 0, outside: [] });
    }
    await page.close();
  });

  it('opens "Why this pick?" within its card\'s column, whole, with the card\'s own buttons in reach', async () => {
    const page = await sized(1280, 800);
    await waitForLive(page);
    // What a click at the middle of a box would reach.
    const hitAt = (box: { x: number; y: number; width: number; height: number }, dy = 0) =>
      page.evaluate(
        ({ x, y }) => {
          const hit = document.elementFromPoint(x, y);
          return hit?.closest('.why__panel') ? 'panel' : (hit?.closest('button')?.textContent ?? hit?.tagName);
        },
        { x: box.x + box.width / 2, y: box.y + box.height / 2 + dy },
      );
    for (const index of [0, 1]) {
      const card = page.locator('#root article').nth(index);
      await card.locator('.why__toggle').focus();
      const panel = card.locator('.why__panel');
      await panel.waitFor();
      const [cardBox, panelBox] = await Promise.all([card.boundingBox(), panel.boundingBox()]);
      expect(panelBox!.x, `card ${index}`).toBeGreaterThanOrEqual(cardBox!.x);
      expect(panelBox!.x + panelBox!.width, `card ${index}`).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
      // Shown whole: its last line is not cut off where the card ends.
      expect(await hitAt(panelBox!, panelBox!.height / 2 - 4), `card ${index}`).toBe('panel');
      // Open on hover, it covers none of the buttons the same hover shows.
      await card.locator('.why__toggle').hover();
      for (const name of ['Mark as read', 'Save', 'Dismiss']) {
        const button = card.getByRole('button', { name, exact: true });
        expect(await hitAt((await button.boundingBox())!), `card ${index}, ${name}`).toBe(name);
      }
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it('keeps every text at AA contrast, read and saved cards included, in light and dark', async () => {
    const page = await sized(1366, 900);
    const cards = page.locator('#root article');
    await cards.first().waitFor();
    await cards.nth(0).getByRole('button', { name: 'Mark as read' }).click();
    await cards.nth(1).getByRole('button', { name: 'Save' }).click();
    await cards.nth(2).getByRole('button', { name: 'Mark as read' }).click();
    await cards.nth(2).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#root .pick--read').count()).toBe(2);
    await page.getByRole('button', { name: /^Filters/ }).click();
    for (const theme of ['light', 'dark'] as const) {
      await setSettings(page, { theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.keyboard.press('Escape');
      // Hover a read card so its actions show, then check every text on the page.
      await cards.nth(0).hover();
      expect(await lowContrastTexts(page), theme).toEqual([]);
      await cards.nth(2).hover();
      expect(await lowContrastTexts(page), theme).toEqual([]);
      expect(await seriousViolations(page), theme).toEqual([]);
    }
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.screenshot({ path: join(SHOTS, 'readme-newtab-dark.png') });
    await setSettings(page, { theme: 'system' });
  });

  it('leaves no stray heading in minimal mode', async () => {
    const page = await sized(1366, 900);
    await page.locator('#root article').first().waitFor();
    await setSettings(page, { newTabMode: 'minimal' });
    await expect.poll(() => page.locator('.clock__time').count()).toBe(1);
    const visibleHeadings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3')]
        .filter((h) => h.getBoundingClientRect().height > 1)
        .map((h) => h.textContent),
    );
    expect(visibleHeadings).toEqual([]);
    await page.fill('#quorum-search', 'raft');
    await expect.poll(() => page.locator('#root article').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'readme-newtab-minimal.png') });
    await setSettings(page, { newTabMode: 'picks' });
  });

  it('draws the popup with the same cards', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('#root article').first().waitFor();
    expect(await lowContrastTexts(popup)).toEqual([]);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(SHOTS, 'readme-popup.png') });
  });
});
