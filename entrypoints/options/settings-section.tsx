import { useState } from 'react';
import { describeAfterReading } from '@/utils/auto-mark-rule';
import { DEFAULT_RELEVANCE_THRESHOLD } from '@/utils/curation/threshold';
import type { Settings } from '@/utils/schemas/settings';
import { updateSettings } from '@/utils/settings';

const INTERVALS: [number, string][] = [
  [15, 'Every 15 minutes'],
  [30, 'Every 30 minutes'],
  [60, 'Every hour'],
  [180, 'Every 3 hours'],
  [360, 'Every 6 hours'],
  [720, 'Every 12 hours'],
  [1440, 'Once a day'],
];
const THRESHOLDS: [number, string][] = [
  [0.5, 'Strict: only clearly on-topic articles'],
  [DEFAULT_RELEVANCE_THRESHOLD, 'Balanced (default)'],
  [0.2, 'Loose: more articles from general feeds'],
];

/** Every setting, applied the moment it changes, in every open page. */
export function SettingsSection({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string>();
  const change = (patch: Partial<Settings>) => {
    setError(undefined);
    updateSettings(patch).catch(() => setError('That setting could not be saved.'));
  };
  return (
    <section id="settings" aria-labelledby="settings-heading" className="options__section">
      <h2 id="settings-heading">Settings</h2>
      <div className="settings">
        <label>
          Refresh feeds
          <select
            value={settings.refreshMinutes}
            onChange={(event) => change({ refreshMinutes: Number(event.target.value) })}
          >
            {INTERVALS.map(([minutes, label]) => (
              <option key={minutes} value={minutes}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          New tab shows
          <select
            value={settings.newTabMode}
            onChange={(event) => change({ newTabMode: event.target.value as Settings['newTabMode'] })}
          >
            <option value="picks">Quorum picks</option>
            <option value="minimal">A minimal page (clock and search)</option>
          </select>
        </label>
        <label>
          Mark articles as read
          <select
            value={settings.autoMarkRead}
            onChange={(event) => change({ autoMarkRead: event.target.value as Settings['autoMarkRead'] })}
          >
            <option value="never">Never automatically</option>
            <option value="from-quorum">When opened from Quorum</option>
            <option value="after-reading">After reading ({describeAfterReading()})</option>
          </select>
        </label>
        <label>
          Relevance of feed articles
          <select
            value={settings.relevanceThreshold}
            onChange={(event) => change({ relevanceThreshold: Number(event.target.value) })}
          >
            {THRESHOLDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select
            value={settings.theme}
            onChange={(event) => change({ theme: event.target.value as Settings['theme'] })}
          >
            <option value="system">Same as the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className="settings__check">
          <input
            type="checkbox"
            checked={settings.toolbarBadge}
            onChange={(event) => change({ toolbarBadge: event.target.checked })}
          />{' '}
          Show the unread count on the toolbar icon
        </label>
        <label className="settings__check">
          <input
            type="checkbox"
            checked={settings.badgesEnabled}
            onChange={(event) => change({ badgesEnabled: event.target.checked })}
          />{' '}
          Show badges on the sites where articles are published or discussed
        </label>
      </div>
      {settings.badgesDisabledHosts.length > 0 && (
        <div className="settings__hosts">
          <h3>Badges are hidden on</h3>
          <ul>
            {settings.badgesDisabledHosts.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  aria-label={`Show badges on ${host} again`}
                  onClick={() =>
                    change({ badgesDisabledHosts: settings.badgesDisabledHosts.filter((h) => h !== host) })
                  }
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
