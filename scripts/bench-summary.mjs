// The budget table at the end of `npm run bench`: every budget row that the benchmarks of this
// run wrote into test-results/bench/<name>.json, in one table, kept as summary.json too.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rows of the JSON files written since `since` (ms), in file-name order. */
export function budgetRows(directory, since = 0) {
  let files;
  try {
    files = readdirSync(directory).filter((file) => file.endsWith('.json') && file !== 'summary.json');
  } catch {
    return [];
  }
  return files
    .sort()
    .filter((file) => statSync(join(directory, file)).mtimeMs >= since)
    .flatMap((file) => {
      const { budgets = [] } = JSON.parse(readFileSync(join(directory, file), 'utf8'));
      return budgets.map((row) => ({ benchmark: file.replace(/\.json$/, ''), ...row }));
    });
}

export function printSummary(directory, since) {
  const rows = budgetRows(directory, since);
  if (rows.length === 0) return rows;
  console.log('\nBudgets (each figure beside its budget; budgets are reported, never asserted)');
  console.table(
    rows.map(({ benchmark, measure, figure, budget, verdict }) => ({ benchmark, measure, figure, budget, verdict })),
  );
  const over = rows.filter((row) => row.verdict !== 'within budget').length;
  console.log(`${rows.length - over} of ${rows.length} within budget`);
  writeFileSync(join(directory, 'summary.json'), JSON.stringify(rows, null, 2));
  return rows;
}
