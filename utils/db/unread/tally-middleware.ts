import type {
  DBCore,
  DBCoreGetManyRequest,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { serialQueue, type SerialQueue } from '../../serial-queue';
import { keyRange } from '../key-range';
import { BUCKETS, bucketBounds, bucketOf, type Buckets } from './buckets';
import { isHidden, RowsSeen, type ArticleLike, type Before, type ReadingLike } from './rows-seen';
import { TALLIES_TABLE, UNREAD_TALLY, unreadBucketsOf } from './tally-row';

const ARTICLES = 'articles';
const READING = 'reading';

/**
 * Past this many rows in one write (a merge from another device, an import), the state before
 * it is read from index keys alone: every article's bucket from the relevance index, one range
 * per bucket, and the hidden ones from the read and dismissed indexes. That costs the same
 * whatever the batch, where reading thousands of whole articles would cost seconds.
 */
const FROM_INDEXES = 200;

/** The key range of a half-open interval [lower, upper), or [lower, ∞) without an upper bound. */
const range = (lower: number, upper?: number, lowerOpen = false): DBCoreKeyRange =>
  keyRange(lower, upper, { lowerOpen, upperOpen: true });

async function beforeFromRows(articles: DBCoreTable, reading: DBCoreTable, trans: DBCoreTransaction, keys: string[]) {
  const [articleRows, readingRows] = await Promise.all([
    articles.getMany({ trans, keys }),
    reading.getMany({ trans, keys }),
  ]);
  const buckets = new Map(keys.map((key, index) => [key, articleRows[index] as ArticleLike | undefined]));
  const marks = new Map(keys.map((key, index) => [key, readingRows[index] as ReadingLike | undefined]));
  return {
    bucket: (url: string) => {
      const article = buckets.get(url);
      return article ? bucketOf(article.relevance) : undefined;
    },
    hidden: (url: string) => isHidden(marks.get(url)),
  } satisfies Before;
}

async function beforeFromIndexes(articles: DBCoreTable, reading: DBCoreTable, trans: DBCoreTransaction) {
  const relevance = articles.schema.getIndexByKeyPath('relevance');
  const readAt = reading.schema.getIndexByKeyPath('readAt');
  const dismissedAt = reading.schema.getIndexByKeyPath('dismissedAt');
  if (!relevance || !readAt || !dismissedAt) return undefined;
  const keysIn = (table: DBCoreTable, index: typeof relevance, keyRange: DBCoreKeyRange) =>
    table.query({ trans, values: false, query: { index, range: keyRange } }).then(({ result }) => result as string[]);
  const [perBucket, read, dismissed] = await Promise.all([
    Promise.all(
      Array.from({ length: BUCKETS }, (_, bucket) => {
        const { lower, upper } = bucketBounds(bucket);
        return keysIn(articles, relevance, range(lower, upper));
      }),
    ),
    keysIn(reading, readAt, range(0, undefined, true)),
    keysIn(reading, dismissedAt, range(0, undefined, true)),
  ]);
  const buckets = new Map<string, number>();
  perBucket.forEach((urls, bucket) => urls.forEach((url) => buckets.set(url, bucket)));
  const hidden = new Set([...read, ...dismissed]);
  return { bucket: (url: string) => buckets.get(url), hidden: (url: string) => hidden.has(url) } satisfies Before;
}

/**
 * Keeps the unread histogram (see buckets.ts) current inside every write that can change it:
 * articles added, re-scored or removed (sync, prune, feed removal) and marks set or cleared
 * (the page, another device, an import). It sits in Dexie's storage layer, so no writer can
 * forget it, and it writes in the writer's own transaction, so the count can never drift
 * from the rows: both commit or neither does.
 *
 * Every read-write transaction over articles or marks is widened to both tables and the
 * tally, because a mark's weight depends on its article's relevance and the other way round.
 * A write the tally cannot follow exactly (clearing a table, a partly failed bulk write)
 * drops the histogram instead; the background counts it afresh (ensureUnreadTally).
 * When no histogram is stored, writes cost nothing extra; a merge's read of its articles still
 * reads their marks beside it, at the same time.
 */
export const unreadTallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'QuorumUnreadTally',
  // Above the lookups of many URLs (sparse-get-many.ts, level 5), so its reads of marks use them.
  level: 10,
  create(down) {
    const tables = new Set(down.schema.tables.map((table) => table.name));
    // Databases opened at an older version (migration tests) have no tally to keep.
    if (!tables.has(TALLIES_TABLE)) return {};
    // Writes in one transaction update the histogram one after another, never interleaved.
    const queues = new WeakMap<DBCoreTransaction, SerialQueue>();
    const serially = <T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> => {
      let queue = queues.get(trans);
      if (!queue) queues.set(trans, (queue = serialQueue()));
      return queue(work);
    };

    // What each read-write transaction has read of articles and marks (rows-seen.ts).
    const seen = new WeakMap<DBCoreTransaction, RowsSeen>();
    const isReadWrite = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'readwrite';

    const tallies = down.table(TALLIES_TABLE);
    const articles = down.table(ARTICLES);
    const reading = down.table(READING);

    async function mutateTallied(name: string, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const table = name === ARTICLES ? articles : reading;
      const trans = req.trans;
      // Schema upgrades run in their own transaction; the tally store they create starts empty.
      if ((trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      if (req.type === 'deleteRange') {
        seen.delete(trans);
        const stored = await tallies.get({ trans, key: UNREAD_TALLY });
        const response = await table.mutate(req);
        if (stored) await tallies.mutate({ type: 'delete', trans, keys: [UNREAD_TALLY] });
        return response;
      }
      const after = new Map<string, unknown>();
      if (req.type === 'delete') for (const key of req.keys) after.set(String(key), undefined);
      else {
        req.values.forEach((value, index) => {
          const key = req.keys?.[index] ?? (value as { url?: unknown }).url;
          after.set(String(key), value);
        });
      }
      const keys = [...after.keys()];
      // A small write (a mark set from the page) reads its rows at the same time as the
      // histogram, not after it, on the path a click waits for. A large one asks for the
      // histogram first, since the index read it would otherwise start is costly.
      const remembered = seen.get(trans)?.before(keys);
      const small = keys.length <= FROM_INDEXES;
      const [storedRow, rowsBefore] = await Promise.all([
        tallies.get({ trans, key: UNREAD_TALLY }),
        remembered ?? (small ? beforeFromRows(articles, reading, trans, keys) : undefined),
      ]);
      const stored = unreadBucketsOf(storedRow);
      if (!stored) return remember(name, trans, keys, after, await table.mutate(req));
      const before =
        rowsBefore ??
        (await beforeFromIndexes(articles, reading, trans)) ??
        (await beforeFromRows(articles, reading, trans, keys));
      const response = remember(name, trans, keys, after, await table.mutate(req));
      if (response.numFailures > 0) {
        await tallies.mutate({ type: 'delete', trans, keys: [UNREAD_TALLY] });
        return response;
      }
      const buckets: Buckets = [...stored];
      for (const key of keys) {
        const bucket = before.bucket(key);
        const hidden = before.hidden(key);
        const was = bucket !== undefined && !hidden ? bucket : undefined;
        const next = after.get(key) as (ArticleLike & ReadingLike) | undefined;
        // A write to one table leaves the other as it was: an article keeps its marks, a mark its article.
        const now =
          name === ARTICLES
            ? next && !hidden
              ? bucketOf(next.relevance)
              : undefined
            : bucket !== undefined && !isHidden(next)
              ? bucket
              : undefined;
        if (was !== undefined) buckets[was] = Math.max(0, buckets[was]! - 1);
        if (now !== undefined) buckets[now] = buckets[now]! + 1;
      }
      await tallies.mutate({ type: 'put', trans, values: [{ id: UNREAD_TALLY, buckets }] });
      return response;
    }

    /** Rows written are rows known: a later write in the same transaction needs no read for them. */
    function remember(
      name: string,
      trans: DBCoreTransaction,
      keys: string[],
      after: Map<string, unknown>,
      response: DBCoreMutateResponse,
    ): DBCoreMutateResponse {
      const rows = seen.get(trans);
      if (!rows) return response;
      if (response.numFailures > 0) {
        seen.delete(trans);
        return response;
      }
      const written = keys.map((key) => after.get(key));
      if (name === ARTICLES) rows.sawArticles(keys, written);
      else rows.sawMarks(keys, written);
      return response;
    }

    /**
     * A read of articles by key in a read-write transaction (a merge reading what it is about to
     * write) also reads the same URLs' marks, side by side, and remembers both for the tally.
     * A read of marks is not paired the other way: another device's marks come by the thousand,
     * and reading their articles' whole rows would cost more than the tally's index scan.
     */
    async function getArticlesSeen(req: DBCoreGetManyRequest): Promise<unknown[]> {
      const { trans } = req;
      const keys = req.keys.map(String);
      const [rows, marks] = await Promise.all([articles.getMany(req), reading.getMany({ trans, keys })]);
      let memory = seen.get(trans);
      if (!memory) seen.set(trans, (memory = new RowsSeen()));
      memory.sawArticles(keys, rows);
      memory.sawMarks(keys, marks);
      return rows;
    }

    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && (stores.includes(ARTICLES) || stores.includes(READING));
        const scope = widen ? [...new Set([...stores, ARTICLES, READING, TALLIES_TABLE])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ARTICLES && name !== READING) return table;
        const mutate = (req: DBCoreMutateRequest) => serially(req.trans, () => mutateTallied(name, req));
        if (name === READING) return { ...table, mutate };
        return {
          ...table,
          mutate,
          // In the same queue as the writes, so what it remembers is never older than a write.
          getMany: (req) =>
            isReadWrite(req.trans) ? serially(req.trans, () => getArticlesSeen(req)) : table.getMany(req),
        };
      },
    };
  },
};
