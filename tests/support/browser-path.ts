import { browserProblem, findBrowser } from '../../scripts/browser.mjs';

/**
 * The browser the real-browser tests drive: found as `npm start` and `npm test` find it
 * (`npm test` resolves, and if need be installs, one and passes it as CHROME_PATH), and
 * refused, with the same one-line message, when it would not load the extension.
 */
let checked: string | undefined;

export function browserPath(): string {
  if (checked && checked === findBrowser()) return checked;
  const found = findBrowser();
  if (!found)
    throw new Error(
      'No Chromium-family browser found. Install one (Debian: `apt-get install chromium`) or set CHROME_PATH. `npm test` does this for you where it can.',
    );
  const problem = browserProblem(found);
  if (problem) throw new Error(problem);
  checked = found;
  return found;
}
