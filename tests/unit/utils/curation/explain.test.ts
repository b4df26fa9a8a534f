import { describe, expect, it } from 'vitest';
import { explainPick } from '../../../../utils/curation/explain';
import { TRAINED_MODEL } from '../../../support/relevance-model';

const article = (overrides: Partial<Parameters<typeof explainPick>[0]['article']> = {}) => ({
  title: 'Leader election with Raft',
  summary: 'Terms, votes and a quorum of replicas.',
  topics: ['consensus' as const],
  relevance: 0.8,
  curated: false,
  ...overrides,
});

describe('explainPick', () => {
  it('names the topic and the two or three strongest terms, title first', () => {
    const explanation = explainPick({ article: article(), threshold: 0.35, model: TRAINED_MODEL });
    expect(explanation.kind).toBe('relevant');
    expect(explanation.text).toBe('Consensus: relevance 80%.');
    expect(explanation.signals).toEqual([
      '“leader election” in the title',
      '“raft” in the title',
      '“quorum” in the summary',
    ]);
  });

  it('says a curated article is in the starter library', () => {
    expect(
      explainPick({ article: article({ curated: true, relevance: 1 }), threshold: 0.35, model: TRAINED_MODEL }),
    ).toEqual({
      kind: 'curated',
      text: 'Curated: in the starter library.',
      signals: [],
    });
  });

  it('puts a reason from another feature first: the extension point for learning paths', () => {
    const explanation = explainPick({
      article: article({ curated: true }),
      threshold: 0.35,
      model: TRAINED_MODEL,
      reasons: [{ kind: 'path', text: 'On your path “Consensus”: step 3 of 8.' }],
    });
    // The article's own account stays beside it: a path's step is in the starter library too.
    expect(explanation).toEqual({
      kind: 'extra',
      text: 'On your path “Consensus”: step 3 of 8.',
      signals: ['Curated: in the starter library.'],
    });
  });

  it('keeps why a hidden article was hidden beside another feature’s reason', () => {
    const explanation = explainPick({
      article: article({ title: 'Banana bread', summary: 'My grandmother’s recipe.', topics: [], relevance: 0.02 }),
      threshold: 0.35,
      model: TRAINED_MODEL,
      reasons: [{ kind: 'path', text: 'On your path “Consensus”: step 3 of 8.' }],
    });
    expect(explanation.text).toBe('On your path “Consensus”: step 3 of 8.');
    expect(explanation.signals).toEqual([
      'Hidden from Picks: relevance 2% is below your 35%; nothing in its title or summary speaks of distributed systems.',
    ]);
  });

  it('keeps what a feed article’s own words say beside another feature’s reason', () => {
    const explanation = explainPick({
      article: article(),
      threshold: 0.35,
      model: TRAINED_MODEL,
      reasons: [
        { kind: 'related-to-path', text: 'Related to your path “Consensus”: about consensus, as its steps are.' },
      ],
    });
    expect(explanation).toEqual({
      kind: 'extra',
      text: 'Related to your path “Consensus”: about consensus, as its steps are.',
      signals: ['“leader election” in the title', '“raft” in the title', '“quorum” in the summary'],
    });
  });

  it('says why a low-relevance article was hidden', () => {
    const weak = explainPick({
      article: article({ title: 'Notes from the week', summary: 'A word on caching.', topics: [], relevance: 0.2 }),
      threshold: 0.35,
      model: TRAINED_MODEL,
    });
    expect(weak.kind).toBe('low-relevance');
    expect(weak.text).toBe(
      'Hidden from Picks: relevance 20% is below your 35%; too little points to distributed systems (only “caching” in the summary).',
    );
    const none = explainPick({
      article: article({ title: 'Banana bread', summary: 'My grandmother’s recipe.', topics: [], relevance: 0.02 }),
      threshold: 0.5,
      model: TRAINED_MODEL,
    });
    expect(none.text).toBe(
      'Hidden from Picks: relevance 2% is below your 50%; nothing in its title or summary speaks of distributed systems.',
    );
  });

  it('says when a hidden article came with a title alone, the few words it was judged by', () => {
    const titleOnly = (title: string) =>
      explainPick({
        article: article({ title, summary: ' ', topics: [], relevance: 0.2 }),
        threshold: 0.35,
        model: TRAINED_MODEL,
      }).text;
    expect(titleOnly('Banana bread')).toBe(
      'Hidden from Picks: relevance 20% is below your 35%; it came with a title alone, and nothing in it speaks of distributed systems.',
    );
    const fromAggregator = explainPick({
      article: article({
        title: 'Banana bread',
        summary:
          'Article URL: https://bread.example/ Comments URL: https://news.ycombinator.com/item?id=1 Points: 3 # Comments: 0',
        topics: [],
        relevance: 0.2,
      }),
      threshold: 0.35,
      model: TRAINED_MODEL,
    });
    expect(fromAggregator.text).toContain('it came with a title alone');
    expect(titleOnly('Notes on caching')).toBe(
      'Hidden from Picks: relevance 20% is below your 35%; it came with a title alone, and too little in it points to distributed systems (only “caching” in the title).',
    );
  });

  it('names a tag that weighed, in the tags', () => {
    const tagged = explainPick({
      article: article({
        title: 'Notes from the week',
        summary: 'A few things I worked on and read.',
        categories: ['raft', 'consensus'],
        topics: ['consensus'],
        relevance: 0.5,
      }),
      threshold: 0.35,
      model: TRAINED_MODEL,
    });
    expect(tagged.signals).toEqual(['“consensus” in the tags', '“raft” in the tags']);
  });

  it('never says a hidden article’s relevance equals the threshold it is below', () => {
    const justBelow = (relevance: number, threshold: number) =>
      explainPick({
        article: article({ title: 'Banana bread', summary: '', topics: [], relevance }),
        threshold,
        model: TRAINED_MODEL,
      }).text;
    expect(justBelow(0.346, 0.35)).toMatch(/^Hidden from Picks: relevance 34% is below your 35%;/);
    expect(justBelow(0.004, 0.01)).toMatch(/^Hidden from Picks: relevance 0% is below your 1%;/);
    expect(justBelow(0.3, 0.35)).toMatch(/^Hidden from Picks: relevance 30% is below your 35%;/);
  });

  it('says what needs no model when the model could not be read, and why it says no more', () => {
    expect(explainPick({ article: article(), threshold: 0.35, model: undefined })).toEqual(
      explainPick({ article: article(), threshold: 0.35, model: TRAINED_MODEL }),
    );
    expect(explainPick({ article: article({ curated: true }), threshold: 0.35, model: undefined }).kind).toBe(
      'curated',
    );
    const plain = article({ title: 'What happens when you press "send" twice?', summary: '', topics: [] });
    expect(explainPick({ article: plain, threshold: 0.35, model: undefined })).toEqual({
      kind: 'relevant',
      text: 'Distributed systems: relevance 80%; Quorum could not read its relevance model to say which words weighed.',
      signals: [],
    });
    expect(explainPick({ article: { ...plain, relevance: 0.1 }, threshold: 0.35, model: undefined }).text).toBe(
      'Hidden from Picks: relevance 10% is below your 35%; Quorum could not read its relevance model to say which words weighed.',
    );
  });

  it('falls back to the plain words the model weighed for a post without jargon', () => {
    const plain = explainPick({
      article: article({
        title: 'What happens when you press "send" twice?',
        summary: 'Servers recognise the repeat and answer with the first result.',
        topics: [],
        relevance: 0.7,
      }),
      threshold: 0.35,
      model: TRAINED_MODEL,
    });
    expect(plain.text).toBe('Distributed systems: relevance 70%.');
    expect(plain.signals.length).toBeGreaterThan(0);
    expect(plain.signals.length).toBeLessThanOrEqual(3);
  });

  it('names only the words that moved the score, not those the model weighs by a hair', () => {
    const model = {
      ...TRAINED_MODEL,
      features: { 't:checkout': 0.9, 't:recip': 0.3, 'b:note': 0.2 },
    };
    const { signals } = explainPick({
      article: article({ title: 'A checkout recipe', summary: 'Some notes.', topics: [], relevance: 0.6 }),
      threshold: 0.35,
      model,
    });
    expect(signals).toEqual(['“checkout” in the title']);
  });

  it('never gives a word of an aggregator’s fields as a reason', () => {
    const model = { ...TRAINED_MODEL, features: { 'b:comment': 0.9, 'b:url': 0.8, 't:checkout': 0.6 } };
    for (const summary of [
      'Article URL: https://shop.example/checkout Comments URL: https://news.ycombinator.com/item?id=1 Points: 5 # Comments: 3',
      'submitted by /u/someone [link] [comments]',
    ]) {
      const { signals } = explainPick({
        article: article({ title: 'Our checkout story', summary, topics: [], relevance: 0.6 }),
        threshold: 0.35,
        model,
      });
      expect(signals).toEqual(['“checkout” in the title']);
    }
  });

  it('never gives a pronoun or a question word as a reason, and quotes a word beside the situations', () => {
    const { signals } = explainPick({
      article: article({
        // No taxonomy term, so the model's words are the reasons; it weighs "how" heavily.
        title: 'How we stopped charging customers twice when our servers went down',
        summary: 'Why every request now carries a key of its own.',
        topics: [],
        relevance: 0.8,
      }),
      threshold: 0.35,
      model: TRAINED_MODEL,
    });
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) expect(signal).not.toMatch(/“(how|we|our|why|every)[ ”]/);
    expect(signals.some((signal) => signal.startsWith('“'))).toBe(true);
  });

  it('quotes the words as the post wrote them, not the stems the model keeps', () => {
    const article = {
      title: 'Why our checkout charged customers twice after the servers restarted',
      summary: 'Retried requests, duplicated payments and the key that stopped them.',
      topics: [],
      relevance: 0.7,
      curated: false,
    };
    const { signals } = explainPick({ article, threshold: 0.35, model: TRAINED_MODEL });
    expect(signals.length).toBeGreaterThan(0);
    // "twice" is kept as "twic": a quoted word must be a whole word of the post.
    const words = new Set(`${article.title} ${article.summary}`.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    const quoted = signals.flatMap((signal) => [...signal.matchAll(/“([^”]+)”/g)].map((match) => match[1]!));
    expect(quoted.length).toBeGreaterThan(0);
    for (const phrase of quoted) for (const word of phrase.split(' ')) expect(words.has(word)).toBe(true);
    for (const signal of signals) expect(signal).not.toMatch(/concepts\d/);
  });
});
