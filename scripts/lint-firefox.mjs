// Builds the Firefox version and lints it with web-ext (Mozilla's add-on linter). Fails on
// any error; warnings (from bundled libraries) are listed, not fatal.
import { execFileSync } from 'node:child_process';
import { run } from './run.mjs';

if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) process.exit(1);
console.log('\n▶ npx web-ext lint --source-dir .output/firefox-mv2');
let report;
try {
  report = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--output', 'json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
} catch (error) {
  // web-ext exits non-zero when it finds errors; its report is still on stdout.
  report = error.stdout;
}
const { summary, errors, warnings } = JSON.parse(report);
for (const item of [...errors, ...warnings])
  console.log(`  ${item._type ?? ''} ${item.code} ${item.file ?? ''}:${item.line ?? ''} ${item.message}`);
console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
process.exit(summary.errors === 0 ? 0 : 1);
