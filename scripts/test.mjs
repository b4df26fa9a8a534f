// `npm test`: typecheck, lint and format checks, unit tests, a production build, the end-to-end tests in real
// Chromium, then the Firefox build checked with web-ext lint. Ends with one line counting
// every test: "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './browser.mjs';
import { run } from './run.mjs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

const chromePath = ensureBrowser();
const counts = { passed: 0, failed: 0 };
let failedStep;

function vitest(project) {
  const report = `${RESULTS}/${project}.json`;
  rmSync(report, { force: true });
  const status = run(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      CHROME_PATH: chromePath,
    },
  );
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += summary.numPassedTests;
    counts.failed += summary.numFailedTests;
    // A suite that fails to load has no failed tests of its own; count it, so it is never silent.
    counts.failed += summary.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
  }
  return status;
}

const steps = [
  ['typecheck', () => run('npx', ['tsc', '--noEmit'])],
  ['lint and format', () => run('npm', ['run', '--silent', 'lint'])],
  ['unit tests', () => vitest('unit')],
  ['build', () => run('npx', ['wxt', 'build'])],
  ['end-to-end tests', () => vitest('e2e')],
  ['Firefox build and web-ext lint', () => run('node', ['scripts/lint-firefox.mjs'])],
];

for (const [name, step] of steps) {
  if (step() !== 0) {
    failedStep = name;
    break;
  }
}

if (failedStep) console.error(`\n✖ ${failedStep} failed`);
if (failedStep && counts.failed === 0) counts.failed = 1; // a failed typecheck or build counts as a failure
console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStep ? 1 : 0);
