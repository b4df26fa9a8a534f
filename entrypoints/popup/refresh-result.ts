import type { SyncNowResponseSchema } from '@/utils/messaging';
import type { z } from '@/utils/schemas/zod';
import { countOf } from '@/utils/text/count-of';

type Summary = z.infer<typeof SyncNowResponseSchema>;

/** How a refresh ended, in one sentence: what changed, or why nothing did. */
export function refreshResult(summary: Summary): string {
  const { total, failed, added } = summary;
  if (total === 0) return 'No feeds to refresh.';
  // Every feed failing at once is the device (offline, or a proxy), not the feeds.
  if (failed === total) return 'Offline, nothing changed: no feed could be reached. Your library is still here.';
  const news = added === 0 ? 'No new articles' : countOf(added, 'new article');
  if (failed === 0) return `${news}.`;
  return `${news}; ${failed} of ${total} feeds could not be refreshed (see Options).`;
}
