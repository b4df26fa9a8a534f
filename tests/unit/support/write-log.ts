import type { DBCore, Middleware } from 'dexie';
import type { QuorumDatabase } from '../../../utils/db/database';

export interface WriteLog {
  /** The stores of each read-write transaction, in the order they were opened. */
  transactions: string[][];
  /** The keys each table was asked to put, write by write. */
  puts: { table: string; keys: string[] }[];
}

/**
 * Records what reaches the database's storage layer: read-write transactions and the rows put.
 * Installed before the database opens (Dexie builds its middleware stack when it opens).
 */
export function logWrites(db: QuorumDatabase): WriteLog {
  const log: WriteLog = { transactions: [], puts: [] };
  const recorder: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'TestWriteLog',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite') log.transactions.push([...stores]);
        return down.transaction(stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            if (req.type === 'put')
              log.puts.push({
                table: name,
                keys: req.values.map((value, index) => String(req.keys?.[index] ?? (value as { url?: unknown }).url)),
              });
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.use(recorder);
  return log;
}
