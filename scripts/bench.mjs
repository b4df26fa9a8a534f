// `npm run bench`: builds the extension and runs every benchmark in real Chromium. Figures are
// printed and kept in test-results/bench/*.json. Budgets are reported, never asserted: these
// machines are shared, so only ratios measured side by side in one run mean anything.
import { ensureBrowser } from './browser.mjs';
import { run } from './run.mjs';

const chromePath = ensureBrowser();
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
process.exit(
  run('npx', ['vitest', 'run', '--project', 'bench', ...process.argv.slice(2)], { CHROME_PATH: chromePath }),
);
