import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db';
import { unreadCount } from '@/utils/db/unread/unread-count';
import { unreadLabel } from './unread-label';

/**
 * The unread count above the relevance threshold, live, with its label for the header.
 * `undefined` while loading. The toolbar icon's count is the background's (utils/marks/).
 */
export function useUnread(threshold: number): { unread: number | undefined; countLabel: string | undefined } {
  const unread = useLiveQuery(() => unreadCount(db, threshold), [threshold]);
  return { unread, countLabel: unread === undefined ? undefined : unreadLabel(unread) };
}
