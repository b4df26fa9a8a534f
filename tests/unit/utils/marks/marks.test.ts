import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceToBackground } from '../../../../utils/marks/announce-to-background';
import { createBackgroundEffects } from '../../../../utils/marks/background-effects';
import { createMarks } from '../../../../utils/marks/marks';
import { article, testDatabase } from '../../support/test-db';

const A = 'https://a.example/1';
const B = 'https://a.example/2';

function owner() {
  const db = testDatabase();
  const afterChange = vi.fn();
  const marks = createMarks(db, { deviceId: async () => 'Here0001', afterChange, now: () => 1_790_000_000_000 });
  return { db, marks, afterChange };
}

describe('the marks owner', () => {
  it('stores a click with this device’s id and announces it once', async () => {
    const { db, marks, afterChange } = owner();
    await marks.set(A, 'saved', true);
    expect((await db.reading.get(A))?.changes?.saved).toEqual({ at: 1_790_000_000_000, by: 'Here0001' });
    expect(afterChange).toHaveBeenCalledTimes(1);
  });

  it('announces a merge of many changes once, and one that changed nothing not at all', async () => {
    const { marks, afterChange } = owner();
    const changes = [A, B].map((url) => ({ url, mark: 'read' as const, on: true, at: 1_700_000_000_000, by: 'x' }));
    await marks.apply(changes);
    await marks.apply(changes);
    expect(afterChange).toHaveBeenCalledTimes(1);
  });

  it('announces a bulk change once, even when it fails halfway', async () => {
    const { marks, afterChange } = owner();
    await expect(marks.inBulk(() => Promise.reject(new Error('stopped')))).rejects.toThrow('stopped');
    await marks.inBulk(async () => 3);
    expect(afterChange).toHaveBeenCalledTimes(2);
  });

  it('keeps the mark when announcing fails', async () => {
    const db = testDatabase();
    const marks = createMarks(db, {
      deviceId: async () => 'Here0001',
      afterChange: () => Promise.reject(new Error('no background')),
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(marks.set(A, 'read', true)).resolves.toMatchObject({ url: A });
    expect((await db.reading.get(A))?.readAt).not.toBeNull();
  });
});

describe('the side effects of a change', () => {
  it('in a page: one message wakes the background', async () => {
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void heard(message));
    announceToBackground();
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith({ type: 'reading-changed' }));
  });

  it('in the background: the toolbar count once, one broadcast to the tabs, one word to the sync', async () => {
    const db = testDatabase();
    await db.articles.bulkPut([article({ url: A }), article({ url: B })]);
    await db.reading.put({ url: A, readAt: 1, savedAt: null, dismissedAt: null, updatedAt: 1 });
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined) });
    const sendMessage = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.tabs, { sendMessage, query: vi.fn(async () => [{ id: 1 }, { id: 2 }]) });
    const onMarksChanged = vi.fn();
    await createBackgroundEffects(db, { onMarksChanged })();
    expect(setBadgeText).toHaveBeenCalledTimes(1);
    expect(setBadgeText).toHaveBeenCalledWith({ text: '1' });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(onMarksChanged).toHaveBeenCalledTimes(1);
  });
});
