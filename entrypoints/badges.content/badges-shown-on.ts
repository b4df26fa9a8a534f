import type { Settings } from '@/utils/schemas/settings';

/**
 * Whether badges show on pages of this host: the global switch and the per-site one. Free of
 * dependencies, since the content script decides with it too.
 */
export function badgesShownOn(
  settings: Pick<Settings, 'badgesEnabled' | 'badgesDisabledHosts'>,
  host: string,
): boolean {
  return settings.badgesEnabled && !settings.badgesDisabledHosts.includes(host.toLowerCase());
}
