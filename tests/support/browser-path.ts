import { existsSync } from 'node:fs';

/** Chromium-family binaries, in the order we look for them. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The browser the real-browser tests drive. `npm test` resolves (and if need be installs) one
 * and passes it as CHROME_PATH; a test run started another way looks for one itself.
 */
export function browserPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium-family browser found. Install one (Debian: `apt-get install chromium`) or set CHROME_PATH. `npm test` does this for you where it can.',
  );
}
