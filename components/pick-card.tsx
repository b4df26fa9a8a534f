import { forwardRef, useContext, useId, type MouseEvent, type ReactNode } from 'react';
import type { Feedback } from '@/utils/curation/feedback';
import { isRead, isSaved, type PickedArticle } from '@/utils/db/queries';
import { CardGuidance } from './card-guidance';
import { CardNotes } from './card-notes';
import { formatPublished, isoDate } from './format-date';
import { PathReasonsContext } from './path-reasons';
import { PickActions } from './pick-actions';
import { TopicList } from './topic-list';
import { WhyPick } from './why-pick';

export interface CardActions {
  toggleRead(pick: PickedArticle): void;
  toggleSaved(pick: PickedArticle): void;
  dismiss(pick: PickedArticle): void;
  /** The reader opened the article from this card; resolves once any mark is stored. */
  opened(pick: PickedArticle): Promise<void>;
  /** "Not distributed systems" or "More like this", from the card's "Why this pick?". */
  feedback?(pick: PickedArticle, feedback: Feedback): void;
  /** "Keep every post from …" on a hidden card: its feed is marked all about distributed systems. */
  keepFeed?(pick: PickedArticle): void;
}

interface PickCardProps {
  pick: PickedArticle;
  actions: CardActions;
  /** Popup cards are compact, and their links open a tab: the popup closes on navigation. */
  compact?: boolean;
  /** The card keyboard navigation is on. */
  active?: boolean;
  /** Extra lines under the meta line (level and minutes, "Read first"…), each a small component. */
  children?: ReactNode;
}

export const PickCard = forwardRef<HTMLElement, PickCardProps>(function PickCard(
  { pick, actions, compact = false, active = false, children },
  ref,
) {
  const { article, reading } = pick;
  const read = isRead(reading);
  const saved = isSaved(reading);
  const published = formatPublished(article);
  const headingId = useId();
  const reasons = useContext(PathReasonsContext)(article.url);
  const onOpen = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button > 1) return;
    const leavesPage =
      event.button === 0 && !compact && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!leavesPage) {
      // A new or background tab: this page stays, so the mark can be written at leisure.
      void actions.opened(pick);
      return;
    }
    // Navigating away would abort a pending write: store the mark first, then go.
    event.preventDefault();
    void actions.opened(pick).finally(() => location.assign(article.url));
  };

  const classes = ['pick', read && 'pick--read', compact && 'pick--compact', active && 'pick--active']
    .filter(Boolean)
    .join(' ');
  return (
    <article ref={ref} className={classes} aria-labelledby={headingId} tabIndex={-1} data-url={article.url}>
      {/* elementtiming lets the benchmark read when the browser painted the first pick. */}
      <h2 className="pick__title" id={headingId} {...{ elementtiming: 'pick-title' }}>
        <a
          href={article.url}
          referrerPolicy="no-referrer"
          onClick={onOpen}
          onAuxClick={onOpen}
          {...(compact ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {article.title}
        </a>
      </h2>
      <p className="pick__meta">
        <span className="pick__source">{article.source}</span>
        {published && article.publishedAt !== undefined && (
          <>
            {' · '}
            <time dateTime={isoDate(article.publishedAt, article.publishedPrecision)}>{published}</time>
          </>
        )}
        {article.kind !== 'article' && <span className="pick__kind">{article.kind}</span>}
        {read && <span className="pick__state">Read</span>}
        {saved && <span className="pick__state pick__state--saved">Saved</span>}
      </p>
      <CardGuidance article={article} />
      {!compact && <CardNotes pick={pick} />}
      {children}
      {!compact && <p className="pick__summary">{article.summary}</p>}
      <div className="pick__footer">
        {!compact && <TopicList topics={article.topics} />}
        <PickActions pick={pick} actions={actions} compact={compact} />
        {/* After the actions, so the keyboard reaches Mark as read first. */}
        {!compact && (
          <WhyPick
            pick={pick}
            {...(actions.feedback ? { onFeedback: actions.feedback } : {})}
            {...(actions.keepFeed ? { onKeepFeed: actions.keepFeed } : {})}
            {...(reasons ? { reasons } : {})}
          />
        )}
      </div>
    </article>
  );
});
