import { useEffect } from 'react';
import type { Undo } from './use-card-actions';

const UNDO_WINDOW_MS = 8_000;

/** "Dismissed …. Undo" for a few seconds (u undoes later too); announced to screen readers. */
export function UndoToast({ undo, onExpire }: { undo: Undo | undefined; onExpire(): void }) {
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(onExpire, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [undo, onExpire]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {undo && (
        <div className="toast">
          <span>{undo.message}</span>
          <button type="button" onClick={undo.undo} aria-label="Undo" aria-keyshortcuts="u">
            Undo <kbd>u</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
