import { QuorumDatabase } from './database';

/**
 * The one database handle of an extension context (background or an extension page).
 * Content scripts must never import this: IndexedDB there belongs to the web page.
 */
export const db = new QuorumDatabase();
