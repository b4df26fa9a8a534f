import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../../utils/message-handlers';
import type { SyncService } from '../../../utils/sync/sync-service';
import { sendToBackground } from '../support/send-message';
import { testDatabase } from '../support/test-db';

const summary = { total: 2, updated: 1, notModified: 1, failed: 0, added: 3, pruned: 0 };

function setup() {
  const sync = vi.fn(async () => summary);
  registerMessageHandlers(
    { sync: Object.assign(sync, { isRunning: () => false }), knownUrls: {} } as unknown as SyncService,
    testDatabase(),
  );
  const send = async (message: unknown, sender: { id?: string; url?: string }) => ({
    answer: await sendToBackground(message, sender),
  });
  return { sync, send };
}

describe('background message handlers', () => {
  it('runs a forced sync for "sync-now" from our own pages and answers with its summary', async () => {
    const { sync, send } = setup();
    const { answer } = await send({ type: 'sync-now' }, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: true, ...summary });
    expect(sync).toHaveBeenCalledWith({ force: true });
  });

  it('syncs just the feeds asked for', async () => {
    const { sync, send } = setup();
    await send({ type: 'sync-now', feedIds: ['feed:a'] }, { id: fakeBrowser.runtime.id });
    expect(sync).toHaveBeenCalledWith({ feedIds: ['feed:a'] });
  });

  it.each([
    ['an unknown type', { type: 'drop-tables' }],
    ['a wrong field', { type: 'sync-now', feedIds: 'all' }],
    ['not an object', 'sync-now'],
    ['null', null],
  ])('refuses %s with a clear answer and does no work', async (_, message) => {
    const { sync, send } = setup();
    const { answer } = await send(message, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: false, error: 'Quorum did not understand this request.' });
    expect(sync).not.toHaveBeenCalled();
  });

  it('ignores messages from anyone but this extension', async () => {
    const { sync, send } = setup();
    const { answer } = await send({ type: 'sync-now' }, { id: 'another-extension', url: 'https://evil.example/' });
    expect(answer).toBeUndefined();
    expect(sync).not.toHaveBeenCalled();
  });
});
