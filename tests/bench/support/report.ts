import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEST_OUTPUT } from '../../support/paths';

const isTable = (value: unknown): value is Record<string, Record<string, unknown>> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((row) => typeof row === 'object' && row !== null);

/**
 * Prints a benchmark's figures and keeps them as JSON under test-results/bench/. Plain values
 * print as one table; a value that is itself rows of figures (operation → figures) prints as
 * its own table under its key, so a benchmark with several measured operations reads as a grid.
 */
export async function report(name: string, figures: Record<string, unknown>): Promise<void> {
  console.log(`\n${name}`);
  const plain = Object.fromEntries(Object.entries(figures).filter(([, value]) => !isTable(value)));
  if (Object.keys(plain).length > 0) console.table(plain);
  for (const [key, value] of Object.entries(figures)) {
    if (!isTable(value)) continue;
    console.log(`${name}: ${key}`);
    console.table(value);
  }
  await mkdir(join(TEST_OUTPUT, 'bench'), { recursive: true });
  await writeFile(join(TEST_OUTPUT, 'bench', `${name}.json`), JSON.stringify(figures, null, 2));
}

/**
 * The verdict for a "lower is better" figure. Budgets are reported, never asserted: on a
 * shared machine one slow run must not fail the build, but a miss must be plain to see.
 */
export function verdict(measured: number, budget: number): 'within budget' | 'OVER BUDGET' {
  return measured <= budget ? 'within budget' : 'OVER BUDGET';
}
