/**
 * Reorders ranked items so that no source has more than `maxRun` items in a row: a prolific
 * feed must not push everyone else off the first screen. Greedy and stable: at each step the
 * best remaining item is taken unless it would lengthen a run past the limit, in which case
 * the best item from another source goes first. When only one source is left, its items
 * follow in order. Deterministic: the same input always gives the same output.
 */
export function diversifyBySource<T>(ranked: readonly T[], sourceOf: (item: T) => string, maxRun = 2): T[] {
  const remaining = [...ranked];
  const result: T[] = [];
  let runSource: string | undefined;
  let runLength = 0;
  while (remaining.length > 0) {
    let index = 0;
    if (runLength >= maxRun) {
      const other = remaining.findIndex((item) => sourceOf(item) !== runSource);
      if (other !== -1) index = other;
    }
    const [next] = remaining.splice(index, 1) as [T];
    const source = sourceOf(next);
    runLength = source === runSource ? runLength + 1 : 1;
    runSource = source;
    result.push(next);
  }
  return result;
}
