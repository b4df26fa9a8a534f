import '@/components/styles.css';
import './newtab.css';
import { mountApp } from '@/components/mount-app';
import { App } from './App';

mountApp(<App />);
