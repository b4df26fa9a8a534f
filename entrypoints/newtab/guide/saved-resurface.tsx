import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '@/utils/db';
import { queryResurfaced } from '@/utils/db/guide-queries';
import { dismissResurfaced, getDismissals, watchDismissals } from '@/utils/paths/resurface-dismissals';

/**
 * "From your saved list": at most two articles saved two weeks ago or more and still unread,
 * each shown until it is read, unsaved or waved away, which is for good.
 */
export function SavedResurface() {
  const [dismissed, setDismissed] = useState<string[]>();
  useEffect(() => {
    let active = true;
    void getDismissals().then((urls) => active && setDismissed(urls));
    const unwatch = watchDismissals((urls) => active && setDismissed(urls));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  const key = dismissed?.join('\n');
  const picks = useLiveQuery(
    () => (dismissed ? queryResurfaced(db, Date.now(), new Set(dismissed)) : undefined),
    [key],
  );
  if (!picks?.length) return null;
  return (
    <section className="resurface" aria-labelledby="resurface-heading">
      <h2 id="resurface-heading" className="resurface__heading">
        From your saved list
      </h2>
      <ul className="resurface__list">
        {picks.map(({ article }) => (
          <li key={article.url} className="resurface__item">
            <a href={article.url} referrerPolicy="no-referrer">
              {article.title}
            </a>
            <span className="resurface__source"> · {article.source}</span>
            <button
              type="button"
              className="resurface__dismiss"
              aria-label={`Not now: ${article.title}`}
              onClick={() => void dismissResurfaced(article.url)}
            >
              Not now
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
