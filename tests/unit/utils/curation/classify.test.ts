import { describe, expect, it } from 'vitest';
import {
  classifyArticle,
  classifyByTerms,
  DEFAULT_RELEVANCE_THRESHOLD,
  termSignals,
  type ClassifyInput,
} from '../../../../utils/curation/classify';
import { TOPIC_IDS } from '../../../../utils/curation/taxonomy';
import { TRAINED_MODEL } from '../../../support/relevance-model';
import { cleanLabelledItems } from '../../../support/clean-labelled';
import { cleanFreshPosts, loadFreshPosts } from '../../../support/fresh-set';
import { loadLabelledSet, loadWrittenExamples, splitLabelledSet } from '../../../support/labelled-set';

type Labelled = ClassifyInput & { relevant: boolean; topics: readonly string[] };

const set = loadLabelledSet();
const split = splitLabelledSet(set);
// Posts as a sync classifies them: with their feed's boilerplate removed.
const tuning = cleanLabelledItems(set, split.tuning);
const heldOut = cleanLabelledItems(set, split.heldOut);
const labelled: Labelled[] = [...tuning, ...heldOut];

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

function evaluate(
  items: readonly Labelled[],
  classify = (input: ClassifyInput) => classifyArticle(input, TRAINED_MODEL),
): Metrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let topicHits = 0;
  let topicLabelled = 0;
  for (const item of items) {
    const { relevance, topics } = classify(item);
    const predicted = relevance >= DEFAULT_RELEVANCE_THRESHOLD;
    if (predicted && item.relevant) truePositives += 1;
    if (predicted && !item.relevant) falsePositives += 1;
    if (!predicted && item.relevant) falseNegatives += 1;
    if (item.relevant && item.topics.length > 0) topicLabelled += 1;
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
    // Not a figure where no post carries topic labels.
    topicAccuracy: topicLabelled === 0 ? NaN : topicHits / topicLabelled,
  };
}

/** The mistakes, so a contributor tuning the rules sees which posts moved, and why. */
function mistakes(items: readonly Labelled[]): string[] {
  return items.flatMap((item) => {
    const { relevance, topics } = classifyArticle(item, TRAINED_MODEL);
    const predicted = relevance >= DEFAULT_RELEVANCE_THRESHOLD;
    const label = `${relevance.toFixed(2)} [${topics.join(', ')}] ${item.title}`;
    return predicted !== item.relevant ? [`${item.relevant ? 'missed' : 'false positive'}: ${label}`] : [];
  });
}

const pct = (value: number) => (Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)}%`);

function table(results: Record<string, Metrics>): string {
  return [
    'split              items  relevant  TP  FP  FN  precision  recall  topic accuracy',
    ...Object.entries(results).map(([name, m]) =>
      [
        name.padEnd(17),
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
  ].join('\n');
}

describe('the labelled set', () => {
  it('has at least 600 posts from at least 30 sources, with 150 hard cases each way', () => {
    expect(set.items.length).toBeGreaterThanOrEqual(600);
    const sources = new Set(set.items.map((item) => item.source));
    expect(sources.size).toBeGreaterThanOrEqual(30);
    for (const source of sources) expect(set.sources.some(({ id }) => id === source)).toBe(true);
    expect(new Set(set.sources.map(({ id }) => id)).size).toBe(set.sources.length);
    const kinds = new Set(set.sources.map((source) => source.kind));
    for (const kind of ['aggregator', 'newsletter', 'engineering-blog', 'programming-blog']) {
      expect(kinds.has(kind as never)).toBe(true);
    }
    expect(set.items.filter((item) => item.hard && !item.relevant).length).toBeGreaterThanOrEqual(150);
    expect(set.items.filter((item) => item.hard && item.relevant).length).toBeGreaterThanOrEqual(150);
    const relevantShare = set.items.filter((item) => item.relevant).length / set.items.length;
    expect(relevantShare).toBeGreaterThan(0.4);
    expect(relevantShare).toBeLessThan(0.6);
    for (const item of [...set.items, ...set.earlier]) expect(item.topics.length > 0).toBe(item.relevant);
    expect(new Set(set.items.map((item) => item.url)).size).toBe(set.items.length);
  });

  it('splits into two halves of similar size, every post in exactly one', () => {
    expect(split.tuning.length + split.heldOut.length).toBe(set.items.length);
    expect(Math.abs(split.tuning.length - split.heldOut.length)).toBeLessThan(set.items.length * 0.15);
    const tuningUrls = new Set(split.tuning.map((item) => item.url));
    expect(split.heldOut.some((item) => tuningUrls.has(item.url))).toBe(false);
  });
});

describe('the written training examples', () => {
  const written = loadWrittenExamples().items;
  const words = (title: string) => new Set(title.toLowerCase().match(/[a-z0-9]+/g) ?? []);

  it('has both kinds, in similar numbers', () => {
    const relevant = written.filter((item) => item.relevant).length;
    expect(relevant).toBeGreaterThan(written.length * 0.4);
    expect(written.length - relevant).toBeGreaterThan(written.length * 0.4);
  });

  // A written example that retells a labelled post would let the model learn a held-out answer.
  it('retells no labelled post: no title shares most of its words with one', () => {
    const labelledTitles = [...set.items, ...set.earlier].map((item) => words(item.title));
    const retold = written.filter((item) => {
      const own = words(item.title);
      return labelledTitles.some((other) => {
        const shared = [...own].filter((word) => other.has(word)).length;
        return shared >= 3 && shared / (own.size + other.size - shared) >= 0.5;
      });
    });
    expect(retold.map((item) => item.title)).toEqual([]);
  });
});

describe('classifyArticle on the held-out half', () => {
  const results = {
    'tuning (+earlier)': evaluate([...tuning, ...set.earlier]),
    'held-out': evaluate(heldOut),
    'held-out, batch 1': evaluate(heldOut.filter((item) => item.batch === undefined)),
    'held-out, batch 3': evaluate(heldOut.filter((item) => item.batch === 3)),
    'held-out, terms': evaluate(heldOut, classifyByTerms),
  };

  it('reports precision and recall on each half at the default threshold', () => {
    // Tuning-half mistakes only: the held-out half must stay unseen while rules change.
    console.log([table(results), '', 'tuning mistakes:', ...mistakes(tuning)].join('\n'));
    expect(results['held-out'].items).toBe(split.heldOut.length);
  });

  // The goal is precision 0.95 and recall 0.90 on the held-out half (README, "Relevance"). These
  // floors hold what the model reaches, so any change that makes the held-out figures worse fails
  // here; raise them as the model improves. The set grew from 809 to 1,451 posts, so the held-out
  // half grew too (376 to 688 posts) and its floors were set anew: 0.932 and 0.760. Training on
  // the written examples beside the tuning half then took recall to 0.831 and precision to 0.928:
  // three more wrong picks (21), against 23 more right ones (270 of 325). That trade was
  // taken once, with this comment, and the precision floor moved down by that much; the cut was
  // chosen within the tuning half as before, never against these figures. Holding each weight
  // toward its naive-Bayes lean instead of zero (chosen with --check alone) then took the held-out
  // half to 0.934 and 0.871. On the first batch's 376 held-out posts the model went from 0.870 and
  // 0.775, to 0.932 and 0.786, to 0.925 and 0.861, to 0.922 and 0.890.
  //
  // Then 202 real title-only blog posts (batch 3) joined the set, labelled before the model saw
  // them; 102 fell in the held-out half (790 posts). The model of the time reached 0.938 and 0.832
  // on the grown half. Retrained by the same script with nothing else changed, the cut it chose
  // to keep cross-validated precision at 0.975 rose, and it reached 0.954 and 0.799: six fewer
  // wrong picks (14) and twelve fewer right ones (290 of 363). The floors were set anew there; on
  // the first batch's posts it went to 0.938 and 0.873. Boilerplate removal then stopped sparing
  // footers and openings only one title of many names; retrained, 0.960 and 0.799 (12 wrong
  // picks), and 0.944 and 0.879 on the first batch's posts.
  it('keeps held-out precision and recall at what the model reaches, and beats the term rules', () => {
    expect(results['held-out'].precision).toBeGreaterThanOrEqual(0.95);
    expect(results['held-out'].recall).toBeGreaterThanOrEqual(0.79);
    expect(results['held-out, batch 1'].precision).toBeGreaterThanOrEqual(0.93);
    expect(results['held-out, batch 1'].recall).toBeGreaterThanOrEqual(0.87);
    expect(results['held-out'].precision).toBeGreaterThan(results['held-out, terms'].precision);
    expect(results['held-out'].recall).toBeGreaterThan(results['held-out, terms'].recall);
  });

  it('names a labelled topic first for most relevant posts the rules can see', () => {
    expect(results['tuning (+earlier)'].topicAccuracy).toBeGreaterThanOrEqual(0.6);
  });
});

describe('classifyArticle on fresh real posts', () => {
  const posts = loadFreshPosts();
  const fresh: Labelled[] = cleanFreshPosts(posts).map((post) => ({ ...post, topics: [] }));
  const results = {
    fresh: evaluate(fresh),
    'fresh, with text': evaluate(fresh.filter((post) => post.summary.trim() !== '')),
    'fresh, title only': evaluate(fresh.filter((post) => post.summary.trim() === '')),
    'fresh, terms': evaluate(fresh, classifyByTerms),
  };

  it('is a yardstick from outside the labelled set: real posts of many sources, none retold', () => {
    console.log(table(results));
    expect(posts.length).toBeGreaterThanOrEqual(200);
    expect(new Set(posts.map((post) => post.source)).size).toBeGreaterThanOrEqual(20);
    const known = new Set(
      [...set.items, ...set.earlier, ...loadWrittenExamples().items].map((item) => item.title.toLowerCase()),
    );
    expect(posts.filter((post) => known.has(post.title.toLowerCase())).map((post) => post.title)).toEqual([]);
    const labelledUrls = new Set(set.items.map((item) => item.url));
    expect(posts.filter((post) => post.url !== undefined && labelledUrls.has(post.url))).toEqual([]);
  });

  // Floors at what the model reaches, so a change that wins on the held-out half by losing here
  // fails. When these posts were gathered it reached 0.925 and 0.649 (with opening text 0.938 and
  // 0.803); retrained with the title-only blog posts it reaches 0.959 and 0.623 (0.983 and
  // 0.776): five fewer wrong picks, three fewer right ones, the same trade as on the held-out
  // half. Posts that come with no opening text are the model's weak spot: titles alone from
  // blogs about the field ("Optimism vs Pessimism in Distributed Systems") start from a low base
  // rate, and one or two of the field's words in a title do not lift them over the cut.
  it('keeps precision and recall on them at what the model reaches', () => {
    expect(results.fresh.precision).toBeGreaterThanOrEqual(0.95);
    expect(results.fresh.recall).toBeGreaterThanOrEqual(0.62);
    expect(results['fresh, with text'].recall).toBeGreaterThanOrEqual(0.77);
    expect(results.fresh.precision).toBeGreaterThan(results['fresh, terms'].precision);
    expect(results.fresh.recall).toBeGreaterThanOrEqual(results['fresh, terms'].recall);
  });
});

const article = (title: string, summary = '', categories: string[] = []): ClassifyInput => ({
  title,
  summary,
  categories,
});

describe('term matching', () => {
  it('matches whole words only', () => {
    expect(classifyByTerms(article('A cachet of prestige')).relevance).toBe(0);
    expect(classifyByTerms(article('Aircraft maintenance schedules for rafting trips')).relevance).toBe(0);
    expect(classifyByTerms(article('Our blog and changelog moved to a new backlog')).relevance).toBe(0);
    expect(classifyByTerms(article('Caching at the edge')).topics).toEqual(['caching']);
    expect(classifyByTerms(article('Raft, step by step')).topics).toEqual(['consensus']);
  });

  it('does not read file names and dotted identifiers as words', () => {
    expect(classifyByTerms(article('Edit index.html and restart node.js')).relevance).toBe(0);
  });

  it('ignores case', () => {
    expect(classifyByTerms(article('KAFKA Internals'))).toEqual(classifyByTerms(article('kafka internals')));
  });

  it('matches multi-word and punctuated terms', () => {
    expect(classifyByTerms(article('Checking a protocol with TLA+')).topics).toEqual(['verification']);
    expect(classifyByTerms(article('Pub/Sub fan-out in practice')).topics).toEqual(['streaming']);
    expect(classifyByTerms(article('Why 2PC blocks')).topics).toEqual(['transactions']);
    expect(classifyByTerms(article('A B-tree from scratch')).topics).toEqual(['storage']);
    expect(classifyByTerms(article('Read-your-writes, explained')).topics).toEqual(['consistency']);
    expect(classifyByTerms(article('Leader election with leases')).topics[0]).toBe('consensus');
  });

  it('treats a hyphen and a space inside a term alike, and accepts plurals', () => {
    const hyphen = classifyByTerms(article('Two-phase commit'));
    expect(classifyByTerms(article('Two phase commit'))).toEqual(hyphen);
    expect(classifyByTerms(article('Vector clocks')).topics).toEqual(['time-and-order']);
    expect(classifyByTerms(article('Indexes')).topics).toEqual(['storage']);
  });

  it('reads one-word category tags as the terms they squash together', () => {
    expect(classifyByTerms(article('Notes', '', ['systemdesign'])).topics).toEqual(['architecture']);
    expect(classifyByTerms(article('Notes', '', ['eventsourcing'])).topics).toEqual(['streaming']);
    expect(classifyByTerms(article('Notes', '', ['Stream Processing'])).topics).toEqual(['streaming']);
    expect(classifyByTerms(article('Notes', '', ['distributedsystems'])).relevance).toBeGreaterThan(0);
  });

  it('lets an excluded phrase hide the term inside it', () => {
    expect(classifyByTerms(article('The spread operator')).relevance).toBe(0);
    expect(classifyByTerms(article('CSS container queries')).relevance).toBe(0);
    expect(classifyByTerms(article('Bust the browser cache')).relevance).toBe(0);
    expect(classifyByTerms(article('Kubernetes operator patterns')).topics).toEqual(['orchestration']);
  });

  it('prefers the longest term at a position', () => {
    expect(classifyByTerms(article('Surviving a network partition')).topics).toEqual(['fault-tolerance']);
  });
});

describe('scoring', () => {
  it('keeps one weak word below the threshold and lets one strong title term pass', () => {
    expect(classifyByTerms(article('Performance')).relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect(classifyByTerms(article('Notes', 'We look at latency.')).relevance).toBeLessThan(
      DEFAULT_RELEVANCE_THRESHOLD,
    );
    expect(classifyByTerms(article('Understanding Paxos')).relevance).toBeGreaterThanOrEqual(
      DEFAULT_RELEVANCE_THRESHOLD,
    );
  });

  it('lets several weaker signals add up past the threshold', () => {
    const one = classifyByTerms(article('Notes from the field', 'A short tour of snapshot isolation.'));
    const several = classifyByTerms(
      article('Notes from the field', 'A short tour of snapshot isolation, write skew and MVCC.', ['database']),
    );
    expect(one.relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect(several.relevance).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('discounts a post whose title or categories place it elsewhere, but keeps its topics', () => {
    const pun = classifyByTerms(article('Partitioning your week', 'Blocks for deep work.', ['productivity']));
    expect(pun.relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    expect(pun.topics).toEqual(['partitioning']);
    expect(classifyByTerms(article('Partitioning your week', 'Blocks for deep work.')).relevance).toBeGreaterThan(
      pun.relevance,
    );
    // A marker named only in passing in the summary says nothing about the post.
    const inPassing = classifyByTerms(article('Consistent hashing', 'Unlike a CSS grid, the ring moves few keys.'));
    expect(inPassing.relevance).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
    // Several real signals survive the discount.
    const substantial = classifyByTerms(
      article(
        'CRDTs for a collaborative editor',
        'Sequence CRDTs let every replica merge edits without coordination; we compare them with operational transformation.',
        ['frontend'],
      ),
    );
    expect(substantial.relevance).toBeGreaterThanOrEqual(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('weighs a title or a category above the summary', () => {
    const inTitle = classifyByTerms(article('Kafka', 'Notes.')).relevance;
    const inCategory = classifyByTerms(article('Notes', '', ['Kafka'])).relevance;
    const inSummary = classifyByTerms(article('Notes', 'Kafka.')).relevance;
    expect(inTitle).toBeGreaterThan(inSummary);
    expect(inCategory).toBeGreaterThan(inSummary);
  });

  it('saturates on repetition', () => {
    const relevanceWith = (repeats: number) =>
      classifyByTerms(article('Notes', Array.from({ length: repeats }, () => 'latency').join(' '))).relevance;
    expect(relevanceWith(2)).toBeGreaterThan(relevanceWith(1));
    expect(relevanceWith(1000)).toBe(relevanceWith(10));
    expect(relevanceWith(1000)).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('stays in [0, 1] and names at most three topics, best first', () => {
    const everything = TOPIC_IDS.map((id) => id.replace(/-/g, ' ')).join(', ');
    const kitchenSink = classifyByTerms(
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

    const ranked = classifyByTerms(article('Raft consensus and Paxos', 'Also some caching.'));
    expect(ranked.topics[0]).toBe('consensus');
  });

  it('gives nothing for empty or unrelated input', () => {
    expect(classifyByTerms(article(''))).toEqual({ topics: [], relevance: 0 });
    expect(classifyByTerms(article('   ', '  ', ['', ' ']))).toEqual({ topics: [], relevance: 0 });
    expect(classifyByTerms(article('Banana bread', 'My grandmother’s recipe.', ['baking']))).toEqual({
      topics: [],
      relevance: 0,
    });
  });

  it('is deterministic', () => {
    const inputs = labelled.slice(0, 40);
    const first = inputs.map((item) => classifyByTerms(item));
    const second = inputs.map((item) => classifyByTerms(item));
    expect(second).toEqual(first);
    // Category order must not change the answer either.
    for (const item of inputs) {
      expect(classifyByTerms({ ...item, categories: [...item.categories].reverse() })).toEqual(classifyByTerms(item));
    }
  });
});

describe('the learned relevance', () => {
  it('keeps the rules’ topics and stays in [0, 1]', () => {
    for (const item of labelled.slice(0, 60)) {
      const both = classifyArticle(item, TRAINED_MODEL);
      expect(both.topics).toEqual(classifyByTerms(item).topics);
      expect(both.relevance).toBeGreaterThanOrEqual(0);
      expect(both.relevance).toBeLessThanOrEqual(1);
    }
  });

  it('keeps an off-topic post out with or without a distributed-systems bio, and sees a post without jargon', () => {
    const bio = 'After twelve years building distributed systems at scale, I write about whatever I’m learning.';
    const offTopic = {
      title: 'Understanding JWTs from first principles',
      summary: 'A token is three strings.',
      categories: [],
    };
    expect(classifyArticle(offTopic, TRAINED_MODEL).relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    // A sync removes a bio its feed repeats (boilerplate.ts); one it cannot learn yet (a feed's
    // first post) must not carry the post into Picks either, though the term rules score it higher.
    const withBio = { ...offTopic, summary: `${bio} ${offTopic.summary}` };
    expect(classifyByTerms(withBio).relevance).toBeGreaterThan(classifyByTerms(offTopic).relevance);
    expect(classifyArticle(withBio, TRAINED_MODEL).relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
    const plain = {
      title: 'What happens when you press "send" twice?',
      summary: 'Servers recognise the repeat and answer with the first result, so nothing is charged twice.',
      categories: [],
    };
    expect(classifyArticle(plain, TRAINED_MODEL).relevance).toBeGreaterThan(classifyByTerms(plain).relevance);
  });
});

describe('termSignals', () => {
  it('lists the taxonomy terms found, title before summary, strongest first', () => {
    const signals = termSignals({
      title: 'Leader election with Raft',
      summary: 'Some notes on latency.',
      categories: ['kafka'],
    });
    expect(signals.slice(0, 2).map((signal) => [signal.term, signal.field])).toEqual([
      ['leader election', 'title'],
      ['raft', 'title'],
    ]);
    expect(signals.find((signal) => signal.term === 'kafka')?.field).toBe('category');
    expect(signals.at(-1)?.field).toBe('summary');
    expect(signals[0]?.topics).toContain('consensus');
  });
});
