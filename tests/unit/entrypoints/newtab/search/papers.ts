import type { Article } from '../../../../../utils/schemas/article';
import { article } from '../../../support/test-db';

/** A few classic papers, the library the search tests look things up in. */
export const PAPERS = {
  raft: article({
    url: 'https://s.example/raft',
    title: 'In Search of an Understandable Consensus Algorithm',
    summary: 'Raft splits consensus into leader election and log replication.',
    source: 'USENIX ATC',
    topics: ['consensus'],
  }),
  dynamo: article({
    url: 'https://s.example/dynamo',
    title: 'Dynamo: Amazon’s Highly Available Key-value Store',
    summary: 'Sloppy quorums and hinted handoff keep writes available.',
    source: 'SOSP',
    topics: ['replication'],
  }),
  tail: article({
    url: 'https://s.example/tail',
    title: 'The Tail at Scale',
    summary: 'Hedged requests cut tail latency in large fan-out services.',
    source: 'CACM',
    topics: ['scaling'],
  }),
  spanner: article({
    url: 'https://s.example/spanner',
    title: 'Spanner',
    summary: 'Transactions across data centres use two-phase commit over Paxos groups.',
    topics: ['transactions'],
  }),
  paxos: article({
    url: 'https://s.example/paxos',
    title: 'Paxos Made Simple',
    summary: 'The Paxos algorithm, explained in plain English.',
    topics: ['consensus'],
  }),
  crdt: article({
    url: 'https://s.example/crdt',
    title: 'Conflict-free Replicated Data Types',
    summary: 'Replicas that merge without coordination.',
    topics: ['replication'],
  }),
} satisfies Record<string, Article>;

/** A hit's URL without the fixture host, for short expectations. */
export const paperName = (url: string) => url.replace('https://s.example/', '');
