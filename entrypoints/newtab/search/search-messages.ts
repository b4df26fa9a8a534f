import type { SearchAnswer } from './search-engine';

/** What the page asks the search worker. Both sides are Quorum's own code, in one extension. */
export type SearchRequest =
  | { type: 'query'; id: number; query: string }
  /** The library changed (a sync, a prune): bring the index in line, then say so. */
  | { type: 'refresh'; id: number };

export type SearchReply =
  /** Sent once, unasked, when the library is indexed: from then on a query only searches. */
  | { type: 'ready'; id: 0; articles: number }
  | { type: 'answer'; id: number; answer: SearchAnswer }
  | { type: 'refreshed'; id: number; changed: boolean }
  | { type: 'failed'; id: number; message: string };
