import { browser } from 'wxt/browser';

/**
 * "This tab was opened from Quorum": a short-lived note the new tab and the popup write just
 * before they open an article, which the badges script on the article's page reads and clears
 * to honour autoMarkRead 'from-quorum'. A referrer cannot tell (Quorum's links send none), and
 * the popup closes as the article opens, so the note is one write and nothing before it: the
 * request leaves with the click, even if the popup is gone before it is stored. The badges
 * script reads it (entrypoints/badges.content/take-opened-from-quorum.ts).
 *
 * One note, the latest: several articles opened at once (middle clicks down the new tab) come
 * from a page that stays open and marks them itself. Kept in extension storage (content
 * scripts can read storage.local, not storage.session); this file stays free of dependencies,
 * since the content script bundles its key and lifetime.
 */
export const OPENED_FROM_QUORUM_KEY = 'openedFromQuorum';

/** Long enough for a slow page to load; short enough that a later visit is not mistaken. */
export const OPENED_FROM_QUORUM_TTL_MS = 2 * 60_000;

/** Notes that Quorum is opening this article (its canonical URL). */
export function recordOpenedFromQuorum(url: string, now = Date.now()): Promise<void> {
  return browser.storage.local.set({ [OPENED_FROM_QUORUM_KEY]: { url, at: now } });
}
