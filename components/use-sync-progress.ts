import { useEffect, useState } from 'react';
import { readProgress, syncProgressItem, type SyncProgress } from '@/utils/sync/progress';

/** The background's sync progress, live from extension storage. */
export function useSyncProgress(): SyncProgress | undefined {
  const [progress, setProgress] = useState<SyncProgress>();
  useEffect(() => {
    let active = true;
    void syncProgressItem.getValue().then((value) => active && setProgress(readProgress(value)));
    const unwatch = syncProgressItem.watch((value) => setProgress(readProgress(value)));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return progress;
}
