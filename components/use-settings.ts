import { useEffect, useState } from 'react';
import type { Settings } from '@/utils/schemas/settings';
import { getSettings, watchSettings } from '@/utils/settings';
import { applyTheme, writePagePrefs } from './page-prefs';

/**
 * The user's settings, live: a change made in options applies at once in every open page.
 * Also keeps the synchronous copy the first-paint script reads, and applies the theme.
 * `undefined` while loading.
 */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let active = true;
    const apply = (next: Settings) => {
      if (!active) return;
      setSettings(next);
      applyTheme(next.theme);
      writePagePrefs({ theme: next.theme, newTabMode: next.newTabMode });
    };
    void getSettings().then(apply);
    const unwatch = watchSettings(apply);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return settings;
}
