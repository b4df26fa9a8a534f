import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The browser and bench projects import a few source modules directly (the search index, to
// compare with what the page shows); they resolve the source's `@/` alias as the build does.
const sourceAlias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

// Two projects: fast unit tests on fakes, and end-to-end tests that drive the built
// extension in real Chromium. Benchmarks live in their own project, run by `npm run bench`.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        resolve: { alias: sourceAlias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page's live update (a re-query, a render) can take over the default second on a
          // loaded two-core machine; a poll still has to reach its value, only with room to.
          expect: { poll: { timeout: 5_000 } },
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias: sourceAlias },
        test: {
          name: 'bench',
          include: ['tests/bench/**/*.bench.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
