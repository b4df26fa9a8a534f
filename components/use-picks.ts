import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { db } from '@/utils/db';
import { NO_FILTERS, queryPicks, type Pick, type PickFilters } from '@/utils/db/queries';

/**
 * Live picks for a page: re-queried whenever articles or marks change in any tab, the popup or
 * the background. Cards once shown stay (with their current state) until the page is opened
 * again or the filters change, so marking one read never makes the list jump under the
 * pointer. `undefined` means loading.
 */
export function usePicks(limit: number, threshold: number, filters: PickFilters = NO_FILTERS): Pick[] | undefined {
  const key = JSON.stringify(filters);
  // A new set for every filter combination: what was shown under other filters does not stick.
  const shown = useMemo(() => new Set<string>(), [key]);
  const picks = useLiveQuery(
    () => queryPicks(db, { limit, threshold, filters, shown }),
    [limit, threshold, key, shown],
  );
  useEffect(() => {
    for (const pick of picks ?? []) shown.add(pick.article.url);
  }, [picks, shown]);
  return picks;
}
