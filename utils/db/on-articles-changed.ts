import Dexie, { type ObservabilitySet } from 'dexie';
import type { QuorumDatabase } from './database';

/**
 * Calls `changed` after every committed write to the articles table: a sync, the starter
 * pack, an import or a reset, whether made in this context or in another of the extension's
 * (Dexie relays each write's keys between its pages and its worker). Returns the unsubscribe.
 */
export function onArticlesChanged(db: QuorumDatabase, changed: () => void): () => void {
  const prefix = `idb://${db.name}/articles/`;
  const listener = (parts: ObservabilitySet) => {
    // 'all' is Dexie's "anything may have changed" (a page restored from the back-forward cache).
    if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(prefix))) changed();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
