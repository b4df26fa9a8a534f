import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionArgs } from '../../../scripts/browser-args.mjs';
import { browserPath } from '../../support/browser-path';
import { CHROME_DIST } from '../../support/paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens one of the extension's pages (e.g. 'newtab.html') in a new tab. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags, such as --host-resolver-rules for the local source sites. */
  args?: string[];
  /** Defaults to a fresh profile per launch, removed on close. */
  userDataDir?: string;
}

/**
 * Starts real headless Chromium with the built extension loaded (docs/architecture.md, "Running and testing").
 * Every host name resolves nowhere unless a test maps it, so nothing leaves the machine and
 * "offline from the first run" is what every test exercises.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'quorum-e2e-')));
  const args = options.args ?? [];
  const mapsHosts = args.some((arg) => arg.startsWith('--host-resolver-rules='));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      // The flags `npm start` loads Quorum with (scripts/browser-args.mjs), then the test's own.
      ...extensionArgs(CHROME_DIST),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(mapsHosts ? [] : ['--host-resolver-rules=MAP * ~NOTFOUND']),
      ...args,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
