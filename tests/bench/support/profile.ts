import type { Page } from 'playwright-core';

/**
 * Where a page's main thread spends its time while `work` runs: a V8 CPU profile (sampled
 * every 100 µs) folded into self time per script file, plus V8's own buckets — "(program)" is
 * the browser's native work on that thread (style, layout, paint, parsing), "(idle)" is waiting
 * (on IndexedDB, timers, the next frame), "(garbage collector)" is GC. Script names are the
 * built chunks' files, so a bucket reads as "React + Dexie chunk", "search chunk" and so on.
 * Profiling slows the page, so this runs apart from the timed runs and gives shares, not times.
 */
export async function profileMainThread(
  page: Page,
  work: () => Promise<unknown>,
  options: { per?: number } = {},
): Promise<Record<string, { ms: number; share: string }>> {
  /** Divides every figure, e.g. by the number of keystrokes, to read "ms per keystroke". */
  const per = options.per ?? 1;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const buckets = new Map<string, number>();
  // Each sample's node ran until the next sample was taken.
  for (let i = 0; i < samples.length - 1; i++) {
    const frame = nodes.get(samples[i]!)?.callFrame;
    const file = frame?.url
      ? frame.url
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.js$/, '.js')
      : frame?.functionName || '(native)';
    const bucket = file.startsWith('(') ? file : frame?.url ? `script: ${file}` : `native call: ${file}`;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + deltas[i + 1]! / 1000);
  }
  // Shares are of the busy time: idle is the gaps between the work, however long we waited.
  const busy = [...buckets.entries()].filter(([name]) => name !== '(idle)').reduce((sum, [, ms]) => sum + ms, 0);
  const sorted = [...buckets.entries()].sort((a, b) => b[1] - a[1]);
  // Small native calls (IndexedDB's cursor.continue, DOM setters…) are many; fold the tail.
  const shown = sorted.slice(0, 10);
  const rest = sorted.slice(10).reduce((sum, [, ms]) => sum + ms, 0);
  const rows = rest > 0 ? [...shown, ['everything else', rest] as [string, number]] : shown;
  return Object.fromEntries(
    rows.map(([name, ms]) => [
      name,
      {
        ms: Math.round((ms / per) * 10) / 10,
        share: name === '(idle)' ? '— (waiting)' : `${Math.round((ms / busy) * 100)} % of busy time`,
      },
    ]),
  );
}
