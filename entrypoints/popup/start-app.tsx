import { mountApp } from '@/components/mount-app';
import { App } from './App';

performance.mark('quorum:app-start');
mountApp(<App />);
