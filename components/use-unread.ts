import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '@/utils/db';
import { ensureUnreadTally, unreadCount } from '@/utils/db/unread/unread-count';
import { unreadLabel } from './unread-label';

/** How long a page waits for an idle moment before counting the histogram all the same. */
const COUNT_WHEN_IDLE_WITHIN_MS = 2_000;

/**
 * The unread count above the relevance threshold, live, with its label for the header.
 * `undefined` while loading. The toolbar icon's count is the background's (utils/marks/).
 */
export function useUnread(threshold: number): { unread: number | undefined; countLabel: string | undefined } {
  const unread = useLiveQuery(() => unreadCount(db, threshold), [threshold]);
  // A page opened before the background has counted (just after an update or a reset) counts
  // once itself; the live query above then reads the kept histogram. One row read otherwise.
  // Counting holds a read-write transaction over the articles and marks, which every read
  // started after it waits for, so it waits for an idle moment: the page's first picks come
  // first, and meanwhile the live query counts exactly without writing.
  useEffect(() => {
    const count = () => void ensureUnreadTally(db).catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(count, 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(count, { timeout: COUNT_WHEN_IDLE_WITHIN_MS });
    return () => cancelIdleCallback(idle);
  }, []);
  return { unread, countLabel: unread === undefined ? undefined : unreadLabel(unread) };
}
