import { useId } from 'react';
import { hasFilters, type ViewState } from '@/utils/curation/filters';
import type { FacetCounts } from '@/utils/curation/pick-filter';
import { TOPIC_IDS, topicLabel } from '@/utils/curation/topic-labels';
import { LevelSchema, type Level } from '@/utils/schemas/article';
import { SourcePicker } from './source-picker';

export const LEVEL_LABELS: Record<Level, string> = {
  intro: 'Intro',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

interface FiltersBarProps {
  state: ViewState;
  counts: FacetCounts | undefined;
  /** Whether the panel of chips is open: its counts are only worked out while it is. */
  open: boolean;
  onToggle: () => void;
  onChange(change: Partial<ViewState>): void;
  onClear(): void;
}

/**
 * The filters, behind one compact row: a "Filters" toggle and the active filters as removable
 * pills. Opened, it shows topic and level chips and a searchable source list, each with the
 * count of cards a click would show under the other filters, and the two "show also" switches.
 */
export function FiltersBar({ state, counts, open, onToggle, onChange, onClear }: FiltersBarProps) {
  const panelId = useId();
  const active: { label: string; clear: Partial<ViewState> }[] = [
    ...(state.topic ? [{ label: topicLabel(state.topic), clear: { topic: undefined } }] : []),
    ...(state.level ? [{ label: LEVEL_LABELS[state.level], clear: { level: undefined } }] : []),
    ...(state.source ? [{ label: state.source, clear: { source: undefined } }] : []),
    ...(state.showRead ? [{ label: 'Read shown', clear: { showRead: false } }] : []),
    ...(state.showLowRelevance ? [{ label: 'Low-relevance shown', clear: { showLowRelevance: false } }] : []),
  ];
  const hiddenLow = counts ? counts.lowRelevance : undefined;
  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__row">
        <button
          type="button"
          className="filters__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          Filters{active.length > 0 ? ` (${active.length})` : ''}
        </button>
        {active.map((filter) => (
          <button
            key={filter.label}
            type="button"
            className="pill"
            onClick={() => onChange(filter.clear)}
            aria-label={`Remove filter: ${filter.label}`}
          >
            {filter.label} <span aria-hidden="true">×</span>
          </button>
        ))}
        {hasFilters(state) && (
          <button type="button" className="link-button" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
      {open && (
        <div className="filters__panel" id={panelId}>
          <div className="chips" role="group" aria-label="Topics">
            {TOPIC_IDS.map((topic) => (
              <Chip
                key={topic}
                label={topicLabel(topic)}
                pressed={state.topic === topic}
                count={counts?.topics.get(topic)}
                known={counts !== undefined}
                onClick={() => onChange({ topic: state.topic === topic ? undefined : topic })}
              />
            ))}
          </div>
          <div className="chips" role="group" aria-label="Levels">
            {LevelSchema.options.map((level) => (
              <Chip
                key={level}
                label={LEVEL_LABELS[level]}
                pressed={state.level === level}
                count={counts?.levels.get(level)}
                known={counts !== undefined}
                onClick={() => onChange({ level: state.level === level ? undefined : level })}
              />
            ))}
          </div>
          <SourcePicker value={state.source} counts={counts?.sources} onChange={(source) => onChange({ source })} />
          <div className="filters__switches">
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
              {hiddenLow !== undefined && !state.showLowRelevance && (
                <span className="filters__hint">
                  {hiddenLow === 0
                    ? ' (none hidden: every article here is about distributed systems)'
                    : ` (${hiddenLow} hidden)`}
                </span>
              )}
            </label>
          </div>
        </div>
      )}
    </section>
  );
}

function Chip(props: { label: string; pressed: boolean; count: number | undefined; known: boolean; onClick(): void }) {
  const { label, pressed, count = 0, known, onClick } = props;
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={pressed}
      onClick={onClick}
      disabled={!pressed && known && count === 0}
    >
      {label}
      {known && <span className="chip__count">{count}</span>}
    </button>
  );
}
