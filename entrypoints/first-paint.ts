import { applyTheme, readPagePrefs } from '@/components/page-prefs';
import { paintSnapshot } from '@/components/snapshot/paint-snapshot';

// A classic, synchronous script that Quorum's pages run before anything else, so the very
// first frame is right: the chosen theme (no white flash in dark mode) and, on the new tab and
// the popup, the last picks painted from a snapshot. Kept tiny; the app swaps in live data.
export default defineUnlistedScript(() => {
  const prefs = readPagePrefs();
  applyTheme(prefs.theme);
  const container = document.getElementById('snapshot');
  const page = container?.dataset.page;
  if (!container) return;
  if (page === 'newtab' && prefs.newTabMode === 'picks') paintSnapshot(container, 'newtab');
  if (page === 'popup') paintSnapshot(container, 'popup');
});
