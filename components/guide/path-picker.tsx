import { useId } from 'react';
import type { PickedArticle } from '@/utils/db/queries';
import { doneLabel, type PathStatus } from '@/utils/paths/next-step';
import { SkippedSteps } from './skipped-steps';

interface PathPickerProps {
  statuses: readonly PathStatus[];
  currentPathId: string | null;
  /** Step articles by URL, for the skipped ones' titles. */
  steps: ReadonlyMap<string, PickedArticle>;
  onChoose(pathId: string | null): void;
  onUnskip(url: string): void;
  onClose(): void;
}

/**
 * Every learning path with its progress; choosing one makes it current, "No path" hides Next up.
 * A path's skipped steps are listed under it, each one click from coming back.
 */
export function PathPicker({ statuses, currentPathId, steps, onChoose, onUnskip, onClose }: PathPickerProps) {
  const headingId = useId();
  const name = useId();
  return (
    <section className="path-picker" aria-labelledby={headingId}>
      <div className="path-picker__top">
        <h2 id={headingId} className="path-picker__heading">
          Learning paths
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <fieldset className="path-picker__list">
        <legend className="visually-hidden">Choose a learning path</legend>
        {statuses.map((status) => (
          <div key={status.path.id} className="path-picker__item">
            <label className="path-picker__path">
              <input
                type="radio"
                name={name}
                checked={status.path.id === currentPathId}
                onChange={() => onChoose(status.path.id)}
              />
              <span className="path-picker__text">
                <span className="path-picker__title">{status.path.title}</span>
                <span className="path-picker__summary">{status.path.summary}</span>
                <span className="path-picker__progress">
                  <progress max={status.total} value={status.done} aria-hidden="true" />
                  {` ${doneLabel(status)}`}
                </span>
              </span>
            </label>
            {/* Outside the label: a button inside it would also choose the path. */}
            {status.skipped.length > 0 && <SkippedSteps urls={status.skipped} steps={steps} onUnskip={onUnskip} />}
          </div>
        ))}
        <label className="path-picker__path">
          <input type="radio" name={name} checked={currentPathId === null} onChange={() => onChoose(null)} />
          <span className="path-picker__text">
            <span className="path-picker__title">No path</span>
            <span className="path-picker__summary">Just the best unread picks, with no Next up.</span>
          </span>
        </label>
      </fieldset>
    </section>
  );
}
