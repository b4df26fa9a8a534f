import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '@/utils/db';
import { ensureUnreadTally, unreadCount } from '@/utils/db/unread/unread-count';
import { unreadLabel } from './unread-label';

/**
 * The unread count above the relevance threshold, live, with its label for the header.
 * `undefined` while loading. The toolbar icon's count is the background's (utils/marks/).
 */
export function useUnread(threshold: number): { unread: number | undefined; countLabel: string | undefined } {
  const unread = useLiveQuery(() => unreadCount(db, threshold), [threshold]);
  // A page opened before the background has counted (just after an update or a reset) counts
  // once itself; the live query above then reads the kept histogram. One row read otherwise.
  useEffect(() => {
    void ensureUnreadTally(db).catch(() => undefined);
  }, []);
  return { unread, countLabel: unread === undefined ? undefined : unreadLabel(unread) };
}
