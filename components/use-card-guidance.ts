import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/utils/db';
import { queryPicksByUrl } from '@/utils/db/guide-queries';
import { isRead, type PickedArticle } from '@/utils/db/queries';
import type { CardGuidanceValue, LinkedArticle } from './card-guidance';

/**
 * The prerequisites and gentler items of the cards on screen, with their titles and whether
 * they are read, live: reading a prerequisite anywhere removes its "Read first" line here.
 */
export function useCardGuidanceValue(
  picks: readonly PickedArticle[] | undefined,
  showCard?: (url: string) => void,
): CardGuidanceValue {
  const urls = useMemo(() => {
    const wanted = new Set<string>();
    for (const { article } of picks ?? []) {
      for (const url of article.prerequisites ?? []) wanted.add(url);
      if (article.easier) wanted.add(article.easier);
    }
    return [...wanted].sort();
  }, [picks]);
  const key = urls.join('\n');
  // Tagged with the URLs it answers: while a new set is read, the last answer stays on screen
  // but does not count as ready, so a snapshot is never saved without a card's "Read first".
  const answer = useLiveQuery(
    async () => ({ key, found: urls.length ? await queryPicksByUrl(db, urls) : new Map<string, PickedArticle>() }),
    [key],
  );
  return useMemo(() => {
    const linked = new Map<string, LinkedArticle>();
    for (const [url, pick] of answer?.found ?? []) {
      linked.set(url, { url, title: pick.article.title, read: isRead(pick.reading) });
    }
    return { linked, ready: answer?.key === key, ...(showCard ? { showCard } : {}) };
  }, [answer, key, showCard]);
}
