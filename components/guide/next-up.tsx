import { useId } from 'react';
import { guideLabel } from '@/utils/paths/guide-label';
import type { NextUp as NextUpData } from '../use-guide';

interface NextUpProps {
  nextUp: NextUpData;
  onMarkRead(url: string): void;
  onSkip(url: string): void;
  /** Opens the path picker; absent in the popup, which has no room for it. */
  onChangePath?: () => void;
  compact?: boolean;
}

/**
 * The next unread step of the reader's path: what it is, how long it takes, why it comes now,
 * and how far along the path the reader is. Marking it read (here or anywhere) moves on.
 */
export function NextUp({ nextUp, onMarkRead, onSkip, onChangePath, compact = false }: NextUpProps) {
  const headingId = useId();
  const { status, step, why, progress } = nextUp;
  const article = step?.article;
  const label = article ? guideLabel(article) : '';
  return (
    <section className={`next-up${compact ? ' next-up--compact' : ''}`} aria-labelledby={headingId}>
      <div className="next-up__top">
        <h2 className="next-up__heading" id={headingId}>
          Next up
        </h2>
        <p className="next-up__progress">{progress}</p>
      </div>
      <progress
        className="next-up__bar"
        max={status.total}
        value={status.done}
        aria-label={`${status.path.title}: ${status.done} of ${status.total} steps done`}
      />
      {article ? (
        <>
          <h3 className="next-up__title">
            <a
              href={article.url}
              referrerPolicy="no-referrer"
              {...(compact ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            >
              {article.title}
            </a>
          </h3>
          <p className="next-up__meta">
            {label && <span className="next-up__guide">{label}</span>}
            {label && ' · '}
            <span>{article.source}</span>
          </p>
          {!compact && <p className="next-up__why">{why}</p>}
          <div className="next-up__actions">
            <button type="button" onClick={() => onMarkRead(article.url)}>
              Mark read and continue
            </button>
            <button type="button" onClick={() => onSkip(article.url)}>
              Skip
            </button>
            {onChangePath && (
              <button type="button" className="next-up__change" onClick={onChangePath}>
                Change path
              </button>
            )}
          </div>
        </>
      ) : status.finished ? (
        <div className="next-up__done">
          <p>You have finished “{status.path.title}”. Choose another path, or come back when it grows.</p>
          {onChangePath && (
            <button type="button" className="next-up__change" onClick={onChangePath}>
              Change path
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
