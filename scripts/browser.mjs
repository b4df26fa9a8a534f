// Finds a Chromium-family browser for the real-browser tests, benchmarks and `npm start`,
// installing Debian's chromium when there is none and this machine allows it, and refuses a
// browser that would silently not load Quorum.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Google Chrome ignores --load-extension from this version on; Chromium and Chrome for Testing do not. */
export const FIRST_CHROME_WITHOUT_LOAD_EXTENSION = 137;

/** CHROME_PATH when it exists, else the first browser installed in a usual place. */
export function findBrowser() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Why this browser cannot run Quorum from the command line, in one line, or null when it can.
 * `version` is what `<browser> --version` prints, e.g. "Google Chrome 138.0.7204.49".
 */
export function unsupportedBrowserMessage(path, version) {
  const match = /^\s*Google Chrome (\d+)\./.exec(version);
  if (!match || Number(match[1]) < FIRST_CHROME_WITHOUT_LOAD_EXTENSION) return null;
  return (
    `${path} is ${version.trim()}, which ignores --load-extension (Google Chrome ${FIRST_CHROME_WITHOUT_LOAD_EXTENSION}+): ` +
    "install Debian's chromium (sudo apt-get install chromium), Chromium or Chrome for Testing and set CHROME_PATH to it, " +
    'or load .output/chrome-mv3 by hand (chrome://extensions, Developer mode, Load unpacked).'
  );
}

/** The same check, made by asking the browser its version. */
export function browserProblem(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return unsupportedBrowserMessage(path, result.stdout ?? '');
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return process.platform === 'linux' && isRoot && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
}

function usableOrExit(path) {
  const problem = browserProblem(path);
  if (problem === null) return path;
  console.error(problem);
  process.exit(1);
}

/** Returns the browser's path, or exits with a message that says what to install. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return usableOrExit(found);
  if (canInstallWithApt()) {
    console.log("No Chromium found: installing Debian's chromium (apt-get install chromium)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findBrowser();
    if (installed) return usableOrExit(installed);
  }
  console.error(
    [
      'Quorum needs a Chromium-family browser for its real-browser tests, and found none.',
      'Install one and run again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  Or point CHROME_PATH at Chromium or Chrome for Testing: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
