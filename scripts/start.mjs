// `npm start`: builds the extension and opens Chromium with it loaded, on a profile of its
// own kept in .output/profile (your everyday browser profile is never touched). Its first
// window opens on Quorum's new tab, with the starter picks, offline.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowser } from './browser.mjs';
import { closeWithLastPage, openQuorum } from './open-quorum.mjs';
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
try {
  const browser = await openQuorum({ chromePath, dist, profile });
  await closeWithLastPage(browser);
  process.exit(await browser.exited);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}`);
  console.error(
    'Is a browser from an earlier `npm start` still open? Close it, or load .output/chrome-mv3 by hand (see README).',
  );
  process.exit(1);
}
