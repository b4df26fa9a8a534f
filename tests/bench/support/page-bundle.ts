import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { rolldown } from 'rolldown';
import { ROOT } from '../../support/paths';

/**
 * Bundles a module of the repository (product code included) into one classic script. The
 * built extension's chunks are hashed and minified, so a benchmark cannot import Quorum's
 * functions from them; this bundles the same sources the build uses, with the same `@/` alias,
 * so the code timed in Chromium is the code timed in Node. Rolldown is the bundler Vite brings.
 */
export async function bundleScript(entry: string): Promise<string> {
  const bundle = await rolldown({
    input: resolve(ROOT, entry),
    cwd: ROOT,
    platform: 'browser',
    resolve: { alias: { '@': ROOT } },
    logLevel: 'warn',
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  return output[0].code;
}

/**
 * Runs a bundled module in a page. Evaluated through the DevTools protocol, so the page's CSP
 * (extension pages allow only their own scripts) does not apply to it.
 */
export async function injectBundle(page: Page, entry: string): Promise<void> {
  await page.evaluate(await bundleScript(entry));
}
