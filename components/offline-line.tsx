import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db';
import { allFeeds } from '@/utils/db/feed-queries';
import { feedHealth } from '@/utils/sync/feed-health';
import { relativeTime } from './relative-time';
import { useNow } from './use-now';
import { useOnline } from './use-online';

/**
 * A quiet line while the device is offline (the browser says so, or no feed can be reached at
 * all): the library works offline and nothing needs doing, so no warning, no link, no colour.
 * Partial failures are the options page's to tell, and a feed failing for days is FeedNotice's.
 */
export function OfflineLine() {
  const feeds = useLiveQuery(() => allFeeds(db), []);
  const online = useOnline();
  const now = useNow();
  if (!feeds) return null;
  const health = feedHealth(feeds, now, online);
  if (!health.offline) return null;
  return (
    <p className="status-line" role="status">
      Offline — showing your library
      {health.updatedAt !== undefined && ` · updated ${relativeTime(health.updatedAt, now)}`}
    </p>
  );
}
