import { browser } from 'wxt/browser';
import { OPENED_FROM_QUORUM_KEY, OPENED_FROM_QUORUM_TTL_MS } from '@/utils/badges/opened-from-quorum';

/** True when Quorum opened this article moments ago; the note is used up (or dropped, when stale). */
export async function takeOpenedFromQuorum(url: string, now = Date.now()): Promise<boolean> {
  const note: unknown = (await browser.storage.local.get(OPENED_FROM_QUORUM_KEY))[OPENED_FROM_QUORUM_KEY];
  if (note === undefined) return false;
  const { url: noted, at } = (typeof note === 'object' && note !== null ? note : {}) as { url?: unknown; at?: unknown };
  const fresh = typeof at === 'number' && now - at >= 0 && now - at < OPENED_FROM_QUORUM_TTL_MS;
  const mine = fresh && noted === url;
  // Another article's fresh note belongs to a tab still loading: it stays.
  if (mine || !fresh) await browser.storage.local.remove(OPENED_FROM_QUORUM_KEY);
  return mine;
}
