/**
 * Starts a page's app only once the first frame (with its snapshot) has reached the screen,
 * so parsing React and Dexie never delays it. A page opened in the background paints no
 * frames: there, a timer starts the app all the same.
 */
export function startAfterFirstFrame(start: () => Promise<unknown>): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    void start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}
