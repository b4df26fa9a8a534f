import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { db } from '@/utils/db';
import { picksKeepingShown, type Pick } from '@/utils/db/queries';

/**
 * Live picks for a page: re-queried whenever articles or marks change in any tab, popup or
 * the background. Articles once shown stay shown (with their current state) until the page
 * is opened again, so marking one read never makes the list jump. `undefined` means loading.
 */
export function usePicks(limit: number): Pick[] | undefined {
  const shown = useRef(new Set<string>());
  const picks = useLiveQuery(() => picksKeepingShown(db, limit, shown.current), [limit]);
  useEffect(() => {
    for (const pick of picks ?? []) shown.current.add(pick.article.url);
  }, [picks]);
  return picks;
}
