// The command line that loads Quorum's build into Chromium: one definition for `npm start`,
// the end-to-end tests and the benchmarks, so what the tests launch is what a contributor runs.

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The flags that load the unpacked build in `dist` (and no other extension) into a fresh profile. */
export function extensionArgs(dist) {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to run as root with its sandbox on (containers, CI machines).
    ...(asRoot ? ['--no-sandbox'] : []),
  ];
}

/**
 * `npm start`'s whole command line. No window opens at launch: a page opened then (even
 * chrome://newtab/) loads before the extension is registered, and shows the browser's own new
 * tab or an error. The debugging pipe, held only by the process that starts the browser, is
 * how it opens Quorum's new tab once the extension's worker is up (scripts/open-quorum.mjs).
 */
export function runArgs({ dist, profile }) {
  return [`--user-data-dir=${profile}`, ...extensionArgs(dist), '--no-startup-window', '--remote-debugging-pipe'];
}
