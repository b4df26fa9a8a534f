import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import type { PickedArticle } from '@/utils/db/queries';
import { canonicalUrl } from '@/utils/url';
import { queryPicksByUrl } from '@/utils/db/guide-queries';

/**
 * The article the active tab is showing, if Quorum knows it. Reading the tab's address needs
 * no standing permission: opening the popup grants activeTab for that one tab.
 */
export function useCurrentArticle(): PickedArticle | undefined {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setUrl(tab?.url ? canonicalUrl(tab.url) : null))
      .catch(() => setUrl(null));
  }, []);
  return useLiveQuery(async () => {
    if (!url) return undefined;
    const pick = (await queryPicksByUrl(db, [url])).get(url);
    return pick && !pick.reading?.dismissedAt ? pick : undefined;
  }, [url]);
}
