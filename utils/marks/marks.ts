import type { QuorumDatabase } from '../db/database';
import type { Mark, ReadingState } from '../schemas/reading';
import { applyLocalMark, applyMarkChanges } from './apply-changes';
import type { MarkChange } from './registers';

export interface MarksOptions {
  deviceId: () => Promise<string>;
  /**
   * What must happen after marks changed, once per change or bulk change: in the background,
   * the toolbar count, the open tabs and the sync write; in a page, a word to the background.
   */
  afterChange: () => Promise<void> | void;
  now?: () => number;
}

/**
 * The one owner of reading marks and their side effects. Card clicks, badge marks, imports,
 * other devices' changes and resets all go through here: the per-mark merge in one
 * transaction, then the side effects once.
 */
export function createMarks(db: QuorumDatabase, options: MarksOptions) {
  const now = options.now ?? Date.now;
  const announce = async () => {
    try {
      await options.afterChange();
    } catch (error) {
      // The marks are stored; a count or a tab left behind catches up on the next change.
      console.warn('Quorum: could not announce a change of reading marks:', error);
    }
  };
  return {
    /** A mark set or cleared on this device. */
    async set(url: string, mark: Mark, on: boolean): Promise<ReadingState> {
      const row = await applyLocalMark(db, { url, mark, on, by: await options.deviceId(), now: now() });
      await announce();
      return row;
    },
    /** Changes made elsewhere (another device, a file): newest per mark wins. */
    async apply(changes: readonly MarkChange[]): Promise<ReadingState[]> {
      const changed = await applyMarkChanges(db, changes);
      if (changed.length > 0) await announce();
      return changed;
    },
    /**
     * A bulk change (an import, a reset, a merge from another device) runs `work`, which must
     * change marks through utils/marks/apply-changes.ts, then announces once: always, or when
     * `changed` says the result changed something.
     */
    async inBulk<T>(work: () => Promise<T>, changed: (result: T) => boolean = () => true): Promise<T> {
      let result: T | undefined;
      let finished = false;
      try {
        result = await work();
        finished = true;
        return result;
      } finally {
        // A bulk change that failed halfway may still have changed something: announce it.
        if (!finished || changed(result as T)) await announce();
      }
    },
  };
}
export type Marks = ReturnType<typeof createMarks>;
/** What code that only sets marks needs of the owner: a page passes pageMarks, a test a fake. */
export type MarkSetter = Pick<Marks, 'set'>;
