import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import { bucketOf, type Buckets } from './buckets';
import { TALLIES_TABLE, UNREAD_TALLY, unreadBucketsOf } from './tally-row';

const ARTICLES = 'articles';
const READING = 'reading';

interface ArticleLike {
  url?: unknown;
  relevance?: unknown;
}
interface ReadingLike {
  url?: unknown;
  readAt?: unknown;
  dismissedAt?: unknown;
}

const isHidden = (reading: ReadingLike | undefined) => reading?.readAt != null || reading?.dismissedAt != null;

/** The bucket an article adds to the unread histogram, given its marks; undefined if none. */
function contribution(article: ArticleLike | undefined, reading: ReadingLike | undefined): number | undefined {
  return article && !isHidden(reading) ? bucketOf(article.relevance) : undefined;
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
 * When no histogram is stored, writes cost nothing extra.
 */
export const unreadTallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'QuorumUnreadTally',
  create(down) {
    const tables = new Set(down.schema.tables.map((table) => table.name));
    // Databases opened at an older version (migration tests) have no tally to keep.
    if (!tables.has(TALLIES_TABLE)) return {};
    // Writes in one transaction update the histogram one after another, never interleaved.
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    const serially = <T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> => {
      const run = (queues.get(trans) ?? Promise.resolve()).then(work);
      queues.set(
        trans,
        run.catch(() => undefined),
      );
      return run;
    };

    const tallies = down.table(TALLIES_TABLE);
    const articles = down.table(ARTICLES);
    const reading = down.table(READING);

    async function mutateTallied(name: string, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const table = name === ARTICLES ? articles : reading;
      const trans = req.trans;
      // Schema upgrades run in their own transaction; the tally store they create starts empty.
      if ((trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      const stored = unreadBucketsOf(await tallies.get({ trans, key: UNREAD_TALLY }));
      if (!stored) return table.mutate(req);
      if (req.type === 'deleteRange') {
        const response = await table.mutate(req);
        await tallies.mutate({ type: 'delete', trans, keys: [UNREAD_TALLY] });
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
      const [articleRows, readingRows] = await Promise.all([
        articles.getMany({ trans, keys }),
        reading.getMany({ trans, keys }),
      ]);
      const response = await table.mutate(req);
      if (response.numFailures > 0) {
        await tallies.mutate({ type: 'delete', trans, keys: [UNREAD_TALLY] });
        return response;
      }
      const buckets: Buckets = [...stored];
      keys.forEach((key, index) => {
        const article = articleRows[index] as ArticleLike | undefined;
        const marks = readingRows[index] as ReadingLike | undefined;
        const next = after.get(key) as (ArticleLike & ReadingLike) | undefined;
        const before = contribution(article, marks);
        const now = name === ARTICLES ? contribution(next, marks) : contribution(article, next);
        if (before !== undefined) buckets[before] = Math.max(0, buckets[before]! - 1);
        if (now !== undefined) buckets[now] = buckets[now]! + 1;
      });
      await tallies.mutate({ type: 'put', trans, values: [{ id: UNREAD_TALLY, buckets }] });
      return response;
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
        return { ...table, mutate: (req) => serially(req.trans, () => mutateTallied(name, req)) };
      },
    };
  },
};
