import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';

/**
 * A calm note when feeds fail to refresh, linking to where the reason is written: the feed's
 * own row in options when it is one feed, the list when it is several.
 */
export function FeedErrorsBanner() {
  const failing = useLiveQuery(() => db.feeds.filter((feed) => feed.enabled && feed.errorCount > 0).toArray(), []);
  if (!failing || failing.length === 0) return null;
  const options = browser.runtime.getURL('/options.html');
  const [first] = failing;
  const href = failing.length === 1 && first ? `${options}#feed-${encodeURIComponent(first.id)}` : `${options}#feeds`;
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const text = offline
    ? 'You are offline, so feeds cannot refresh. Your picks come from the library on this device.'
    : failing.length === 1
      ? `“${first?.title}” could not be refreshed.`
      : `${failing.length} feeds could not be refreshed.`;
  return (
    <p className="banner" role="note">
      {text}{' '}
      <a href={href} target="_blank" rel="noopener">
        {failing.length === 1 ? 'See why' : 'See which and why'}
      </a>
    </p>
  );
}
