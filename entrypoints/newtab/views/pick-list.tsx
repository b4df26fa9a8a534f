import type { RefObject } from 'react';
import { PickCard, type CardActions } from '@/components/pick-card';
import type { Pick } from '@/utils/db/queries';

interface PickListProps {
  picks: Pick[];
  actions: CardActions;
  activeIndex: number;
  cardRefs: RefObject<(HTMLElement | null)[]>;
  label: string;
}

export function PickList({ picks, actions, activeIndex, cardRefs, label }: PickListProps) {
  return (
    <ul className="picks" aria-label={label}>
      {picks.map((pick, index) => (
        <li key={pick.article.url}>
          <PickCard
            pick={pick}
            actions={actions}
            active={index === activeIndex}
            ref={(node) => {
              cardRefs.current[index] = node;
            }}
          />
        </li>
      ))}
    </ul>
  );
}
