import { paintSnapshot } from './newtab/snapshot/paint-snapshot';

// A classic, synchronous script the new tab runs before its app: it paints the last picks
// from localStorage in the very first frame. Kept tiny; the app replaces it with live data.
export default defineUnlistedScript(() => {
  const container = document.getElementById('snapshot');
  if (container) paintSnapshot(container);
});
