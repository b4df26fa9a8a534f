import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { PickCard, type CardActions } from '@/components/pick-card';
import { db } from '@/utils/db';
import { queryPicksByUrl } from '@/utils/db/guide-queries';

/**
 * A card that a "Read first" or "Gentler" link asked for and that the list does not show:
 * pinned above the list, scrolled to and focused, until the reader closes it.
 */
export function FocusedCard({ url, actions, onClose }: { url: string; actions: CardActions; onClose(): void }) {
  const pick = useLiveQuery(() => queryPicksByUrl(db, [url]).then((found) => found.get(url) ?? null), [url]);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!pick) return;
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus();
  }, [pick]);
  if (!pick) return null;
  return (
    <section className="focused" aria-label="Read first">
      <PickCard ref={ref} pick={pick} actions={actions} />
      <button type="button" className="focused__close" onClick={onClose}>
        Back to picks
      </button>
    </section>
  );
}
