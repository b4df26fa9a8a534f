import type { ReadingState } from '../schemas/reading';
import type { LinkState } from './protocol';

/**
 * One state per article for its badge. Read wins over saved: once read, a saved article has
 * done its job as a reminder. Dismissed ("not interested") articles get no badge at all.
 */
export function linkState(reading: ReadingState | undefined): LinkState {
  if (reading?.dismissedAt != null) return 'dismissed';
  if (reading?.readAt != null) return 'read';
  if (reading?.savedAt != null) return 'saved';
  return 'unread';
}
