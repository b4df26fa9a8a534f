import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';
import { sendFromPage } from './support/messages';
import { startSourceSites, type SourceSites } from './support/source-sites';

describe('the background refuses what it should not do', () => {
  let sites: SourceSites;
  let session: ExtensionSession;

  beforeAll(async () => {
    sites = await startSourceSites(['evil.example']);
    sites.routes.set(
      'evil.example/',
      (_, response) =>
        void response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>evil</title><p>evil'),
    );
    session = await launchExtension({ args: sites.chromiumArgs });
    // Let the first sync after install finish, so "no sync is running" below means something.
    const page = await session.openPage('options.html');
    await page.waitForFunction(
      async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            storage: {
              local: { get(key: string): Promise<{ syncProgress?: { running: boolean; finishedAt?: number } }> };
            };
          };
        };
        const { syncProgress } = await chrome.storage.local.get('syncProgress');
        return syncProgress?.running === false && syncProgress.finishedAt !== undefined;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  });
  afterAll(async () => {
    await session?.close();
    await sites?.close();
  });

  it.each([
    ['an unknown type', { type: 'reset-everything' }],
    ['a wrong field type', { type: 'sync-now', feedIds: 'all' }],
    ['too many ids', { type: 'sync-now', feedIds: Array.from({ length: 5000 }, (_, i) => `feed:${i}`) }],
    ['a string', 'sync-now'],
    ['null', null],
  ])('answers %s with a refusal and does no work', async (_, message) => {
    const page = await session.openPage('options.html');
    const sentAt = await page.evaluate(() => Date.now());
    const answer = await sendFromPage(page, message);
    expect(answer).toEqual({ ok: false, error: 'Quorum did not understand this request.' });
    // Time for a sync the request might have started to show in its progress.
    await page.waitForTimeout(300);
    const { syncProgress } = await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: { get(key: string): Promise<{ syncProgress?: { running: boolean; startedAt?: number } }> };
            };
          };
        }
      ).chrome.storage.local.get('syncProgress'),
    );
    // No sync began from the request on: one that began before it is not this request's work.
    expect(syncProgress?.startedAt ?? 0).toBeLessThan(sentAt);
  });

  it('cannot be reached from a web page at all', async () => {
    const page = await session.context.newPage();
    await page.goto('https://evil.example/');
    const reach = await page.evaluate((id) => {
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return { hasSendMessage: typeof runtime?.sendMessage, id };
    }, session.extensionId);
    // Without externally_connectable, pages get no runtime messaging to the extension.
    expect(reach.hasSendMessage).toBe('undefined');
    // Nor can a page load the extension's pages or data as resources.
    const fetched = await page.evaluate(async (id) => {
      try {
        await fetch(`chrome-extension://${id}/packs/starter.json`);
        return 'loaded';
      } catch {
        return 'refused';
      }
    }, session.extensionId);
    expect(fetched).toBe('refused');
  });
});
