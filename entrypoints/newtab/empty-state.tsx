import { topicLabel, type TopicId } from '@/utils/curation/taxonomy';
import { DEFAULT_VIEW, type ViewState } from '@/utils/curation/filters';
import type { FacetCounts } from '@/utils/db/queries';

interface EmptyStateProps {
  view: ViewState['view'] | 'search';
  query: string;
  unread: number;
  filtered: boolean;
  counts: FacetCounts | undefined;
  onChange(change: Partial<ViewState>): void;
}

/** What an empty list means, said plainly, with the next useful step. */
export function EmptyState({ view, query, unread, filtered, counts, onChange }: EmptyStateProps) {
  if (view === 'search') return <p className="notice">No articles match “{query.trim()}”.</p>;
  if (view === 'saved')
    return <p className="notice">Nothing saved yet. Save a pick (or press s on it) to keep it here.</p>;
  if (view === 'history')
    return <p className="notice">Nothing read yet. Articles you open or mark as read are listed here.</p>;
  if (filtered) {
    return (
      <div className="notice">
        <p>Nothing unread matches these filters.</p>
        <button type="button" onClick={() => onChange({ ...DEFAULT_VIEW })}>
          Clear filters
        </button>
      </div>
    );
  }
  if (unread === 0 && counts === undefined) return <p className="notice">Preparing your starter picks…</p>;
  const nextTopic = counts && [...counts.topics.entries()].sort((a, b) => b[1] - a[1])[0];
  return (
    <div className="notice">
      <p>All caught up: you have read every pick.</p>
      <p>
        <button type="button" onClick={() => onChange({ view: 'saved' })}>
          Read something you saved
        </button>{' '}
        {nextTopic && nextTopic[1] > 0 && (
          <button type="button" onClick={() => onChange({ topic: nextTopic[0] as TopicId })}>
            Explore {topicLabel(nextTopic[0] as TopicId)}
          </button>
        )}
      </p>
    </div>
  );
}
