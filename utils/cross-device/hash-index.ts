import type { QuorumDatabase } from '../db/database';
import { urlHash } from './url-hash';

/** A hash that two local URLs share: it names no article for sure, so it marks none. */
export const AMBIGUOUS = null;

/**
 * Every URL this device could apply a mark to (its articles, and marks that outlived their
 * article), by hash. Call inside a transaction that covers articles and reading.
 */
export async function hashIndex(db: QuorumDatabase): Promise<Map<number, string | typeof AMBIGUOUS>> {
  const [articles, marked] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    db.reading.toCollection().primaryKeys(),
  ]);
  const index = new Map<number, string | typeof AMBIGUOUS>();
  for (const url of [...articles, ...marked] as string[]) {
    const hash = urlHash(url);
    const held = index.get(hash);
    if (held === undefined) index.set(hash, url);
    else if (held !== url) index.set(hash, AMBIGUOUS);
  }
  return index;
}
