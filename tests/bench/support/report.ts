import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEST_OUTPUT } from '../../support/paths';

/**
 * One line of the budget table `npm run bench` prints at the end: what was measured, the
 * figure, the budget it is held to and the verdict. Figures are text so each row can say
 * what it is ("1.12× (212 vs 189 ms)", "p95 14.2 ms").
 */
export interface BudgetRow {
  measure: string;
  figure: string;
  budget: string;
  verdict: Verdict;
}

export type Verdict = 'within budget' | 'OVER BUDGET';

const isTable = (value: unknown): value is Record<string, Record<string, unknown>> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((row) => typeof row === 'object' && row !== null);

/**
 * Prints a benchmark's figures and keeps them as JSON under test-results/bench/<name>.json.
 * Plain values print as one table; a value that is itself rows of figures (operation →
 * figures) prints as its own table under its key. `budgets` are the rows this benchmark adds
 * to the summary table (scripts/bench-summary.mjs reads them from the JSON).
 */
export async function report(name: string, figures: Record<string, unknown>, budgets: BudgetRow[] = []): Promise<void> {
  console.log(`\n${name}`);
  const plain = Object.fromEntries(Object.entries(figures).filter(([, value]) => !isTable(value)));
  if (Object.keys(plain).length > 0) console.table(plain);
  for (const [key, value] of Object.entries(figures)) {
    if (!isTable(value)) continue;
    console.log(`${name}: ${key}`);
    console.table(value);
  }
  if (budgets.length > 0) {
    console.log(`${name}: budgets`);
    console.table(budgets);
  }
  await mkdir(join(TEST_OUTPUT, 'bench'), { recursive: true });
  await writeFile(
    join(TEST_OUTPUT, 'bench', `${name}.json`),
    JSON.stringify({ ...figures, budgets, measuredAt: new Date().toISOString() }, null, 2),
  );
}

/**
 * The verdict for a "lower is better" figure. Budgets are reported, never asserted: on a
 * shared machine one slow run must not fail the build, but a miss must be plain to see.
 */
export function verdict(measured: number, budget: number): Verdict {
  return measured <= budget ? 'within budget' : 'OVER BUDGET';
}

/** A budget row for a "lower is better" figure. */
export function budgetRow(
  measure: string,
  measured: number,
  budget: number,
  texts: { figure: string; budget: string },
): BudgetRow {
  return { measure, figure: texts.figure, budget: texts.budget, verdict: verdict(measured, budget) };
}
