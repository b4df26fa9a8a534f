import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/schemas/article';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';
import { putRows, waitForLibrary } from './support/seed';

const STARTER = readStarterPack().items.length;

describe('the unread histogram, when it is missing', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the exact count at once, then the page counts the histogram itself and keeps it right', async () => {
    const page = await session.openPage('options.html');
    await waitForLibrary(page, STARTER);
    // Rewriting the library with the raw API drops the histogram, as a clear or an upgrade does.
    await putRows(page, 'articles', await readStore<Article>(page, 'articles'));
    expect(await readStore(page, 'tallies')).toEqual([]);

    const newtab = await session.openPage('newtab.html');
    await expect
      .poll(() => newtab.locator('.newtab__count').textContent(), { timeout: 15_000 })
      .toBe(`${STARTER} unread picks`);
    // Counted when the page was idle, not before its picks.
    await expect.poll(async () => (await readStore(page, 'tallies')).length, { timeout: 15_000 }).toBe(1);

    await newtab.locator('#root article').first().getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => newtab.locator('.newtab__count').textContent()).toBe(`${STARTER - 1} unread picks`);
  });
});
