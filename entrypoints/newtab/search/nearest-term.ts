/**
 * Optimal string alignment distance: edits, where swapping two neighbouring letters counts as
 * one ("paxso" is one step from "paxos", where plain Levenshtein says two).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Words of the library, with how often each appears, for suggestions. */
export function vocabulary(texts: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])
      words.set(word, (words.get(word) ?? 0) + 1);
  }
  return words;
}

/**
 * The library word nearest to `term`: one edit away for short words, two for longer ones, the
 * more common word winning a tie. Undefined when the term is itself a word, or nothing is near.
 */
export function nearestTerm(term: string, words: ReadonlyMap<string, number>): string | undefined {
  const wanted = term.toLowerCase();
  if (wanted.length < 4 || words.has(wanted)) return undefined;
  const max = wanted.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [word, count] of words) {
    const distance = editDistance(wanted, word, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count))
      best = { word, distance, count };
  }
  return best?.word;
}
