import type { QuorumDatabase } from '../../../utils/db/database';
import { applyLocalMark } from '../../../utils/marks/apply-changes';
import type { Mark } from '../../../utils/schemas/reading';

/**
 * A mark stored as a click on this device stores it, without the side effects (those belong
 * to utils/marks/marks.ts and have tests of their own). For tests that need marks in place.
 */
const mark =
  (which: Mark) =>
  (db: QuorumDatabase, url: string, on: boolean, now = Date.now()) =>
    applyLocalMark(db, { url, mark: which, on, by: 'testdev0', now });

export const setRead = mark('read');
export const setSaved = mark('saved');
export const setDismissed = mark('dismissed');
