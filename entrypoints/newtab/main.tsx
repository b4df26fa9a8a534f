import '@/components/styles.css';
import './newtab.css';
import '@/components/guide.css';
// With the first-paint stylesheets: the snapshot draws these parts before the app loads.
import '@/components/why-pick.css';
import { startAfterFirstFrame } from '@/components/start-after-first-frame';

// The snapshot has been painted by now (see first-paint.ts); the app follows that frame.
startAfterFirstFrame(() => import('./start-app'));
