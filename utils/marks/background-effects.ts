import { broadcastReadingChanged } from '../badges/broadcast';
import type { QuorumDatabase } from '../db/database';
import { refreshToolbarCount } from './toolbar-count';

/**
 * What follows a change of marks, in the background: the toolbar count once, one broadcast
 * to the open tabs (their badges ask again), and a word to whoever writes the marks out (the
 * cross-device sync), which batches on its own.
 */
export function createBackgroundEffects(db: QuorumDatabase, options: { onMarksChanged?: () => void } = {}) {
  return async (): Promise<void> => {
    options.onMarksChanged?.();
    await Promise.all([refreshToolbarCount(db), broadcastReadingChanged()]);
  };
}
