/**
 * The topics' ids and the names people read. Kept apart from the taxonomy's term lists
 * (taxonomy.ts, which re-exports these), so a page that shows topics or checks a topic id
 * loads a few hundred bytes instead of every term the classifier matches.
 */
export const TOPIC_IDS = [
  'consensus',
  'replication',
  'consistency',
  'transactions',
  'time-and-order',
  'caching',
  'partitioning',
  'streaming',
  'storage',
  'fault-tolerance',
  'scaling',
  'architecture',
  'security',
  'verification',
  'observability',
  'orchestration',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export const TOPIC_LABELS: Readonly<Record<TopicId, string>> = {
  consensus: 'Consensus',
  replication: 'Replication',
  consistency: 'Consistency',
  transactions: 'Transactions',
  'time-and-order': 'Time and order',
  caching: 'Caching',
  partitioning: 'Partitioning',
  streaming: 'Streaming',
  storage: 'Storage',
  'fault-tolerance': 'Fault tolerance',
  scaling: 'Scaling',
  architecture: 'Architecture',
  security: 'Security',
  verification: 'Verification',
  observability: 'Observability',
  orchestration: 'Orchestration',
};

export function topicLabel(id: TopicId): string {
  return TOPIC_LABELS[id];
}
