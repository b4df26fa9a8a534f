import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../schemas/article';
import type { Feed } from '../schemas/feed';
import type { PendingMark } from '../schemas/pending-mark';
import type { ReadingState } from '../schemas/reading';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { TallyRow } from './unread/tally-row';
import { sparseGetManyMiddleware } from './sparse-get-many';
import { unreadTallyMiddleware } from './unread/tally-middleware';

export class QuorumDatabase extends Dexie {
  articles!: EntityTable<Article, 'url'>;
  reading!: EntityTable<ReadingState, 'url'>;
  feeds!: EntityTable<Feed, 'id'>;
  pendingMarks!: EntityTable<PendingMark, 'hash'>;
  tallies!: EntityTable<TallyRow, 'id'>;

  /** `versions` is a parameter so migration tests can build a database as an older release did. */
  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores({ ...stores });
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(unreadTallyMiddleware);
    this.use(sparseGetManyMiddleware);
  }
}
