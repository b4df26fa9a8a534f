import '@/components/styles.css';
import './newtab.css';

// The snapshot has been painted by now (see first-paint.ts). The app, with React and Dexie,
// is loaded only after that frame reaches the screen, so its parsing never delays it. A tab
// opened in the background paints no frames: there, a timer starts the app all the same.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./start-app');
};
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 250);
