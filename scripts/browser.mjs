// Finds a Chromium-family browser for the real-browser tests, benchmarks and `npm start`,
// installing Debian's chromium when there is none and this machine allows it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function findBrowser() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
}

/** Returns the browser's path, or exits with a message that says what to install. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log("No Chromium found: installing Debian's chromium (apt-get install chromium)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findBrowser();
    if (installed) return installed;
  }
  console.error(
    [
      'Quorum needs a Chromium-family browser for its real-browser tests, and found none.',
      'Install one and run again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  Or point CHROME_PATH at Chrome or Chromium: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
