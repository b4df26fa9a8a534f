/**
 * The parts of the badge protocol the content script needs at run time. Kept free of Zod (and
 * of every other dependency) so the content script bundle stays small; utils/messaging.ts
 * builds its schemas from these same constants, so the two sides cannot drift apart.
 */

/** Most URLs in one `lookup-urls` request: a page with more links asks in several batches. */
export const LOOKUP_BATCH_MAX = 500;

/** Longest URL worth asking about; canonicalUrl never returns a longer one. */
export { MAX_URL_LENGTH } from '../url';

/**
 * How a known article looks to the user: an unread pick, saved for later, already read, or
 * dismissed ("not interested": known, but shown no badge).
 */
export const LINK_STATES = ['unread', 'saved', 'read', 'dismissed'] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** The one message the background sends to tabs: marks changed somewhere, ask again. */
export const READING_CHANGED = 'reading-changed';
export interface ReadingChangedBroadcast {
  type: typeof READING_CHANGED;
}
