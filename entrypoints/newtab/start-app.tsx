import { mountApp } from '@/components/mount-app';
import { App } from './App';

// Lets tests and benchmarks tell the snapshot's first paint from the app's.
performance.mark('quorum:app-start');
mountApp(<App />);
