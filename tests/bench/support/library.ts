import { articleRank } from '../../../utils/curation/rank';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../../utils/curation/threshold';
import { TOPIC_IDS, TOPICS } from '../../../utils/curation/taxonomy';
import type { Article } from '../../../utils/schemas/article';
import type { Topic } from '../../../utils/schemas/topic';
import { seededRandom } from '../../support/seeded-random';

const OPENERS = [
  'How',
  'Why',
  'When',
  'Notes on',
  'A field guide to',
  'Lessons from',
  'Rethinking',
  'Debugging',
  'Testing',
  'Inside',
];
const SYSTEMS = [
  'Kafka',
  'CockroachDB',
  'Cassandra',
  'etcd',
  'Postgres',
  'TigerBeetle',
  'Spanner',
  'DynamoDB',
  'FoundationDB',
  'Redis',
  'ScyllaDB',
  'Flink',
  'Kubernetes',
  'S3',
  'Aurora',
];
const ENDINGS = [
  'in production',
  'at scale',
  'under partitions',
  'without downtime',
  'the hard way',
  'in 2026',
  'for the rest of us',
  'step by step',
];
const FILLER = [
  'The post walks through a failure seen in production and what the team changed.',
  'It compares two designs with numbers from a benchmark and explains the trade-off.',
  'A short history of the idea comes first, then a worked example with code.',
  'The author argues that most outages come from the slow path, not the fast one.',
  'Diagrams show the message flow between replicas during a network partition.',
];

/**
 * A library that looks like a reader's: varied titles and summaries built from the taxonomy's
 * own vocabulary (so search has real terms to match, not one title repeated), many sources,
 * a spread of relevance (some below the picks threshold) and ranks computed the product's way.
 * URLs are unique; `count` rows, newest first.
 */
export function libraryArticles(count: number, now = Date.now(), seed = 42): Article[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const topics = [...new Set<Topic>([pick(TOPIC_IDS), ...(next() < 0.5 ? [pick(TOPIC_IDS)] : [])])];
    const terms = topics.flatMap((topic) => TOPICS[topic].strong);
    const title = `${pick(OPENERS)} ${pick(terms)} ${next() < 0.5 ? `in ${pick(SYSTEMS)}` : `and ${pick(terms)}`} ${pick(ENDINGS)}`;
    const summary = `A look at ${pick(terms)} and ${pick(terms)} with ${pick(SYSTEMS)}. ${pick(FILLER)}`;
    const publishedAt = now - i * 600_000 - Math.floor(next() * 600_000);
    // Most feed items clear the threshold; a few sit below it, as the classifier's output does.
    const relevance =
      Math.round(
        (next() < 0.15
          ? next() * DEFAULT_RELEVANCE_THRESHOLD
          : DEFAULT_RELEVANCE_THRESHOLD + next() * (1 - DEFAULT_RELEVANCE_THRESHOLD)) * 100,
      ) / 100;
    return {
      url: `https://source-${i % 120}.bench.example/posts/${i}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      source: `Source ${i % 120}`,
      summary,
      topics,
      kind: 'article' as const,
      relevance,
      curated: false,
      feedIds: [`feed:bench-${i % 120}`],
      publishedAt,
      firstSeenAt: publishedAt,
      rank: articleRank({ relevance, curated: false, effectiveTime: publishedAt }),
    };
  });
}
