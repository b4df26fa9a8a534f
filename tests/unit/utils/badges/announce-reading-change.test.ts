import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setDismissed, setRead, setSaved } from '../../../../utils/db/reading-state';
import { testDatabase } from '../../support/test-db';

describe('a mark made on a page', () => {
  it('is announced to the background, which passes it on to the tabs with badges', async () => {
    const db = testDatabase();
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void heard(message));
    await setRead(db, 'https://a.example/1', true);
    await setSaved(db, 'https://a.example/1', true);
    await setDismissed(db, 'https://a.example/1', true);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(3));
    expect(heard).toHaveBeenCalledWith({ type: 'reading-changed' });
  });

  it('is stored even when nobody listens', async () => {
    const db = testDatabase();
    await expect(setRead(db, 'https://a.example/2', true)).resolves.toMatchObject({ url: 'https://a.example/2' });
  });
});
