/**
 * The topic taxonomy: the one definition used by scoring, by the filter chips and by the
 * stats chart. Terms are matched case-insensitively on word boundaries, a space or a hyphen
 * inside a term matching either, and a trailing "s"/"es" is allowed, so plurals need no entry.
 * `strong` terms are unambiguous signals, `weak` ones only count alongside others. Words that
 * mean something else in front-end, career or marketing posts ("design", "time", "api") are left
 * out, or weak with an `exclude` list for the common phrases that misuse them.
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
  /**
   * Phrases that contain one of the terms above but mean something else ("container queries"
   * are CSS, not orchestration). A phrase here counts for nothing and hides the words inside it
   * from every topic.
   */
  exclude?: readonly string[];
}

export const TOPICS: Readonly<Record<TopicId, TopicDefinition>> = {
  consensus: {
    id: 'consensus',
    label: 'Consensus',
    description: 'How nodes agree on one value or one log despite failures.',
    strong: [
      'paxos', 'multi-paxos', 'epaxos', 'raft', 'kraft', 'consensus', 'leader election', 'zab',
      'viewstamped replication', 'state machine replication', 'replicated state machine',
      'replicated log', 'byzantine', 'pbft', 'hotstuff', 'flp', 'quorum', 'zookeeper', 'etcd',
      'chubby', 'distributed lock', 'distributed locking', 'leader lease', 'cluster membership',
    ],
    weak: [
      'leader', 'lease', 'proposer', 'acceptor', 'election', 'coordination service',
      'coordination', 'membership',
    ],
    exclude: ['team leader', 'thought leader', 'market leader', 'named a leader'],
  },
  replication: {
    id: 'replication',
    label: 'Replication',
    description: 'Keeping copies of data on several machines, and keeping them in step.',
    strong: [
      'replication', 'replicated', 'replicate', 'replica', 'chain replication', 'crdt',
      'conflict-free replicated data type', 'primary-backup', 'read replica', 'geo-replication',
      'leaderless', 'multi-leader', 'active-active', 'anti-entropy', 'hinted handoff',
      'read repair', 'log shipping', 'mirrormaker', 'operational transformation', 'last-writer-wins',
      'last write wins',
    ],
    weak: [
      'follower', 'failover', 'geo-distributed', 'multi-region', 'gossip', 'merkle tree',
      'standby', 'copies', 'conflict resolution', 'dual write', 'sync engine', 'offline-first',
    ],
  },
  consistency: {
    id: 'consistency',
    label: 'Consistency',
    description: 'What readers may observe: linearizability, eventual consistency, CAP and friends.',
    strong: [
      'linearizability', 'linearizable', 'eventual consistency', 'eventually consistent',
      'strong consistency', 'strongly consistent', 'cap theorem', 'pacelc', 'serializability',
      'strict serializability', 'causal consistency', 'consistency model', 'sequential consistency',
      'external consistency', 'read-your-writes', 'monotonic reads', 'session guarantees',
      'bounded staleness', 'stale read', 'jepsen', 'consistency guarantee', 'coordination-free',
      'coordination avoidance',
    ],
    weak: [
      'consistency', 'consistent', 'cap', 'staleness', 'anomaly', 'anomalies', 'convergence',
      'spanner',
    ],
    exclude: [
      'market cap', 'cap table', 'consistent design', 'design consistency', 'visual consistency',
    ],
  },
  transactions: {
    id: 'transactions',
    label: 'Transactions',
    description: 'Atomic, isolated changes across keys, shards and services.',
    strong: [
      'transaction', 'transactional', 'distributed transaction', 'two-phase commit',
      'three-phase commit', '2pc', '3pc', 'atomic commit', 'atomic commitment', 'isolation level',
      'snapshot isolation', 'serializable isolation', 'mvcc', 'multiversion concurrency control',
      'concurrency control', 'optimistic concurrency', 'acid', 'saga', 'saga pattern',
      'write skew', 'read skew', 'lost update', 'dirty read', 'phantom read', 'read committed',
      'repeatable read',
    ],
    weak: [
      'commit', 'rollback', 'deadlock', 'locking', 'percolator', 'calvin', 'isolation',
      'atomicity', 'compensating', 'serializable',
    ],
    exclude: [
      'git commit', 'commit message', 'conventional commit', 'redux-saga', 'transaction fee',
      'transactional email',
    ],
  },
  'time-and-order': {
    id: 'time-and-order',
    label: 'Time and order',
    description: 'Clocks, causality and the order of events when there is no global time.',
    strong: [
      'lamport clock', 'lamport timestamp', 'logical clock', 'vector clock', 'version vector',
      'hybrid logical clock', 'hlc', 'truetime', 'happens-before', 'happened-before',
      'clock skew', 'clock drift', 'clock synchronization', 'time synchronization', 'ntp', 'ptp',
      'precision time protocol', 'total order', 'total order broadcast', 'atomic broadcast',
      'causal order', 'causal ordering', 'causality', 'leap second', 'commit wait', 'event time',
      'consistent cut', 'chandy-lamport', 'global snapshot',
    ],
    weak: [
      'clock', 'ordering', 'timestamp', 'causal', 'physical time', 'wall clock', 'synchronized',
      'out of order', 'time-ordered',
    ],
    exclude: ['time management', 'clock in', 'clock out'],
  },
  caching: {
    id: 'caching',
    label: 'Caching',
    description: 'Serving reads from copies close to the caller, and keeping them fresh.',
    strong: [
      'cache', 'caching', 'cached', 'memcached', 'memcache', 'cdn', 'cache invalidation',
      'cache-aside', 'write-through', 'write-back', 'read-through', 'look-aside',
      'cache stampede', 'cache coherence', 'hit ratio', 'hit rate', 'cache hit', 'cache miss',
      'varnish', 'distributed cache',
    ],
    weak: ['eviction', 'ttl', 'lru', 'redis', 'purge', 'invalidation', 'hot key'],
    // A browser's cache and a build tool's cache are not caches in a running system.
    exclude: [
      'browser cache', 'cache busting', 'cache-busting', 'clear cache', 'clear your cache', 'clear the cache',
      'service worker cache', 'build cache', 'layer caching', 'layer cache', 'cache mount',
    ],
  },
  partitioning: {
    id: 'partitioning',
    label: 'Partitioning',
    description: 'Splitting data across machines: sharding, hashing, rebalancing.',
    strong: [
      'sharding', 'sharded', 'shard', 'resharding', 'partitioning', 'partitioned',
      'consistent hashing', 'rendezvous hashing', 'hash ring', 'rebalancing', 'hot partition',
      'partition key', 'range partitioning', 'hash partitioning', 'virtual nodes', 'vnodes',
      'data placement',
    ],
    weak: [
      'partition', 'range-based', 'hotspot', 'hot spot', 'rebalance', 'key range', 'hot key',
      'tenant',
    ],
    exclude: ['disk partition', 'partition a disk', 'partition the disk', 'partition your disk'],
  },
  streaming: {
    id: 'streaming',
    label: 'Streaming',
    description: 'Logs, queues and stream processing: data in motion.',
    strong: [
      'kafka', 'stream processing', 'event streaming', 'flink', 'pulsar', 'kinesis',
      'event sourcing', 'change data capture', 'cdc', 'debezium', 'kafka streams', 'ksqldb',
      'redpanda', 'rabbitmq', 'nats', 'message queue', 'message broker', 'pub/sub', 'pub-sub',
      'pubsub', 'exactly-once', 'at-least-once', 'at-most-once', 'outbox pattern',
      'transactional outbox', 'consumer group', 'consumer lag', 'stream processor', 'event log',
      'windowing', 'spark streaming', 'dead letter queue', 'distributed queue', 'idempotent consumer',
    ],
    weak: [
      'stream', 'streaming', 'queue', 'event-driven', 'log', 'messaging', 'broker', 'consumer',
      'producer', 'watermark', 'backpressure', 'delivery guarantee', 'offsets', 'redelivery',
      'message passing',
    ],
    // Video, server-rendered HTML and the JavaScript event loop all "stream" or "queue".
    exclude: [
      'video streaming', 'live streaming', 'live stream', 'streaming video', 'stream video',
      'streaming ssr', 'streaming service', 'microtask queue', 'callback queue', 'log in', 'log out',
      'log into',
    ],
  },
  storage: {
    id: 'storage',
    label: 'Storage',
    description: 'How databases and file systems lay data down and find it again.',
    strong: [
      'lsm', 'lsm tree', 'log-structured merge', 'b-tree', 'btree', 'b+tree', 'b+ tree',
      'storage engine', 'file system', 'filesystem', 'bigtable', 'rocksdb', 'leveldb',
      'write-ahead log', 'write-ahead logging', 'wal', 'sstable', 'compaction', 'fsync',
      'object storage', 'erasure coding', 'key-value store', 'buffer pool', 'column store',
      'columnar storage', 'write amplification', 'tiered storage', 'hdfs', 'ceph', 'foundationdb',
      'durability', 'page cache', 'distributed database', 'online schema change', 'inverted index',
    ],
    weak: [
      'database', 'disk', 'ssd', 'nvme', 'index', 'key-value', 's3', 'postgres', 'postgresql',
      'mysql', 'sqlite', 'cassandra', 'scylladb', 'dynamodb', 'mongodb', 'cockroachdb', 'aurora',
      'storage', 'durable', 'persistence', 'blob storage', 'vacuum', 'schema migration', 'backfill',
    ],
    exclude: ['local storage', 'session storage'],
  },
  'fault-tolerance': {
    id: 'fault-tolerance',
    label: 'Fault tolerance',
    description: 'Surviving crashes, partitions and gray failures; testing that you do.',
    strong: [
      'fault tolerance', 'fault-tolerant', 'jepsen', 'chaos engineering', 'chaos monkey',
      'fault injection', 'network partition', 'gray failure', 'metastable failure', 'split brain',
      'fencing token', 'exponential backoff', 'circuit breaker', 'retry storm', 'load shedding',
      'graceful degradation', 'blast radius', 'failure detector', 'failure detection',
      'post mortem', 'postmortem', 'disaster recovery', 'static stability', 'idempotency key',
      'idempotency', 'phi accrual', 'admission control', 'fault domain',
    ],
    weak: [
      'failure', 'outage', 'incident', 'resilience', 'resilient', 'availability',
      'highly available', 'high availability', 'crash', 'recovery', 'timeout', 'retry', 'retries',
      'backoff', 'jitter', 'fallback', 'degradation', 'redundancy', 'health check', 'idempotent',
      'root cause', 'failover', 'overload', 'heartbeat', 'fault', 'node failure', 'shedding',
    ],
  },
  scaling: {
    id: 'scaling',
    label: 'Scaling',
    description: 'Handling more load: throughput, tail latency and capacity.',
    strong: [
      'scalability', 'tail latency', 'p99', 'p999', 'load balancing', 'load balancer',
      'autoscaling', 'auto-scaling', 'horizontal scaling', 'scale out', 'scale-out',
      'capacity planning', "little's law", 'queueing theory', 'hedged request', 'rate limiting',
      'rate limiter', 'throughput', 'power of two choices', 'requests per second', 'request hedging',
      'admission control', 'connection pooling',
    ],
    weak: [
      'scale', 'scaling', 'scalable', 'latency', 'performance', 'millions', 'billions',
      'trillions', 'load', 'qps', 'concurrency', 'bottleneck', 'at scale', 'percentile',
      'rate limit', 'traffic', 'capacity', 'fan-out', 'hedging', 'connection pool', 'overload',
      'straggler', 'speculative execution',
    ],
    exclude: ['performance review', 'scale your career', 'scaled my career'],
  },
  architecture: {
    id: 'architecture',
    label: 'Architecture',
    description: 'How systems are put together: services, boundaries, trade-offs.',
    strong: [
      'microservices', 'microservice', 'system design', 'software architecture', 'monolith',
      'distributed monolith', 'modular monolith', 'service mesh', 'event-driven architecture',
      'cell-based architecture', 'cellular architecture', 'control plane', 'data plane',
      'bounded context', 'domain-driven design', 'service-oriented architecture', 'api gateway',
      'sidecar', 'actor model', 'service discovery',
    ],
    weak: [
      'architecture', 'services', 'backend', 'serverless', 'coupling', 'trade-off', 'tradeoff',
      'actor', 'rpc', 'grpc', 'distributed system', 'distributed computing',
    ],
    // Front-end code has an "architecture" too; these phrases are about one page, not a system.
    exclude: [
      'css architecture', 'frontend architecture', 'front-end architecture',
      'component architecture', 'service worker',
    ],
  },
  security: {
    id: 'security',
    label: 'Security',
    description: 'Authentication, authorization and trust between machines.',
    strong: [
      'authorization', 'zanzibar', 'zero trust', 'mtls', 'mutual tls', 'tls', 'spiffe',
      'kerberos', 'access control', 'rebac', 'abac', 'key rotation', 'key management',
      'threshold cryptography', 'post-quantum', 'cryptography', 'secrets management',
      'workload identity',
    ],
    weak: [
      'security', 'secure', 'permissions', 'auth', 'authentication', 'identity', 'encryption',
      'encrypted', 'certificate', 'attack', 'vulnerability', 'credentials', 'oauth', 'jwt', 'ddos',
    ],
  },
  verification: {
    id: 'verification',
    label: 'Verification',
    description: 'Proving and checking correctness: TLA+, model checking, deterministic testing.',
    strong: [
      'tla+', 'tlaplus', 'pluscal', 'formal methods', 'formal verification', 'formally verified',
      'model checking', 'model checker', 'deterministic simulation', 'simulation testing',
      'p language', 'property-based testing', 'inductive invariant', 'refinement mapping',
      'dafny', 'coq', 'isabelle', 'proof assistant', 'linearizability checker',
    ],
    weak: [
      'proof', 'invariant', 'correctness', 'verification', 'verified', 'specification',
      'safety property', 'liveness', 'fuzzing', 'tlc', 'ivy', 'testing', 'model-based testing',
    ],
    // Testing a page or a product is not checking a protocol.
    exclude: [
      'unit testing', 'a/b testing', 'ab testing', 'testing library', 'snapshot testing',
      'e2e testing', 'end-to-end testing', 'usability testing',
    ],
  },
  observability: {
    id: 'observability',
    label: 'Observability',
    description: 'Seeing inside running systems: tracing, metrics, logs and debugging.',
    strong: [
      'observability', 'distributed tracing', 'tracing', 'opentelemetry', 'dapper', 'telemetry',
      'prometheus', 'slo', 'error budget', 'burn rate', 'service level objective',
      'structured logging', 'log aggregation', 'trace context', 'jaeger', 'zipkin',
      'continuous profiling', 'wide event',
    ],
    weak: [
      'metrics', 'monitoring', 'logging', 'logs', 'debugging', 'alert', 'alerting', 'dashboard',
      'grafana', 'span', 'profiling', 'trace', 'cardinality', 'instrumentation', 'on-call', 'ebpf',
    ],
    exclude: ['ray tracing', 'path tracing', 'stack trace', 'logging in', 'logging into'],
  },
  orchestration: {
    id: 'orchestration',
    label: 'Orchestration',
    description: 'Scheduling and running work on clusters: Kubernetes, Borg, workflows.',
    strong: [
      'kubernetes', 'k8s', 'borg', 'orchestration', 'container orchestration',
      'cluster management', 'cluster manager', 'kubernetes operator', 'workflow engine',
      'durable execution', 'temporal workflow', 'nomad', 'mesos', 'kubelet', 'orchestrator',
      'orchestrating', 'workflow scheduler',
    ],
    weak: [
      'containers', 'container', 'scheduler', 'scheduling', 'deployment', 'cluster', 'operator',
      'temporal', 'pod', 'helm', 'docker', 'reconcile', 'reconciliation', 'workflow',
      'bin packing', 'airflow', 'canary', 'rollout', 'blue-green',
    ],
    // JavaScript has operators and a Temporal API; CSS has container queries.
    exclude: [
      'spread operator', 'rest operator', 'ternary operator', 'temporal api', 'container queries',
      'container query',
    ],
  },
};

/**
 * Words in a title or a category that say a post is about something else: front-end work,
 * careers, company news, machine learning. General feeds carry these next to systems posts,
 * and a pun on one strong term ("Partitioning your week") would otherwise pass. They name no
 * topic and hide no term; the classifier only discounts the evidence of a post that has one,
 * so a post with several real signals still shows.
 */
export const OFF_TOPIC_MARKERS: readonly string[] = [
  // front-end and design
  'css', 'html', 'frontend', 'front-end', 'ui', 'ux', 'figma', 'design system', 'design tokens',
  'animation', 'tailwind', 'tailwindcss', 'svelte', 'vue', 'angular', 'nextjs', 'next.js',
  'reactjs', 'react native', 'a11y', 'accessibility', 'dark mode', 'landing page', 'wordpress',
  'typography',
  // careers and people
  'career', 'resume', 'hiring', 'jobs', 'job hunt', 'productivity', 'time-blocking', 'burnout',
  'mentorship', 'leadership', 'culture', 'offsite', 'remote work', 'life at',
  // company news and marketing
  'webinar', 'award', 'earnings', 'investor relations', 'funding', 'series a', 'series b',
  'press release', 'pricing', 'birthday week', 'keynote', 'recap',
  // developer tooling
  'dockerfile', 'ci/cd', 'github actions', 'tooling', 'vscode', 'eslint', 'webpack', 'vite',
  'monorepo',
  // machine learning
  'machine learning', 'machinelearning', 'llm', 'fine-tuning', 'generative ai', 'genai',
  'prompt engineering', 'personalization', 'data science',
  // everything else a personal blog carries
  'book review', 'novel', 'gaming', 'recipe', 'fitness', 'personal', 'travel',
];

export function topicLabel(id: TopicId): string {
  return TOPICS[id].label;
}
