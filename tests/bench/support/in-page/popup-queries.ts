// Bundled by page-bundle.ts and evaluated in an extension page: the database work the popup
// starts when it opens, timed apart and together, to show where its first paint waits.
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../../../utils/curation/threshold';
import { QuorumDatabase } from '../../../../utils/db/database';
import { queryPicks } from '../../../../utils/db/queries';
import { unreadCount } from '../../../../utils/db/unread/unread-count';

/** entrypoints/popup/App.tsx's POPUP_PICK_COUNT (not imported: that module pulls in React). */
const POPUP_PICKS = 5;

const since = (start: number) => performance.now() - start;

/** Each call opens a new connection, as a freshly opened popup does. */
async function coldQueries() {
  const db = new QuorumDatabase();
  let start = performance.now();
  await db.open();
  const openMs = since(start);
  start = performance.now();
  const picks = await queryPicks(db, { limit: POPUP_PICKS, threshold: DEFAULT_RELEVANCE_THRESHOLD });
  const picksMs = since(start);
  start = performance.now();
  const unread = await unreadCount(db, DEFAULT_RELEVANCE_THRESHOLD);
  const unreadMs = since(start);
  // What the popup really does: both queries at once, on one thread; the picks wait for the count.
  start = performance.now();
  let picksTogetherMs = 0;
  await Promise.all([
    queryPicks(db, { limit: POPUP_PICKS, threshold: DEFAULT_RELEVANCE_THRESHOLD }).then(
      () => (picksTogetherMs = since(start)),
    ),
    unreadCount(db, DEFAULT_RELEVANCE_THRESHOLD),
  ]);
  db.close();
  return { openMs, picksMs, unreadMs, picksTogetherMs, picks: picks.length, unread };
}

(globalThis as unknown as { popupQueries: typeof coldQueries }).popupQueries = coldQueries;
