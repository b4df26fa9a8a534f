import '@/components/styles.css';
import './popup.css';
import '@/components/guide.css';
import { startAfterFirstFrame } from '@/components/start-after-first-frame';

// The snapshot has been painted by now (see first-paint.ts); the app follows that frame.
startAfterFirstFrame(() => import('./start-app'));
