import type { Settings } from '../schemas/settings';
import { getSettings, updateSettings } from '../settings';

/**
 * The per-site switch: turning badges off for a host adds it to badgesDisabledHosts. Every
 * open page of that host hears the settings change and hides or shows its badges at once.
 */
export async function setBadgesOnHost(host: string, enabled: boolean): Promise<Settings> {
  const name = host.toLowerCase();
  const { badgesDisabledHosts } = await getSettings();
  const others = badgesDisabledHosts.filter((disabled) => disabled !== name);
  return updateSettings({ badgesDisabledHosts: enabled ? others : [...others, name] });
}
