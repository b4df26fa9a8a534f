import type { DBCore, DBCoreGetManyRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { keyRange } from './key-range';

/** Tables keyed by canonical URL (utils/url.ts): one site's keys sit together in key order. */
const URL_KEYED_TABLES = new Set(['articles', 'reading']);
/** Fewer keys of one site than this are simply looked up: a range read would save nothing. */
const MIN_RUN = 4;
/**
 * A range read returns at most this many keys per key asked for. A site whose stored URLs
 * interleave densely with the ones asked for (an archive the feed walks through) is looked up
 * key by key instead, so the range read never costs more than a few lookups would.
 */
const KEYS_PER_KEY_ASKED = 4;

/** "https://host" of a canonical URL: everything before the path. */
function siteOf(url: string): string {
  const path = url.indexOf('/', url.indexOf('//') + 2);
  return path === -1 ? url : url.slice(0, path);
}

/** The asked-for keys in key order, cut into runs of one site each. */
function runsBySite(keys: readonly string[]): string[][] {
  // IndexedDB orders string keys by UTF-16 code units, as the default sort does.
  const sorted = [...new Set(keys)].sort();
  const runs: string[][] = [];
  for (const key of sorted) {
    const last = runs.at(-1);
    if (last && siteOf(last[0]!) === siteOf(key)) last.push(key);
    else runs.push([key]);
  }
  return runs;
}

/** Which of a run's keys are stored, from one read of the keys between its first and last; undefined when too many lie between. */
async function storedOf(table: DBCoreTable, trans: DBCoreTransaction, run: readonly string[]) {
  const limit = run.length * KEYS_PER_KEY_ASKED;
  const { result } = await table.query({
    trans,
    values: false,
    limit,
    query: {
      index: table.schema.primaryKey,
      range: keyRange(run[0], run.at(-1)),
    },
  });
  if (result.length >= limit) return undefined;
  const present = new Set(result as string[]);
  return run.filter((key) => present.has(key));
}

/**
 * A sync's merge looks up each of a feed's URLs, and the tally each URL's mark; IndexedDB has
 * no call for many keys, so every key is a request the database's process answers on its own.
 * Most of a new feed's URLs are not stored yet, and one site's URLs sit together in key order:
 * so in read-write transactions, a run of one site's keys is first read as keys alone, between
 * its first and last, and only the stored ones are then looked up. 50 new articles of one site
 * and their marks take two requests instead of a hundred; the answer is the same as key by key.
 * The cost is a wait: where some of a run is stored, its lookups follow the key read instead of
 * starting at once, which a refresh of mostly known articles pays for fewer requests.
 */
export const sparseGetManyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'QuorumSparseGetMany',
  // Below the unread tally (level 10), so the tally's reads of marks are spared too.
  level: 5,
  create(down) {
    async function getMany(table: DBCoreTable, request: DBCoreGetManyRequest): Promise<unknown[]> {
      const keys = request.keys;
      const isReadWrite = (request.trans as unknown as IDBTransaction).mode === 'readwrite';
      if (!isReadWrite || keys.length < MIN_RUN || !keys.every((key) => typeof key === 'string')) {
        return table.getMany(request);
      }
      const toLookUp = new Set<string>();
      await Promise.all(
        runsBySite(keys as string[]).map(async (run) => {
          const stored = run.length >= MIN_RUN ? await storedOf(table, request.trans, run) : undefined;
          for (const key of stored ?? run) toLookUp.add(key);
        }),
      );
      // In the order asked and with any repeats, as a plain lookup gives them: each position
      // gets a row of its own, so a caller that changes one in place changes only that one.
      const positions = keys.flatMap((key: string, position) => (toLookUp.has(key) ? [position] : []));
      const rows =
        positions.length > 0
          ? await table.getMany({ ...request, keys: positions.map((position) => keys[position]) })
          : [];
      const answer: unknown[] = new Array(keys.length).fill(undefined);
      positions.forEach((position, index) => (answer[position] = rows[index]));
      return answer;
    }
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!URL_KEYED_TABLES.has(name)) return table;
        return { ...table, getMany: (request) => getMany(table, request) };
      },
    };
  },
};
