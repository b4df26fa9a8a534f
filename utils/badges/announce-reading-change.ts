import { browser } from 'wxt/browser';
import type { Request } from '../messaging';

/**
 * Called after a page (new tab, popup, options) changes a reading mark. Content scripts cannot
 * see the extension's database, so the background must pass the news on; this message is
 * what wakes a sleeping service worker to do it. Fire and forget: with no background to
 * answer (or in the background itself) there is nobody to tell, and the mark is stored anyway.
 */
export function announceReadingChange(): void {
  const message: Request = { type: 'reading-changed' };
  try {
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // A context without messaging (a test, a torn-down page): nothing to announce to.
  }
}
