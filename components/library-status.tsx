import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { allFeeds } from '@/utils/db/library-queries';
import { feedHealth, incidentKey } from '@/utils/sync/feed-health';
import { dismissedIncidents, dismissIncident } from './dismissed-incidents';
import { relativeTime } from './relative-time';
import { useNow } from './use-now';
import { useOnline } from './use-online';

const DAY_MS = 86_400_000;

/**
 * The library's state in one calm line. Offline (the browser says so, or no feed can be
 * reached at all) it is a quiet note: the library works offline and nothing needs doing. A
 * prominent notice is kept for one feed failing for days while others work, and the reader
 * can dismiss it for that failure. Shorter or partial failures are the options page's to tell.
 */
export function LibraryStatus() {
  const feeds = useLiveQuery(() => allFeeds(db), []);
  const online = useOnline();
  const now = useNow();
  const [dismissed, setDismissed] = useState(dismissedIncidents);
  if (!feeds) return null;
  const health = feedHealth(feeds, now, online);
  if (health.offline) {
    return (
      <p className="status-line" role="status">
        Offline — showing your library
        {health.updatedAt !== undefined && ` · updated ${relativeTime(health.updatedAt, now)}`}
      </p>
    );
  }
  const notice = health.longFailing.find((entry) => !dismissed.has(incidentKey(entry.feed, entry.since)));
  if (!notice) return null;
  const days = Math.floor((now - notice.since) / DAY_MS);
  const key = incidentKey(notice.feed, notice.since);
  return (
    <div className="banner" role="note">
      <p>
        “{notice.feed.title}” has not refreshed for {days} days. {notice.feed.lastError}{' '}
        <a href={`${browser.runtime.getURL('/options.html')}#feed-${encodeURIComponent(notice.feed.id)}`}>
          See the feed in options
        </a>
      </p>
      <button
        type="button"
        onClick={() => {
          dismissIncident(key);
          setDismissed(new Set([...dismissed, key]));
        }}
      >
        Dismiss notice
      </button>
    </div>
  );
}
