import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { scriptsLoadedFirst, workerScript, type LoadedScript } from '../support/built-scripts';
import { CHROME_DIST } from '../support/paths';
import { budgetRow, report, verdict, type BudgetRow } from './support/report';

/**
 * Bundle sizes of the production build (`npm run bench` builds it first; this builds nothing):
 * each script the new tab and popup load before they are interactive, and the service worker.
 * Which scripts a page loads first is read from its HTML and the chunks' imports (see
 * tests/support/built-scripts.ts), so content hashes never matter. Sizes in kB (1,000 bytes),
 * raw and gzip -9.
 */

/** Each chunk a page loads before it is interactive: the most the network and parser take at once. */
const PAGE_CHUNK_BUDGET_KB = 90;
const WORKER_BUDGET_KB = 100;
const PAGES = ['newtab.html', 'popup.html'];

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

interface Size {
  raw: number;
  gzip: number;
}

function sizeOf(file: string): Size {
  const bytes = readFileSync(join(CHROME_DIST, file));
  return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

const row = (size: Size, budget: string, result: string, via?: LoadedScript['via']) => ({
  ...(via === undefined ? {} : { via }),
  'raw (kB)': kB(size.raw),
  'gzip -9 (kB)': kB(size.gzip),
  budget,
  verdict: result,
});

it('bundle sizes: first-loaded page chunks and the service worker, raw and gzip -9', async () => {
  expect(existsSync(join(CHROME_DIST, 'manifest.json')), 'run `npx wxt build` (npm run bench does)').toBe(true);
  const rows: Record<string, ReturnType<typeof row>> = {};
  const budgets: BudgetRow[] = [];
  let largestChunk = { file: '', gzip: 0 };
  for (const page of PAGES) {
    let largest = { file: '', gzip: 0 };
    const scripts = scriptsLoadedFirst(CHROME_DIST, page);
    // A page that starts its app must be seen to: otherwise the walk has lost the app's chunks.
    expect(scripts.some((script) => script.via === 'start-up import')).toBe(true);
    const total: Size = { raw: 0, gzip: 0 };
    for (const script of scripts) {
      const size = sizeOf(script.file);
      total.raw += size.raw;
      total.gzip += size.gzip;
      if (size.gzip > largest.gzip) largest = { file: script.file, gzip: size.gzip };
      rows[`${page}: ${script.file}`] = row(
        size,
        `≤ ${PAGE_CHUNK_BUDGET_KB} kB gzip`,
        verdict(kB(size.gzip), PAGE_CHUNK_BUDGET_KB),
        script.via,
      );
    }
    rows[`${page}: all ${scripts.length} scripts before interaction (sum)`] = row(total, 'reported', '—');
    if (largest.gzip > largestChunk.gzip) largestChunk = largest;
    budgets.push(
      budgetRow(`${page}: largest chunk loaded before interaction`, kB(largest.gzip), PAGE_CHUNK_BUDGET_KB, {
        figure: `${kB(largest.gzip)} kB gzip (${largest.file}); all ${scripts.length} scripts ${kB(total.gzip)} kB`,
        budget: `≤ ${PAGE_CHUNK_BUDGET_KB} kB gzip each`,
      }),
    );
  }
  const worker = workerScript(CHROME_DIST);
  const workerSize = sizeOf(worker);
  rows[`service worker: ${worker}`] = row(
    workerSize,
    `≤ ${WORKER_BUDGET_KB} kB gzip`,
    verdict(kB(workerSize.gzip), WORKER_BUDGET_KB),
  );

  budgets.push(
    budgetRow('service worker bundle', kB(workerSize.gzip), WORKER_BUDGET_KB, {
      figure: `${kB(workerSize.gzip)} kB gzip (${kB(workerSize.raw)} kB raw)`,
      budget: `≤ ${WORKER_BUDGET_KB} kB gzip`,
    }),
  );

  await report(
    'bundle-size',
    {
      'largest first-loaded page chunk, gzip -9 (kB)': kB(largestChunk.gzip),
      'largest first-loaded page chunk': largestChunk.file,
      'page chunk budget': `each first-loaded chunk ≤ ${PAGE_CHUNK_BUDGET_KB} kB gzip`,
      'page chunk verdict': verdict(kB(largestChunk.gzip), PAGE_CHUNK_BUDGET_KB),
      'service worker, gzip -9 (kB)': kB(workerSize.gzip),
      'service worker budget': `≤ ${WORKER_BUDGET_KB} kB gzip`,
      'service worker verdict': verdict(kB(workerSize.gzip), WORKER_BUDGET_KB),
      note: 'first-loaded: the page HTML’s scripts and modulepreloads, their static imports, and the app its entry starts after the first frame; search, stats and “why this pick” load on demand and are not counted',
      bundles: rows,
    },
    budgets,
  );
});
