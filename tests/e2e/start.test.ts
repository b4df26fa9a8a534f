import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWithLastPage, openQuorum, type OpenedQuorum } from '../../scripts/open-quorum.mjs';
import { browserPath } from '../support/browser-path';
import { CHROME_DIST } from '../support/paths';
import { readStarterPack } from '../support/starter-pack';

interface FirstPage {
  href: string;
  /** Entries in the tab's history: 1 when nothing was shown in it before. */
  historyLength: number;
  titles: string[];
}

/** Waits in the page for its picks (or 20 s), then says what it shows. */
const READ_FIRST_PAGE = `new Promise((resolve) => {
  const started = Date.now();
  const look = () => {
    const titles = [...document.querySelectorAll('#root article h2')].map((h) => h.textContent.trim());
    if (titles.length > 0 || Date.now() - started > 20000)
      resolve({ href: location.href, historyLength: history.length, titles });
    else setTimeout(look, 50);
  };
  look();
})`;

/** What the page shows once it has loaded: a page still loading has no context to ask yet. */
async function readFirstPage(opened: OpenedQuorum, sessionId: string): Promise<FirstPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { result } = await opened.cdp.send<{ result: { value: FirstPage } }>(
        'Runtime.evaluate',
        { expression: READ_FIRST_PAGE, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (result.value.href !== 'about:blank' || attempt === 50) return result.value;
    } catch (error) {
      if (attempt === 50 || !String(error).includes('context was destroyed')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `npm start` as a newcomer runs it, headless: the same command line (scripts/browser-args.mjs)
 * and the same launcher (scripts/open-quorum.mjs), on a fresh profile.
 */
describe('the run command', () => {
  let profile: string;
  let opened: OpenedQuorum;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'quorum-start-'));
    opened = await openQuorum({
      chromePath: browserPath(),
      dist: CHROME_DIST,
      profile,
      extraArgs: ['--headless', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
      stdio: 'ignore',
    });
  });

  afterAll(async () => {
    if (opened) {
      await opened.cdp.send('Browser.close').catch(() => undefined);
      await opened.exited;
    }
    await rm(profile, { recursive: true, force: true });
  });

  it("opens one window whose first and only page is Quorum's new tab, showing starter picks", async () => {
    const { targetInfos } = await opened.cdp.send<{ targetInfos: { type: string; url: string; targetId: string }[] }>(
      'Target.getTargets',
    );
    const pages = targetInfos.filter((target) => target.type === 'page');
    expect(pages.map((page) => page.url)).toEqual([`chrome-extension://${opened.extensionId}/newtab.html`]);

    const { sessionId } = await opened.cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId: opened.targetId,
      flatten: true,
    });
    const first = await readFirstPage(opened, sessionId);
    expect(first.href).toBe(opened.url);
    expect(first.historyLength).toBe(1);
    const starterTitles = new Set(readStarterPack().items.map((item) => item.title));
    expect(first.titles.length).toBeGreaterThan(0);
    expect(first.titles.every((title) => starterTitles.has(title))).toBe(true);
  });

  it('ends the browser, and so the run command, when that window is closed', async () => {
    await closeWithLastPage(opened);
    await opened.cdp.send('Target.closeTarget', { targetId: opened.targetId });
    expect(await opened.exited).toBe(0);
  });
});
