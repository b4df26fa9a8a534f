/**
 * Starts a page's app only once the first frame (with its snapshot) has reached the screen,
 * so parsing React and Dexie never delays it. A page opened in the background paints no
 * frames: there, a timer starts the app all the same. With no snapshot painted (the first
 * open after install or a reset) there is no frame to protect, and the app starts at once.
 */
export function startAfterFirstFrame(start: () => Promise<unknown>): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    void start();
  };
  // first-paint.ts marks a painted snapshot.
  if (performance.getEntriesByName('quorum:snapshot').length === 0) {
    once();
    return;
  }
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}
