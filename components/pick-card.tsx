import { useId } from 'react';
import { db } from '@/utils/db';
import { isRead, type Pick } from '@/utils/db/queries';
import { setRead } from '@/utils/db/reading-state';
import { formatPublished, isoDate } from './format-date';
import { TopicList } from './topic-list';

interface PickCardProps {
  pick: Pick;
  /** Popup cards are compact, and their links open a tab: the popup closes on navigation. */
  compact?: boolean;
}

export function PickCard({ pick, compact = false }: PickCardProps) {
  const { article, reading } = pick;
  const read = isRead(reading);
  const published = formatPublished(article.publishedAt);
  const headingId = useId();

  return (
    <article className={`pick${read ? ' pick--read' : ''}${compact ? ' pick--compact' : ''}`} aria-labelledby={headingId}>
      {/* elementtiming lets the benchmark read when the browser painted the first pick. */}
      <h2 className="pick__title" id={headingId} {...{ elementtiming: 'pick-title' }}>
        <a href={article.url} referrerPolicy="no-referrer" {...(compact ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {article.title}
        </a>
      </h2>
      <p className="pick__meta">
        <span className="pick__source">{article.source}</span>
        {published && article.publishedAt !== undefined && (
          <>
            {' · '}
            <time dateTime={isoDate(article.publishedAt)}>{published}</time>
          </>
        )}
        {article.kind !== 'article' && <span className="pick__kind">{article.kind}</span>}
        {read && <span className="pick__state">Read</span>}
      </p>
      {!compact && <p className="pick__summary">{article.summary}</p>}
      <div className="pick__footer">
        {!compact && <TopicList topics={article.topics} />}
        <button type="button" className="pick__action" onClick={() => void setRead(db, article.url, !read)}>
          {read ? 'Mark as unread' : 'Mark as read'}
        </button>
      </div>
    </article>
  );
}
