import type { SearchAnswer } from './search-engine';

/** What the page asks the search worker. Both sides are Quorum's own code, in one extension. */
export interface SearchRequest {
  type: 'query';
  id: number;
  query: string;
}

export type SearchReply =
  | { type: 'answer'; id: number; answer: SearchAnswer }
  | { type: 'failed'; id: number; message: string }
  /** Sent once, unasked, when the index is in: from then on the page's own early answers stop. */
  | { type: 'loaded'; id: 0 }
  /**
   * Sent once, unasked, when the library is indexed, the first keys answered ahead and the
   * index stored for the next new tab: from then on a query only searches.
   */
  | { type: 'ready'; id: 0 }
  /** Sent unasked when answers given may be out of date: articles came or went, a mark changed. */
  | { type: 'changed'; id: 0 };
