import type { RefObject } from 'react';
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

export function PickList({ picks, actions, activeIndex, cardRefs, label, foldDismissed }: PickListProps) {
  return (
    <ul className="picks" aria-label={label} id="quorum-list">
      {picks.map((pick, index) => (
        <li key={pick.article.url}>
          {foldDismissed && isDismissed(pick.reading) ? (
            // Folded in place, so the cards around it do not move.
            <p className="pick pick--folded">
              Dismissed “{pick.article.title}”.{' '}
              <button type="button" className="link-button" onClick={() => actions.restore(pick)}>
                Restore
              </button>
            </p>
          ) : (
            <PickCard
              pick={pick}
              actions={actions}
              active={index === activeIndex}
              ref={(node) => {
                cardRefs.current[index] = node;
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
