import { describeStatus } from '@/utils/cross-device/describe-status';
import { setCrossDeviceEnabled, syncAvailable } from '@/utils/cross-device/switch';
import { useCrossDevice } from './use-cross-device';

/** The switch for sync between the reader's browsers, and what it is doing. */
export function CrossDeviceSection() {
  const { enabled, status } = useCrossDevice();
  const lines = status && enabled ? describeStatus(status.value, status.readAt) : undefined;
  return (
    <section id="devices" aria-labelledby="devices-heading" className="options__section">
      <h2 id="devices-heading">Your other browsers</h2>
      {!syncAvailable() ? (
        <p>This browser has no sync storage, so your reading stays here.</p>
      ) : (
        <>
          <label className="cross-device__switch">
            <input
              type="checkbox"
              checked={enabled ?? false}
              disabled={enabled === undefined}
              onChange={(event) => void setCrossDeviceEnabled(event.target.checked)}
            />{' '}
            Sync my reading with my other browsers (through this browser’s own sync; no account, no server)
          </label>
          {enabled === false && (
            <p className="options__summary">
              Off: nothing is written to sync storage. What this browser and your others already have stays as it is.
            </p>
          )}
          {lines && (
            <div className="cross-device__status" role="status">
              <p className="options__summary">{lines.what}</p>
              <p>{lines.quota}</p>
              {lines.full && <p>{lines.full}</p>}
              <p>{lines.arrival}</p>
              {lines.error && <p className="options__error">{lines.error}</p>}
              {lines.notes.length > 0 && (
                <ul className="options__summary">
                  {lines.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
