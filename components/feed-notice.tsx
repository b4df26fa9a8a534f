import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { allFeeds } from '@/utils/db/feed-queries';
import { feedHealth, incidentKey } from '@/utils/sync/feed-health';
import { dismissedIncidents, dismissIncident } from './dismissed-incidents';
import { useNow } from './use-now';
import { useOnline } from './use-online';

const DAY_MS = 86_400_000;

/**
 * The one prominent notice about feeds: a feed failing for days while the others work. The
 * reader can dismiss it for that failure; the same feed failing again later shows it again.
 */
export function FeedNotice() {
  const feeds = useLiveQuery(() => allFeeds(db), []);
  const online = useOnline();
  const now = useNow();
  const [dismissed, setDismissed] = useState(dismissedIncidents);
  if (!feeds) return null;
  const notice = feedHealth(feeds, now, online).longFailing.find(
    (entry) => !dismissed.has(incidentKey(entry.feed, entry.since)),
  );
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
