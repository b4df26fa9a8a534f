/**
 * The topic taxonomy: the one definition used by scoring, by the filter chips and by the
 * stats chart. Terms are matched case-insensitively on word boundaries; `strong` terms are
 * unambiguous signals, `weak` ones only count alongside others.
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

export interface TopicDefinition {
  id: TopicId;
  label: string;
  description: string;
  strong: readonly string[];
  weak: readonly string[];
}

export const TOPICS: Readonly<Record<TopicId, TopicDefinition>> = {
  consensus: {
    id: 'consensus',
    label: 'Consensus',
    description: 'How nodes agree on one value or one log despite failures.',
    strong: ['paxos', 'raft', 'consensus', 'leader election', 'zab', 'viewstamped replication', 'byzantine', 'pbft', 'flp'],
    weak: ['quorum', 'zookeeper', 'etcd', 'chubby', 'leader', 'agreement'],
  },
  replication: {
    id: 'replication',
    label: 'Replication',
    description: 'Keeping copies of data on several machines, and keeping them in step.',
    strong: ['replication', 'replicated', 'replica', 'replicas', 'chain replication', 'crdt', 'crdts', 'primary-backup'],
    weak: ['follower', 'failover', 'geo-distributed', 'multi-region', 'anti-entropy', 'gossip'],
  },
  consistency: {
    id: 'consistency',
    label: 'Consistency',
    description: 'What readers may observe: linearizability, eventual consistency, CAP and friends.',
    strong: ['linearizability', 'linearizable', 'eventual consistency', 'eventually consistent', 'cap theorem', 'pacelc', 'serializability', 'causal consistency', 'consistency model'],
    weak: ['consistency', 'consistent', 'cap', 'stale reads', 'read-your-writes'],
  },
  transactions: {
    id: 'transactions',
    label: 'Transactions',
    description: 'Atomic, isolated changes across keys, shards and services.',
    strong: ['transaction', 'transactions', 'two-phase commit', '2pc', 'isolation level', 'snapshot isolation', 'mvcc', 'acid', 'sagas', 'saga'],
    weak: ['commit', 'rollback', 'deadlock', 'locking', 'percolator', 'calvin'],
  },
  'time-and-order': {
    id: 'time-and-order',
    label: 'Time and order',
    description: 'Clocks, causality and the order of events when there is no global time.',
    strong: ['lamport clock', 'logical clock', 'logical clocks', 'vector clock', 'vector clocks', 'hybrid logical clock', 'truetime', 'happens-before', 'clock skew'],
    weak: ['clock', 'clocks', 'ordering', 'timestamp', 'timestamps', 'causality', 'time'],
  },
  caching: {
    id: 'caching',
    label: 'Caching',
    description: 'Serving reads from copies close to the caller, and keeping them fresh.',
    strong: ['cache', 'caching', 'caches', 'memcached', 'redis', 'cdn', 'cache invalidation'],
    weak: ['hit rate', 'eviction', 'ttl', 'lru'],
  },
  partitioning: {
    id: 'partitioning',
    label: 'Partitioning',
    description: 'Splitting data across machines: sharding, hashing, rebalancing.',
    strong: ['sharding', 'sharded', 'partitioning', 'consistent hashing', 'rebalancing', 'hot partition'],
    weak: ['shard', 'shards', 'partition', 'partitions', 'range-based', 'hash ring'],
  },
  streaming: {
    id: 'streaming',
    label: 'Streaming',
    description: 'Logs, queues and stream processing: data in motion.',
    strong: ['kafka', 'stream processing', 'event streaming', 'flink', 'pulsar', 'kinesis', 'event sourcing', 'change data capture', 'cdc'],
    weak: ['stream', 'streams', 'streaming', 'queue', 'queues', 'pub/sub', 'event-driven', 'log', 'messaging'],
  },
  storage: {
    id: 'storage',
    label: 'Storage',
    description: 'How databases and file systems lay data down and find it again.',
    strong: ['lsm', 'b-tree', 'btree', 'storage engine', 'file system', 'filesystem', 'bigtable', 'rocksdb', 'write-ahead log', 'object storage', 's3'],
    weak: ['database', 'databases', 'disk', 'ssd', 'compaction', 'index', 'key-value', 'fsync'],
  },
  'fault-tolerance': {
    id: 'fault-tolerance',
    label: 'Fault tolerance',
    description: 'Surviving crashes, partitions and gray failures; testing that you do.',
    strong: ['fault tolerance', 'fault-tolerant', 'jepsen', 'chaos engineering', 'network partition', 'gray failure', 'retries', 'backoff', 'circuit breaker'],
    weak: ['failure', 'failures', 'outage', 'resilience', 'resilient', 'availability', 'crash', 'recovery', 'timeout', 'timeouts'],
  },
  scaling: {
    id: 'scaling',
    label: 'Scaling',
    description: 'Handling more load: throughput, tail latency and capacity.',
    strong: ['scalability', 'tail latency', 'load balancing', 'autoscaling', 'at scale', 'throughput'],
    weak: ['scale', 'scaling', 'latency', 'performance', 'millions', 'billions', 'load'],
  },
  architecture: {
    id: 'architecture',
    label: 'Architecture',
    description: 'How systems are put together: services, boundaries, trade-offs.',
    strong: ['microservices', 'system design', 'software architecture', 'monolith', 'service mesh', 'event-driven architecture'],
    weak: ['architecture', 'design', 'api', 'services', 'platform', 'patterns'],
  },
  security: {
    id: 'security',
    label: 'Security',
    description: 'Authentication, authorization and trust between machines.',
    strong: ['authorization', 'authentication', 'zanzibar', 'encryption', 'zero trust', 'tls', 'access control'],
    weak: ['security', 'secure', 'permissions', 'auth', 'identity'],
  },
  verification: {
    id: 'verification',
    label: 'Verification',
    description: 'Proving and checking correctness: TLA+, model checking, deterministic testing.',
    strong: ['tla+', 'formal methods', 'model checking', 'formal verification', 'deterministic simulation', 'p language', 'property-based testing'],
    weak: ['proof', 'proofs', 'invariant', 'invariants', 'correctness', 'verification', 'testing'],
  },
  observability: {
    id: 'observability',
    label: 'Observability',
    description: 'Seeing inside running systems: tracing, metrics, logs and debugging.',
    strong: ['observability', 'distributed tracing', 'tracing', 'opentelemetry', 'dapper', 'telemetry'],
    weak: ['metrics', 'monitoring', 'logging', 'debugging', 'alerts', 'dashboards'],
  },
  orchestration: {
    id: 'orchestration',
    label: 'Orchestration',
    description: 'Scheduling and running work on clusters: Kubernetes, Borg, workflows.',
    strong: ['kubernetes', 'borg', 'orchestration', 'scheduler', 'cluster management', 'operator', 'workflow engine', 'temporal'],
    weak: ['containers', 'container', 'scheduling', 'deployment', 'cluster', 'k8s'],
  },
};

export function topicLabel(id: TopicId): string {
  return TOPICS[id].label;
}
