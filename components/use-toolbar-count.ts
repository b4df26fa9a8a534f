import { useEffect } from 'react';
import type { Settings } from '@/utils/schemas/settings';
import { setToolbarCount } from '@/utils/toolbar-badge';

/** Keeps the toolbar icon's unread count in step with what this page counts. */
export function useToolbarCount(unread: number | undefined, settings: Settings | undefined) {
  useEffect(() => {
    if (unread === undefined || !settings) return;
    void setToolbarCount(unread, settings.toolbarBadge).catch(() => undefined);
  }, [unread, settings?.toolbarBadge]);
}
