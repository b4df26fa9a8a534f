import { browser } from 'wxt/browser';
import type { Request } from '../messaging';

/**
 * A page's side of a mark change: the background owns the toolbar count, the open tabs'
 * badges and the sync write, and this message is what wakes a sleeping service worker to do
 * them. Fire and forget: with no background to answer there is nobody to tell, and the mark
 * is stored anyway; the pages themselves follow the database through their live queries.
 */
export function announceToBackground(): void {
  const message: Request = { type: 'reading-changed' };
  try {
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // A context without messaging (a test, a torn-down page): nothing to announce to.
  }
}
