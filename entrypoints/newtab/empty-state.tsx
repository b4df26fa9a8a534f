import { topicLabel, type TopicId } from '@/utils/curation/topic-labels';
import type { ViewState } from '@/utils/curation/filters';
import type { FacetCounts } from '@/utils/curation/pick-filter';
import type { LibraryStatus } from '@/utils/db/library-queries';

interface EmptyStateProps {
  view: ViewState['view'] | 'search';
  query: string;
  /** Undefined until the library has been looked at: then nothing is claimed. */
  library: LibraryStatus | undefined;
  filtered: boolean;
  counts: FacetCounts | undefined;
  suggestion?: string | undefined;
  onSuggest?(query: string): void;
  onChange(change: Partial<ViewState>): void;
  onClear(): void;
}

/** What an empty list means, said plainly, with the next useful step. */
export function EmptyState(props: EmptyStateProps) {
  const { view, query, library, filtered, counts, suggestion, onSuggest, onChange, onClear } = props;
  if (view === 'search') {
    return (
      <div className="notice" role="status">
        <p>No articles match “{query.trim()}”.</p>
        {suggestion && onSuggest && (
          <p>
            Did you mean{' '}
            <button type="button" className="link-button" onClick={() => onSuggest(suggestion)}>
              {suggestion}
            </button>
            ?
          </p>
        )}
      </div>
    );
  }
  if (view === 'saved')
    return <p className="notice">Nothing saved yet. Save a pick (or press s on it) to keep it here.</p>;
  if (view === 'history')
    return <p className="notice">Nothing read yet. Articles you open or mark as read are listed here.</p>;
  if (view === 'dismissed')
    return <p className="notice">Nothing dismissed. Picks you dismiss (x) are kept here, to restore.</p>;
  if (filtered) {
    return (
      <div className="notice">
        <p>No pick matches these filters.</p>
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    );
  }
  // Right after install the library is still being written: say so, claim nothing else.
  if (!library || library.articles === 0 || counts === undefined)
    return (
      <p className="notice" role="status">
        Preparing your starter library…
      </p>
    );
  const nextTopic = [...counts.topics.entries()].sort((a, b) => b[1] - a[1])[0];
  return (
    <div className="notice">
      <p>All caught up: you have read every pick.</p>
      <p>
        {library.saved > 0 && (
          <button type="button" onClick={() => onChange({ view: 'saved' })}>
            Read something you saved
          </button>
        )}{' '}
        {nextTopic && nextTopic[1] > 0 && (
          <button type="button" onClick={() => onChange({ topic: nextTopic[0] as TopicId, showRead: true })}>
            Revisit {topicLabel(nextTopic[0] as TopicId)}
          </button>
        )}
      </p>
    </div>
  );
}
