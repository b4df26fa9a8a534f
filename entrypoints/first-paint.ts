import { applyTheme, readPagePrefs } from '@/components/page-prefs';
import { paintSnapshot } from './newtab/snapshot/paint-snapshot';

// A classic, synchronous script that Quorum's pages run before anything else, so the very
// first frame is right: the chosen theme (no white flash in dark mode) and, on the new tab,
// the last picks painted from a snapshot. Kept tiny; the app replaces the snapshot with live data.
export default defineUnlistedScript(() => {
  const prefs = readPagePrefs();
  applyTheme(prefs.theme);
  const container = document.getElementById('snapshot');
  if (container && prefs.newTabMode === 'picks') paintSnapshot(container);
});
