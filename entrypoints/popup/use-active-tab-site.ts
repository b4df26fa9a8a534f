import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { badgeHosts } from '@/utils/sources';

/**
 * The host of the active tab when badges can run there: a source site from the registry, or a
 * site whose permission the user granted for a feed they added. null elsewhere (a new tab, an
 * unrelated site), where a badges switch would mean nothing. Opening the popup grants
 * activeTab, which is what lets it read the tab's address.
 */
export function useActiveTabSite(): string | null {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const url = tab?.url ? new URL(tab.url) : null;
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return;
      const badged =
        badgeHosts().includes(url.hostname) || (await browser.permissions.contains({ origins: [`${url.origin}/*`] }));
      if (active && badged) setHost(url.hostname);
    })().catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);
  return host;
}
