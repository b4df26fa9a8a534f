import type { RefObject } from 'react';
import type { PickedArticle } from '@/utils/db/queries';
import { clockTime } from '@/utils/text/clock-time';
import { groupByDay } from './day-groups';

interface CompactListProps {
  picks: PickedArticle[];
  /** The mark whose time orders and groups the list. */
  mark: 'readAt' | 'dismissedAt';
  label: string;
  action: { label: string; run(pick: PickedArticle): void };
  activeIndex: number;
  rowRefs: RefObject<(HTMLElement | null)[]>;
}

/**
 * History and Dismissed: one line per article, grouped by day, with the time of the mark and
 * one action (Mark as unread, Restore). Many fit on a screen, unlike full cards.
 */
export function CompactList({ picks, mark, label, action, activeIndex, rowRefs }: CompactListProps) {
  // Rows are numbered across the days, as keyboard navigation counts them.
  const numbered = picks.map((pick, at) => ({ pick, at }));
  return (
    <div className="days" aria-label={label} role="region">
      {groupByDay(numbered, ({ pick }) => pick.reading?.[mark] ?? 0).map((group) => (
        <section key={group.day} className="day">
          <h2 className="day__heading">{group.day}</h2>
          <ul className="rows">
            {group.items.map(({ pick, at }) => {
              const time = pick.reading?.[mark] ?? 0;
              return (
                <li key={pick.article.url}>
                  <article
                    className={`row${at === activeIndex ? ' pick--active' : ''}`}
                    tabIndex={-1}
                    data-url={pick.article.url}
                    ref={(node) => {
                      rowRefs.current[at] = node;
                    }}
                    aria-label={pick.article.title}
                  >
                    <time className="row__time" dateTime={new Date(time).toISOString()}>
                      {clockTime(time)}
                    </time>
                    <h3 className="row__title">
                      <a href={pick.article.url} referrerPolicy="no-referrer">
                        {pick.article.title}
                      </a>
                    </h3>
                    <span className="row__source">{pick.article.source}</span>
                    <button type="button" onClick={() => action.run(pick)}>
                      {action.label}
                    </button>
                  </article>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
