import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadingState } from '../../utils/schemas/reading';
import { readStarterPack } from '../support/starter-pack';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readStore } from './support/messages';

const pack = readStarterPack();
const consensus = pack.paths!.find((path) => path.id === 'consensus')!;
const total = consensus.steps.length;
const [first, second, third] = consensus.steps;

const nextUp = (page: Page) => page.locator('#root .next-up');
const progressOf = (page: Page) => nextUp(page).locator('.next-up__progress').textContent();
const hrefOf = (page: Page) => nextUp(page).locator('.next-up__title a').getAttribute('href');

async function openNewTab(session: ExtensionSession): Promise<Page> {
  const page = await session.openPage('newtab.html');
  await page.locator('#root article').first().waitFor({ timeout: 20_000 });
  return page;
}

describe('a learning path travels in the JSON export to a fresh profile', () => {
  let a: ExtensionSession;
  let b: ExtensionSession | undefined;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quorum-path-export-'));
    a = await launchExtension();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps the chosen path, the read first step and the skipped second step', async () => {
    // Profile A: choose Consensus, read step 1 through Next up, skip step 2.
    const tab = await openNewTab(a);
    await tab.getByRole('toolbar', { name: 'Sections' }).getByRole('button', { name: 'Paths' }).click();
    await tab.getByRole('radio', { name: /^Consensus/ }).click();
    await expect.poll(() => progressOf(tab)).toBe(`Consensus · step 1 of ${total}`);
    expect(await hrefOf(tab)).toBe(first);
    await nextUp(tab).getByRole('button', { name: 'Mark read and continue' }).click();
    await expect.poll(() => progressOf(tab)).toBe(`Consensus · step 2 of ${total}`);
    expect(await hrefOf(tab)).toBe(second);
    await nextUp(tab).getByRole('button', { name: 'Skip' }).click();
    await expect.poll(() => progressOf(tab)).toBe(`Consensus · step 3 of ${total}`);
    expect(await hrefOf(tab)).toBe(third);

    // Export from A's options page, and look inside the file.
    const options = await a.openPage('options.html');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const file = join(folder, 'quorum-paths.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      reading: ReadingState[];
      pathProgress?: { currentPathId: string | null; skipped: string[]; updatedAt: number };
    };
    expect(exported.pathProgress).toMatchObject({ currentPathId: 'consensus', skipped: [second] });
    expect(exported.pathProgress!.updatedAt).toBeGreaterThan(0);
    expect(exported.reading.find((mark) => mark.url === first)?.readAt).toBeTypeOf('number');
    expect(exported.reading.find((mark) => mark.url === second)?.readAt ?? null).toBeNull();

    // Profile B starts with no path; a new tab open during the import hears of it without reload.
    b = await launchExtension();
    const before = await openNewTab(b);
    expect(await nextUp(before).count()).toBe(0);
    const importer = await b.openPage('options.html');
    await importer.locator('#data input[type=file]').setInputFiles(file);
    const summary = importer.getByRole('region', { name: 'Import summary' });
    await summary.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => importer.locator('#data [role=status]').textContent())
      .toMatch(/^Imported “quorum-paths\.json”/);
    expect((await readStore<ReadingState>(importer, 'reading')).find((mark) => mark.url === first)?.readAt).toBe(
      exported.reading.find((mark) => mark.url === first)!.readAt,
    );

    await expect.poll(() => progressOf(before)).toBe(`Consensus · step 3 of ${total}`);
    expect(await hrefOf(before)).toBe(third);
    // And a new tab opened after the import starts there too.
    const after = await openNewTab(b);
    await expect.poll(() => progressOf(after)).toBe(`Consensus · step 3 of ${total}`);
    expect(await hrefOf(after)).toBe(third);
    // The picker in B shows Consensus as the current choice.
    await after.getByRole('toolbar', { name: 'Sections' }).getByRole('button', { name: 'Paths' }).click();
    expect(await after.getByRole('radio', { name: /^Consensus/ }).isChecked()).toBe(true);
  });
});
