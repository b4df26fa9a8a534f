import type { Page } from 'playwright-core';

/**
 * Changes settings the way the options page does: one write to extension storage, which every
 * open page hears. Merges into what is stored.
 */
export async function setSettings(page: Page, change: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (patch) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: {
          local: {
            get(key: string): Promise<Record<string, unknown>>;
            set(items: Record<string, unknown>): Promise<void>;
          };
        };
      };
    };
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...patch } });
  }, change);
}
