import { VIEWS, type ViewState } from '@/utils/curation/filters';

const LABELS: Record<ViewState['view'], string> = { picks: 'Picks', saved: 'Saved', history: 'History' };

/** Picks · Saved · History, as a nav of toggle buttons (the list below is the content). */
export function ViewTabs({
  view,
  onChange,
  onHelp,
}: {
  view: ViewState['view'];
  onChange(view: ViewState['view']): void;
  onHelp(): void;
}) {
  return (
    <nav className="views" aria-label="Sections">
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          className="views__tab"
          aria-pressed={view === name}
          onClick={() => onChange(name)}
        >
          {LABELS[name]}
        </button>
      ))}
      <button
        type="button"
        className="views__help"
        onClick={onHelp}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </nav>
  );
}
