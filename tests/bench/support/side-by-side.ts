import { median, round } from './stats';

export interface SideBySideRun {
  /** Median of the measured page's opens in this run (ms). */
  measured: number;
  /** Median of the baseline's opens in this run (ms). */
  baseline: number;
  ratio: number;
}

/**
 * Runs that compare a page with its baseline: in each run the two are opened alternately
 * `opens` times, so machine noise falls on both alike, and the run's ratio is of the medians.
 * The verdict is taken on the median ratio of the runs, never on one lucky or unlucky run.
 */
export async function sideBySide(
  measure: () => Promise<number>,
  baseline: () => Promise<number>,
  options: { runs?: number; opens: number },
): Promise<{ runs: SideBySideRun[]; ratio: number }> {
  const runs: SideBySideRun[] = [];
  for (let run = 0; run < (options.runs ?? 3); run++) {
    const measured: number[] = [];
    const base: number[] = [];
    for (let open = 0; open < options.opens; open++) {
      measured.push(await measure());
      base.push(await baseline());
    }
    runs.push({ measured: median(measured), baseline: median(base), ratio: median(measured) / median(base) });
  }
  return { runs, ratio: median(runs.map((run) => run.ratio)) };
}

/** "1.12× (212 / 189 ms)" per run, for the JSON and the figure column. */
export function describeRuns(runs: readonly SideBySideRun[]): string {
  return runs.map((run) => `${round(run.ratio, 2)}× (${round(run.measured)} / ${round(run.baseline)} ms)`).join(', ');
}
