/**
 * The few settings a page needs before its first paint (theme, what the new tab shows),
 * mirrored into localStorage, which unlike extension storage can be read synchronously.
 * Extension storage stays the source of truth; pages refresh this copy when settings load.
 * No imports: the first-paint script bundles this file and must stay tiny.
 */
export const PAGE_PREFS_KEY = 'quorum:page-prefs';

export interface PagePrefs {
  theme: 'system' | 'light' | 'dark';
  newTabMode: 'picks' | 'minimal';
}

export function readPagePrefs(): PagePrefs {
  try {
    const stored = JSON.parse(localStorage.getItem(PAGE_PREFS_KEY) ?? '{}') as Partial<PagePrefs>;
    return {
      theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : 'system',
      newTabMode: stored.newTabMode === 'minimal' ? 'minimal' : 'picks',
    };
  } catch {
    return { theme: 'system', newTabMode: 'picks' };
  }
}

export function writePagePrefs(prefs: PagePrefs): void {
  try {
    localStorage.setItem(PAGE_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage unavailable: pages fall back to the system theme until settings load.
  }
}

/** Sets the theme on <html>; the stylesheet's light-dark() colours follow color-scheme. */
export function applyTheme(theme: PagePrefs['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
