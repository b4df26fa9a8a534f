import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_DIST = resolve(ROOT, '.output/chrome-mv3');
/** Screenshots, traces and benchmark results: ignored by git, kept by CI as output. */
export const TEST_OUTPUT = resolve(ROOT, 'test-results');
