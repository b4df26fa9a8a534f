import '@/components/styles.css';
import './newtab.css';

// The snapshot has been painted by now (see newtab-snapshot.ts). The app, with React and
// Dexie, is loaded only after that frame reaches the screen, so its parsing never delays it.
requestAnimationFrame(() => {
  setTimeout(() => void import('./start-app'), 0);
});
