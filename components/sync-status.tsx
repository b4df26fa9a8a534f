import type { SyncProgress } from '@/utils/sync/progress';

/** A thin bar with "Refreshing 12/30 feeds" while a sync runs; nothing otherwise. */
export function SyncStatus({ progress }: { progress: SyncProgress | undefined }) {
  if (!progress?.running || progress.total === 0) return null;
  const label = `Refreshing ${progress.done}/${progress.total} feeds`;
  return (
    <div className="sync-status" role="status">
      <div
        className="sync-status__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <div className="sync-status__fill" style={{ width: `${(100 * progress.done) / progress.total}%` }} />
      </div>
      <span className="sync-status__label">{label}</span>
    </div>
  );
}
