import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import { PickCard, type CardActions } from '@/components/pick-card';
import { isDismissed, type PickedArticle } from '@/utils/db/queries';

interface PickListProps {
  picks: PickedArticle[];
  actions: CardActions & { restore(pick: PickedArticle): void };
  activeIndex: number;
  cardRefs: RefObject<(HTMLElement | null)[]>;
  label: string;
  /** Picks: a card dismissed here folds into a line. Elsewhere (search) dismissed cards show whole. */
  foldDismissed: boolean;
}

/**
 * A card drawn again only when its own props change: as the reader types, the page re-renders
 * on every key and each answer keeps most of the previous one's cards (search hands back the
 * same object for an unchanged hit), so only the cards that came or changed cost anything.
 */
const ListedCard = memo(PickCard);

/**
 * The list of cards. Memoised as a whole: a keystroke in the search field re-renders the page,
 * and the list, until the answer for it arrives, has nothing to redo.
 */
export const PickList = memo(function PickList({
  picks,
  actions,
  activeIndex,
  cardRefs,
  label,
  foldDismissed,
}: PickListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // The cards by position, for keyboard navigation (a folded pick has none). Read from the list
  // after each change rather than set by ref callbacks, which would differ on every render and
  // draw each card again.
  useLayoutEffect(() => {
    cardRefs.current = Array.from(listRef.current?.children ?? [], (item) =>
      item.querySelector<HTMLElement>(':scope > article'),
    );
  });
  return (
    <ul className="picks" aria-label={label} id="quorum-list" ref={listRef}>
      {picks.map((pick, index) => (
        <li key={pick.article.url}>
          {foldDismissed && isDismissed(pick.reading) ? (
            // Folded in place, so the cards around it do not move.
            <p className="pick pick--folded" data-url={pick.article.url}>
              Dismissed “{pick.article.title}”.{' '}
              <button type="button" className="link-button" onClick={() => actions.restore(pick)}>
                Restore
              </button>
            </p>
          ) : (
            <ListedCard pick={pick} actions={actions} active={index === activeIndex} />
          )}
        </li>
      ))}
    </ul>
  );
});
