// `npm start`: builds the extension and opens Chromium with it loaded, on a profile of its
// own kept in .output/profile (your everyday browser profile is never touched). The new tab
// shows the starter picks at once, offline.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowser } from './browser.mjs';
import { run } from './run.mjs';

const chromePath = ensureBrowser();
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);

const dist = resolve('.output/chrome-mv3');
const profile = resolve('.output/profile');
mkdirSync(profile, { recursive: true });

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('\nBuilt .output/chrome-mv3, but there is no display to open a browser window on.');
  console.error('Run `npm start` from a desktop session, or load .output/chrome-mv3 by hand (see README).');
  process.exit(1);
}

console.log(`\nOpening ${chromePath} with Quorum loaded…`);
// Chromium refuses to run as root with its sandbox on (containers, CI machines).
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const browser = spawn(
  chromePath,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(asRoot ? ['--no-sandbox'] : []),
    'chrome://newtab/',
  ],
  { stdio: 'inherit' },
);
browser.on('exit', (code) => process.exit(code ?? 0));
