import { TOPIC_IDS, topicLabel } from '@/utils/curation/taxonomy';
import type { ViewState } from '@/utils/curation/filters';
import type { FacetCounts } from '@/utils/db/queries';

interface FiltersBarProps {
  state: ViewState;
  counts: FacetCounts | undefined;
  onChange(change: Partial<ViewState>): void;
}

/** Topic chips with counts, a source filter and the two "show also" switches. */
export function FiltersBar({ state, counts, onChange }: FiltersBarProps) {
  const sources = counts ? [...counts.sources.entries()].sort((a, b) => a[0].localeCompare(b[0])) : [];
  return (
    <section className="filters" aria-label="Filters">
      <div className="chips" role="group" aria-label="Topics">
        {TOPIC_IDS.map((topic) => {
          const pressed = state.topic === topic;
          const count = counts?.topics.get(topic) ?? 0;
          return (
            <button
              key={topic}
              type="button"
              className="chip"
              aria-pressed={pressed}
              onClick={() => onChange({ topic: pressed ? undefined : topic })}
              disabled={!pressed && counts !== undefined && count === 0}
            >
              {topicLabel(topic)}
              {counts && <span className="chip__count">{count}</span>}
            </button>
          );
        })}
      </div>
      <div className="filters__row">
        <label>
          Source{' '}
          <select
            value={state.source ?? ''}
            onChange={(event) => onChange({ source: event.target.value || undefined })}
          >
            <option value="">All sources</option>
            {state.source && !sources.some(([name]) => name === state.source) && (
              <option value={state.source}>{state.source}</option>
            )}
            {sources.map(([name, count]) => (
              <option key={name} value={name}>
                {name} ({count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.showRead}
            onChange={(event) => onChange({ showRead: event.target.checked })}
          />{' '}
          Show read
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.showLowRelevance}
            onChange={(event) => onChange({ showLowRelevance: event.target.checked })}
          />{' '}
          Show low-relevance
        </label>
      </div>
    </section>
  );
}
