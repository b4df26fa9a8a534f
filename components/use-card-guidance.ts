import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/utils/db';
import { guidanceUrls, queryPicksByUrl } from '@/utils/db/guide-queries';
import { isRead, type PickedArticle } from '@/utils/db/queries';
import type { CardGuidanceValue, LinkedArticle } from './card-guidance';

/**
 * The prerequisites and gentler items of the cards on screen, with their titles and whether
 * they are read, live: reading a prerequisite anywhere removes its "Read first" line here.
 * `known` is what the list's own query already read for these cards (the new tab's picks read
 * them with the cards, usePicksAnswer); other lists are looked up here.
 */
export function useCardGuidanceValue(
  picks: readonly PickedArticle[] | undefined,
  showCard?: (url: string) => void,
  known?: ReadonlyMap<string, PickedArticle>,
): CardGuidanceValue {
  const urls = useMemo(() => guidanceUrls(picks ?? []), [picks]);
  const key = urls.join('\n');
  // Tagged with the URLs it answers: while a new set is read, the last answer stays on screen
  // but does not count as ready, so a snapshot is never saved without a card's "Read first".
  const answer = useLiveQuery(
    async () => (known ? undefined : { key, found: await queryPicksByUrl(db, urls) }),
    [key, known === undefined],
  );
  const found = known ?? answer?.found;
  const ready = known !== undefined || answer?.key === key;
  return useMemo(() => {
    const linked = new Map<string, LinkedArticle>();
    for (const [url, pick] of found ?? []) {
      linked.set(url, { url, title: pick.article.title, read: isRead(pick.reading) });
    }
    return { linked, ready, ...(showCard ? { showCard } : {}) };
  }, [found, ready, showCard]);
}
