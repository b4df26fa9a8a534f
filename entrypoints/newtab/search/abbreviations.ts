/**
 * Abbreviations the field writes every day, with the words an article spells them out in.
 * A search for "2pc" also searches "two phase commit"; lowercase keys, whole tokens only.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  '2pc': 'two phase commit',
  '3pc': 'three phase commit',
  crdt: 'conflict free replicated',
  crdts: 'conflict free replicated',
  mvcc: 'multi version concurrency',
  occ: 'optimistic concurrency control',
  hlc: 'hybrid logical clock',
  bft: 'byzantine fault',
  pbft: 'practical byzantine fault',
  smr: 'state machine replication',
  lsm: 'log structured merge',
  wal: 'write ahead log',
  ssi: 'serializable snapshot isolation',
  dht: 'distributed hash table',
  rpc: 'remote procedure call',
  cdc: 'change data capture',
  flp: 'impossibility distributed consensus faulty process',
  gfs: 'google file system',
  sre: 'site reliability',
  tla: 'formal methods',
};

/** The query with each known abbreviation spelled out, or undefined when it has none. */
export function expandAbbreviations(query: string): string | undefined {
  const tokens = query.trim().toLowerCase().split(/\s+/);
  if (!tokens.some((token) => token in ABBREVIATIONS)) return undefined;
  return tokens.map((token) => ABBREVIATIONS[token] ?? token).join(' ');
}
