import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '@/utils/db';
import { unreadCount } from '@/utils/db/queries';
import type { Settings } from '@/utils/schemas/settings';
import { setToolbarCount } from '@/utils/toolbar-badge';
import { unreadLabel } from './unread-label';

/**
 * The unread count above the relevance threshold, live, with its label for the header. The
 * page that counts also keeps the toolbar icon's count in step, so it is right even while the
 * service worker sleeps. `undefined` while loading.
 */
export function useUnread(
  threshold: number,
  settings: Settings | undefined,
): { unread: number | undefined; countLabel: string | undefined } {
  const unread = useLiveQuery(() => unreadCount(db, threshold), [threshold]);
  useEffect(() => {
    if (unread === undefined || !settings) return;
    void setToolbarCount(unread, settings.toolbarBadge).catch(() => undefined);
  }, [unread, settings?.toolbarBadge]);
  return { unread, countLabel: unread === undefined ? undefined : unreadLabel(unread) };
}
