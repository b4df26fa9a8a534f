import { setBadgesOnHost } from '@/utils/badges/site-switch';
import type { Settings } from '@/utils/schemas/settings';
import { useActiveTabSite } from './use-active-tab-site';

/**
 * "Hide badges on this site": the per-site switch for the tab the popup was opened on. Open
 * pages of that site hear the settings change and hide or show their badges at once.
 */
export function SiteBadgesToggle({ settings }: { settings: Settings | undefined }) {
  const host = useActiveTabSite();
  // With badges off everywhere, a per-site switch would change nothing visible.
  if (!host || !settings?.badgesEnabled) return null;
  const hidden = settings.badgesDisabledHosts.includes(host);
  return (
    <p className="popup__site">
      <button type="button" onClick={() => void setBadgesOnHost(host, hidden)}>
        {hidden ? 'Show badges on this site' : 'Hide badges on this site'}
      </button>
    </p>
  );
}
