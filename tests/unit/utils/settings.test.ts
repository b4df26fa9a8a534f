import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/schemas/settings';
import { coerceSettings, getSettings, updateSettings, watchSettings } from '../../../utils/settings';

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and tells watchers', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.refreshMinutes));
    await updateSettings({ refreshMinutes: 30 });
    expect((await getSettings()).refreshMinutes).toBe(30);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([30]);
    unwatch();
  });

  it('refuses a value outside its range and keeps the stored one', async () => {
    await updateSettings({ refreshMinutes: 120 });
    await expect(updateSettings({ refreshMinutes: 5 })).rejects.toThrow();
    expect((await getSettings()).refreshMinutes).toBe(120);
  });

  it('keeps every good field of a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { theme: 'dark', refreshMinutes: 'soon', toolbarBadge: false, unknown: 1 },
    });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', toolbarBadge: false });
  });

  it('reads garbage as the defaults', () => {
    expect(coerceSettings('not settings')).toEqual(DEFAULT_SETTINGS);
    expect(coerceSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
