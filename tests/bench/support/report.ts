import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEST_OUTPUT } from '../../support/paths';

/** Prints a benchmark's figures and keeps them as JSON under test-results/bench/. */
export async function report(name: string, figures: Record<string, unknown>): Promise<void> {
  console.log(`\n${name}`);
  console.table(figures);
  await mkdir(join(TEST_OUTPUT, 'bench'), { recursive: true });
  await writeFile(join(TEST_OUTPUT, 'bench', `${name}.json`), JSON.stringify(figures, null, 2));
}
