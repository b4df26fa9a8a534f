// `npm run bench [name…]`: builds the extension and runs the benchmarks in real Chromium, then
// prints one table of every figure beside its budget. Each benchmark keeps its figures in
// test-results/bench/<name>.json. A name picks benchmark files by the start of their name
// (`npm run bench -- popup newtab`); `--list` lists them. Budgets are reported, never
// asserted: these machines are shared, so only ratios measured side by side in one run mean
// anything.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSummary } from './bench-summary.mjs';
import { ensureBrowser } from './browser.mjs';
import { run } from './run.mjs';

const root = resolve(import.meta.dirname, '..');
const benchDirectory = resolve(root, 'tests/bench');
const available = readdirSync(benchDirectory)
  .filter((file) => file.endsWith('.bench.test.ts'))
  .map((file) => file.replace(/\.bench\.test\.ts$/, ''));

const args = process.argv.slice(2);
if (args.includes('--list')) {
  console.log(available.join('\n'));
  process.exit(0);
}
const names = args.filter((arg) => !arg.startsWith('-'));
const unknown = names.filter((name) => !available.some((bench) => bench.startsWith(name)));
if (unknown.length > 0) {
  console.error(`No benchmark named ${unknown.join(', ')}. There are: ${available.join(', ')}.`);
  process.exit(2);
}
const files = names.length
  ? available
      .filter((bench) => names.some((name) => bench.startsWith(name)))
      .map((bench) => `tests/bench/${bench}.bench.test.ts`)
  : [];

const chromePath = ensureBrowser();
if (run('npx', ['wxt', 'build']) !== 0) process.exit(1);
const started = Date.now();
const status = run(
  'npx',
  ['vitest', 'run', '--project', 'bench', ...files, ...args.filter((arg) => arg.startsWith('-'))],
  {
    CHROME_PATH: chromePath,
  },
);
printSummary(resolve(root, 'test-results/bench'), started);
process.exit(status);
