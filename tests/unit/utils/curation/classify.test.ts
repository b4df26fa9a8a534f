import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyArticle, DEFAULT_RELEVANCE_THRESHOLD, type ClassifyInput } from '../../../../utils/curation/classify';
import { TOPIC_IDS } from '../../../../utils/curation/taxonomy';
import { ROOT } from '../../../support/paths';

const LabelledSchema = z.array(
  z.object({
    title: z.string(),
    summary: z.string(),
    categories: z.array(z.string()),
    relevant: z.boolean(),
    topics: z.array(z.enum(TOPIC_IDS)).max(2),
  }),
);
type Labelled = z.infer<typeof LabelledSchema>[number];

const labelled = LabelledSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/classifier/labelled.json'), 'utf8')),
);

interface Metrics {
  items: number;
  relevant: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  topicAccuracy: number;
}

function evaluate(items: Labelled[]): Metrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let topicHits = 0;
  for (const item of items) {
    const { relevance, topics } = classifyArticle(item);
    const predicted = relevance >= DEFAULT_RELEVANCE_THRESHOLD;
    if (predicted && item.relevant) truePositives += 1;
    if (predicted && !item.relevant) falsePositives += 1;
    if (!predicted && item.relevant) falseNegatives += 1;
    if (item.relevant && topics[0] !== undefined && item.topics.includes(topics[0])) topicHits += 1;
  }
  const relevant = items.filter((item) => item.relevant).length;
  return {
    items: items.length,
    relevant,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, relevant),
    topicAccuracy: topicHits / Math.max(1, relevant),
  };
}

/** The mistakes, so a failing floor says which posts moved and why. */
function mistakes(items: Labelled[]): string[] {
  return items.flatMap((item) => {
    const { relevance, topics } = classifyArticle(item);
    const predicted = relevance >= DEFAULT_RELEVANCE_THRESHOLD;
    const label = `${relevance.toFixed(2)} [${topics.join(', ')}] ${item.title}`;
    if (predicted !== item.relevant) return [`${item.relevant ? 'missed' : 'false positive'}: ${label}`];
    if (item.relevant && !item.topics.includes(topics[0] ?? 'consensus')) {
      return [`topic (expected ${item.topics.join(' or ')}): ${label}`];
    }
    return [];
  });
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('classifyArticle on the labelled set', () => {
  // A fixed split that no one chooses: tune term lists and weights looking only at the
  // tuning half, and the held-out half says whether the rules generalise.
  const tuning = labelled.filter((_, index) => index % 2 === 0);
  const heldOut = labelled.filter((_, index) => index % 2 === 1);
  const results = { all: evaluate(labelled), tuning: evaluate(tuning), 'held-out': evaluate(heldOut) };

  it('is a balanced set of at least 150 posts with topics for every relevant one', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    const relevantShare = results.all.relevant / results.all.items;
    expect(relevantShare).toBeGreaterThan(0.4);
    expect(relevantShare).toBeLessThan(0.6);
    for (const item of labelled) expect(item.topics.length > 0).toBe(item.relevant);
    for (const id of TOPIC_IDS) expect(labelled.some((item) => item.topics.includes(id))).toBe(true);
  });

  it('reports precision, recall and topic accuracy on each half', () => {
    console.log(
      [
        'split      items  relevant  TP  FP  FN  precision  recall  topic accuracy',
        ...Object.entries(results).map(([name, m]) =>
          [
            name.padEnd(9),
            String(m.items).padStart(6),
            String(m.relevant).padStart(9),
            String(m.truePositives).padStart(3),
            String(m.falsePositives).padStart(3),
            String(m.falseNegatives).padStart(3),
            pct(m.precision).padStart(10),
            pct(m.recall).padStart(7),
            pct(m.topicAccuracy).padStart(15),
          ].join(' '),
        ),
        '',
        ...mistakes(labelled),
      ].join('\n'),
    );
  });

  it('meets the floors on the whole set', () => {
    expect(results.all.precision).toBeGreaterThanOrEqual(0.85);
    expect(results.all.recall).toBeGreaterThanOrEqual(0.8);
    expect(results.all.topicAccuracy).toBeGreaterThanOrEqual(0.7);
  });

  it('meets slightly lower floors on the held-out half', () => {
    expect(results['held-out'].precision).toBeGreaterThanOrEqual(0.8);
    expect(results['held-out'].recall).toBeGreaterThanOrEqual(0.75);
    expect(results['held-out'].topicAccuracy).toBeGreaterThanOrEqual(0.65);
  });
});

const article = (title: string, summary = '', categories: string[] = []): ClassifyInput => ({
  title,
  summary,
  categories,
});

describe('term matching', () => {
  it('matches whole words only', () => {
    expect(classifyArticle(article('A cachet of prestige')).relevance).toBe(0);
    expect(classifyArticle(article('Aircraft maintenance schedules for rafting trips')).relevance).toBe(0);
    expect(classifyArticle(article('Our blog and changelog moved to a new backlog')).relevance).toBe(0);
    expect(classifyArticle(article('Caching at the edge')).topics).toEqual(['caching']);
    expect(classifyArticle(article('Raft, step by step')).topics).toEqual(['consensus']);
  });

  it('does not read file names and dotted identifiers as words', () => {
    expect(classifyArticle(article('Edit index.html and restart node.js')).relevance).toBe(0);
  });

  it('ignores case', () => {
    expect(classifyArticle(article('KAFKA Internals'))).toEqual(classifyArticle(article('kafka internals')));
  });

  it('matches multi-word and punctuated terms', () => {
    expect(classifyArticle(article('Checking a protocol with TLA+')).topics).toEqual(['verification']);
    expect(classifyArticle(article('Pub/Sub fan-out in practice')).topics).toEqual(['streaming']);
    expect(classifyArticle(article('Why 2PC blocks')).topics).toEqual(['transactions']);
    expect(classifyArticle(article('A B-tree from scratch')).topics).toEqual(['storage']);
    expect(classifyArticle(article('Read-your-writes, explained')).topics).toEqual(['consistency']);
    expect(classifyArticle(article('Leader election with leases')).topics[0]).toBe('consensus');
  });

  it('treats a hyphen and a space inside a term alike, and accepts plurals', () => {
    const hyphen = classifyArticle(article('Two-phase commit'));
    expect(classifyArticle(article('Two phase commit'))).toEqual(hyphen);
    expect(classifyArticle(article('Vector clocks')).topics).toEqual(['time-and-order']);
    expect(classifyArticle(article('Indexes')).topics).toEqual(['storage']);
  });

  it('reads one-word category tags as the terms they squash together', () => {
    expect(classifyArticle(article('Notes', '', ['systemdesign'])).topics).toEqual(['architecture']);
    expect(classifyArticle(article('Notes', '', ['eventsourcing'])).topics).toEqual(['streaming']);
    expect(classifyArticle(article('Notes', '', ['Stream Processing'])).topics).toEqual(['streaming']);
    expect(classifyArticle(article('Notes', '', ['distributedsystems'])).relevance).toBeGreaterThan(0);
  });

  it('lets an excluded phrase hide the term inside it', () => {
    expect(classifyArticle(article('The spread operator')).relevance).toBe(0);
    expect(classifyArticle(article('CSS container queries')).relevance).toBe(0);
    expect(classifyArticle(article('Bust the browser cache')).relevance).toBe(0);
    expect(classifyArticle(article('Kubernetes operator patterns')).topics).toEqual(['orchestration']);
  });

  it('prefers the longest term at a position', () => {
    expect(classifyArticle(article('Surviving a network partition')).topics).toEqual(['fault-tolerance']);
  });
});

describe('scoring', () => {
  it('keeps one weak word below the threshold and lets one strong title term pass', () => {
    expect(classifyArticle(article('Performance')).relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect(classifyArticle(article('Notes', 'We look at latency.')).relevance).toBeLessThan(
      DEFAULT_RELEVANCE_THRESHOLD,
    );
    expect(classifyArticle(article('Understanding Paxos')).relevance).toBeGreaterThanOrEqual(
      DEFAULT_RELEVANCE_THRESHOLD,
    );
  });

  it('lets several weaker signals add up past the threshold', () => {
    const one = classifyArticle(article('Notes from the field', 'A short tour of snapshot isolation.'));
    const several = classifyArticle(
      article('Notes from the field', 'A short tour of snapshot isolation, write skew and MVCC.', ['database']),
    );
    expect(one.relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect(several.relevance).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('discounts a post whose title or categories place it elsewhere, but keeps its topics', () => {
    const pun = classifyArticle(article('Partitioning your week', 'Blocks for deep work.', ['productivity']));
    expect(pun.relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect(pun.topics).toEqual(['partitioning']);
    expect(classifyArticle(article('Partitioning your week', 'Blocks for deep work.')).relevance).toBeGreaterThan(
      pun.relevance,
    );
    // A marker named only in passing in the summary says nothing about the post.
    const inPassing = classifyArticle(article('Consistent hashing', 'Unlike a CSS grid, the ring moves few keys.'));
    expect(inPassing.relevance).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
    // Several real signals survive the discount.
    const substantial = classifyArticle(
      article(
        'CRDTs for a collaborative editor',
        'Sequence CRDTs let every replica merge edits without coordination; we compare them with operational transformation.',
        ['frontend'],
      ),
    );
    expect(substantial.relevance).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('weighs a title or a category above the summary', () => {
    const inTitle = classifyArticle(article('Kafka', 'Notes.')).relevance;
    const inCategory = classifyArticle(article('Notes', '', ['Kafka'])).relevance;
    const inSummary = classifyArticle(article('Notes', 'Kafka.')).relevance;
    expect(inTitle).toBeGreaterThan(inSummary);
    expect(inCategory).toBeGreaterThan(inSummary);
  });

  it('saturates on repetition', () => {
    const relevanceWith = (repeats: number) =>
      classifyArticle(article('Notes', Array.from({ length: repeats }, () => 'latency').join(' '))).relevance;
    expect(relevanceWith(2)).toBeGreaterThan(relevanceWith(1));
    expect(relevanceWith(1000)).toBe(relevanceWith(10));
    expect(relevanceWith(1000)).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('stays in [0, 1] and names at most three topics, best first', () => {
    const everything = TOPIC_IDS.map((id) => id.replace(/-/g, ' ')).join(', ');
    const kitchenSink = classifyArticle(
      article(
        'Raft, Kafka, sharding, caching, MVCC, TLA+, Kubernetes, tracing, LSM trees and vector clocks',
        `${everything}. Linearizability, replication, microservices, authorization, tail latency, fault tolerance.`.repeat(
          20,
        ),
        ['distributed systems', 'kafka', 'raft'],
      ),
    );
    expect(kitchenSink.relevance).toBeGreaterThan(0.8);
    expect(kitchenSink.relevance).toBeLessThanOrEqual(1);
    expect(kitchenSink.topics).toHaveLength(3);
    expect(new Set(kitchenSink.topics).size).toBe(3);

    const ranked = classifyArticle(article('Raft consensus and Paxos', 'Also some caching.'));
    expect(ranked.topics[0]).toBe('consensus');
  });

  it('gives nothing for empty or unrelated input', () => {
    expect(classifyArticle(article(''))).toEqual({ topics: [], relevance: 0 });
    expect(classifyArticle(article('   ', '  ', ['', ' ']))).toEqual({ topics: [], relevance: 0 });
    expect(classifyArticle(article('Banana bread', 'My grandmother’s recipe.', ['baking']))).toEqual({
      topics: [],
      relevance: 0,
    });
  });

  it('is deterministic', () => {
    const inputs = labelled.slice(0, 40);
    const first = inputs.map((item) => classifyArticle(item));
    const second = inputs.map((item) => classifyArticle(item));
    expect(second).toEqual(first);
    // Category order must not change the answer either.
    for (const item of inputs) {
      expect(classifyArticle({ ...item, categories: [...item.categories].reverse() })).toEqual(classifyArticle(item));
    }
  });
});
