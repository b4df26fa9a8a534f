import { useLayoutEffect } from 'react';

/**
 * Removes the painted snapshot in the same frame as the live page first renders (a layout
 * effect runs before the browser paints), so the reader never sees both, or neither.
 */
export function useReplaceSnapshot(liveReady: boolean) {
  useLayoutEffect(() => {
    if (!liveReady) return;
    document.getElementById('snapshot')?.replaceChildren();
    performance.mark('quorum:live');
  }, [liveReady]);
}
