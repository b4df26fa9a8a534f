import { useRef, type KeyboardEvent } from 'react';
import { VIEWS, type ViewState } from '@/utils/curation/filters';

const LABELS: Record<ViewState['view'], string> = {
  picks: 'Picks',
  saved: 'Saved',
  history: 'History',
  dismissed: 'Dismissed',
  paths: 'Paths',
};

/**
 * Picks · Saved · History · Dismissed · Paths, as a toolbar of toggle buttons. One tab stop for the
 * whole row (arrow keys move within it), so the first card is a few Tab presses away.
 */
export function ViewTabs({ view, onChange }: { view: ViewState['view']; onChange(view: ViewState['view']): void }) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const at = buttons.current.findIndex((button) => button === document.activeElement);
    buttons.current[(at + step + VIEWS.length) % VIEWS.length]?.focus();
  };
  return (
    <div className="views" role="toolbar" aria-label="Sections" onKeyDown={onKeyDown}>
      {VIEWS.map((name, i) => (
        <button
          key={name}
          ref={(node) => {
            buttons.current[i] = node;
          }}
          type="button"
          className="views__tab"
          aria-pressed={view === name}
          tabIndex={view === name ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {LABELS[name]}
        </button>
      ))}
    </div>
  );
}
