import { describe, expect, it } from 'vitest';
import {
  learnBoilerplate,
  MAX_LEARNED,
  removeFeedBoilerplate,
  sentenceKey,
  splitSentences,
  stripBoilerplate,
} from '../../../../utils/curation/boilerplate';
import { classifyArticle, DEFAULT_RELEVANCE_THRESHOLD } from '../../../../utils/curation/classify';
import { TRAINED_MODEL } from '../../../support/relevance-model';

const BIO = 'After twelve years building distributed systems at scale, I write about whatever I’m learning.';
const FOOTER = 'Originally published at kofimensah.dev.';

const post = (title: string, body: string) => ({ title, summary: `${BIO} ${body} ${FOOTER}`, categories: [] });

describe('splitSentences and sentenceKey', () => {
  it('splits at sentence ends but not inside abbreviations or versions', () => {
    expect(splitSentences('One thing. Two things! e.g. three. Version 1.2 is out?  Yes.')).toEqual([
      'One thing.',
      'Two things! e.g. three.',
      'Version 1.2 is out?',
      'Yes.',
    ]);
    expect(splitSentences('   ')).toEqual([]);
    expect(
      splitSentences('Dr. Heidi Howard explains Flexible Paxos. Node A asks node B. B answers Mr. Lamport.'),
    ).toEqual(['Dr. Heidi Howard explains Flexible Paxos.', 'Node A asks node B.', 'B answers Mr. Lamport.']);
    expect(splitSentences('我是一名工程师。本文介绍 Raft 的选主过程！ 下一篇见。')).toEqual([
      '我是一名工程师。',
      '本文介绍 Raft 的选主过程！',
      '下一篇见。',
    ]);
  });

  it('removes a bio from posts written in Chinese', () => {
    const bio = '我是一名在云计算公司工作了十年的分布式系统工程师。';
    const items = [
      { title: 'Raft 选主', summary: `${bio}本文介绍 Raft 的选主过程。` },
      { title: '日志复制', summary: `${bio}日志复制如何保证一致性。` },
    ];
    expect(removeFeedBoilerplate(items).items.map((item) => item.summary)).toEqual([
      '本文介绍 Raft 的选主过程。',
      '日志复制如何保证一致性。',
    ]);
  });

  it('treats links, user names and counts as the same template', () => {
    expect(sentenceKey('Article URL: https://a.example/x Points: 12 # Comments: 3')).toBe(
      sentenceKey('article url: https://b.example/y  Points: 400 # Comments: 97'),
    );
    expect(sentenceKey('submitted by /u/alice [link] [comments]')).toBe(
      sentenceKey('submitted by /u/bob [link] [comments]'),
    );
    expect(sentenceKey('Hello there.')).not.toBe(sentenceKey('Hello where.'));
  });
});

describe('removeFeedBoilerplate', () => {
  it('removes a bio and a footer shared by the feed’s items, keeping each post’s own text', () => {
    const items = [
      post('Understanding JWTs from first principles', 'A token is three base64 strings joined by dots.'),
      post('Fractals with nothing but a terminal', 'Drawing the Mandelbrot set in ASCII.'),
      post('Learning Japanese at 40', 'Spaced repetition and patience.'),
    ];
    const { items: cleaned, boilerplate } = removeFeedBoilerplate(items);
    expect(cleaned.map((item) => item.summary)).toEqual([
      'A token is three base64 strings joined by dots.',
      'Drawing the Mandelbrot set in ASCII.',
      'Spaced repetition and patience.',
    ]);
    expect(boilerplate).toEqual(expect.arrayContaining([sentenceKey(BIO), sentenceKey(FOOTER)]));
    // The point of it: the bio no longer makes an off-topic post look relevant.
    for (const item of cleaned)
      expect(classifyArticle(item, TRAINED_MODEL).relevance).toBeLessThan(DEFAULT_RELEVANCE_THRESHOLD);
  });

  it('never removes a sentence seen in only one item, nor one in the middle of a post', () => {
    const items = [
      { title: 'A', summary: `${BIO} Only here. Shared closing line.` },
      { title: 'B', summary: `Something else. ${BIO} More text.` },
      { title: 'C', summary: 'Unrelated. Shared closing line.' },
    ];
    const { items: cleaned, boilerplate } = removeFeedBoilerplate(items);
    expect(boilerplate).not.toContain(sentenceKey('Only here.'));
    expect(cleaned[0]!.summary).toBe('Only here.');
    // The bio sits mid-post in B: the opening sentence is B's own, so nothing around it goes.
    expect(cleaned[1]!.summary).toBe(`Something else. ${BIO} More text.`);
    expect(cleaned[2]!.summary).toBe('Unrelated.');
  });

  it('learns nothing from a feed with one item, but applies what the feed row already knows', () => {
    const single = [post('Vim motions I use every day', 'Text objects and marks.')];
    expect(removeFeedBoilerplate(single)).toEqual({ items: single, boilerplate: [] });

    const known = learnBoilerplate([post('x', 'One.'), post('y', 'Two.')]);
    const { items, boilerplate } = removeFeedBoilerplate(single, known);
    expect(items[0]!.summary).toBe('Text objects and marks.');
    expect(boilerplate).toEqual(known);
  });

  it('keeps a shared opening sentence where the title names its subject: a series about Raft', () => {
    const intro = 'Raft is a consensus algorithm for managing a replicated log.';
    const items = [
      { title: 'Raft, part 1: leader election', summary: `${intro} Terms and votes.` },
      { title: 'Raft, part 2: log replication', summary: `${intro} AppendEntries and commit.` },
      { title: 'Part 3: membership changes', summary: `${intro} Joint consensus.` },
    ];
    const { items: cleaned, boilerplate } = removeFeedBoilerplate(items);
    // Decided: titles that say "Raft" make the shared sentence the series' subject, not a bio,
    // so it stays in every post, the one titled without "Raft" too.
    expect(boilerplate).toEqual([]);
    expect(cleaned).toEqual(items);
    // A bio shared the same way still goes: no title names "after".
    const withBio = items.map((item) => ({ ...item, summary: `${BIO} ${item.summary}` }));
    expect(removeFeedBoilerplate(withBio).items).toEqual(items);
    // And a sentence learned earlier stays in a new post whose title names its subject.
    expect(stripBoilerplate(items[0]!, new Set([sentenceKey(intro)]))).toBe(items[0]!.summary);
    expect(stripBoilerplate(items[2]!, new Set([sentenceKey(intro)]))).toBe('Joint consensus.');
    // The posts about Raft remain relevant.
    for (const item of cleaned) {
      expect(classifyArticle({ ...item, categories: [] }, TRAINED_MODEL).relevance).toBeGreaterThanOrEqual(
        DEFAULT_RELEVANCE_THRESHOLD,
      );
    }
  });

  it('learns a footer whatever the titles say, in short posts too', () => {
    const footer = 'Distributed Notes is a reader-supported publication about consensus and replication.';
    const items = [
      { title: 'Distributed tracing without the hype', summary: `Spans, context and sampling. ${footer}` },
      { title: 'Baking sourdough at home', summary: `Flour, water and patience. ${footer}` },
    ];
    expect(removeFeedBoilerplate(items).items.map((item) => item.summary)).toEqual([
      'Spans, context and sampling.',
      'Flour, water and patience.',
    ]);
  });

  it('learns a footer whatever the titles say, and a bio that one title of many happens to name', () => {
    const footer = 'Distributed Notes is a reader-supported publication about consensus and replication.';
    const withFooter = [
      { title: 'Distributed tracing without the hype', summary: `Spans, context and sampling. ${footer}` },
      { title: 'Baking sourdough at home', summary: `Flour, water and patience. ${footer}` },
      { title: 'A week hiking in the Alps', summary: `Huts, trails and blisters. ${footer}` },
    ];
    expect(removeFeedBoilerplate(withFooter).items.map((item) => item.summary)).toEqual([
      'Spans, context and sampling.',
      'Flour, water and patience.',
      'Huts, trails and blisters.',
    ]);
    const bio = 'Distributed teams are my trade: I coach remote engineers.';
    const withBio = [
      { title: 'Distributed caching, explained', summary: `${bio} Caches hide latency.` },
      { title: 'My favourite notebooks', summary: `${bio} Paper still wins.` },
      { title: 'Running in the rain', summary: `${bio} Wet shoes, happy mind.` },
    ];
    expect(removeFeedBoilerplate(withBio).items.map((item) => item.summary)).toEqual([
      // The title names the bio's subject, so the learned bio stays in this one post.
      `${bio} Caches hide latency.`,
      'Paper still wins.',
      'Wet shoes, happy mind.',
    ]);
  });

  it('empties an aggregator stub that carries nothing but links and counts', () => {
    const stub = (id: number, points: number) =>
      `Article URL: https://site${id}.example/post Comments URL: https://news.ycombinator.com/item?id=${id} Points: ${points} # Comments: ${id % 50}`;
    const items = [1, 2, 3].map((id) => ({ title: `Post ${id}`, summary: stub(id, id * 7) }));
    expect(removeFeedBoilerplate(items).items.map((item) => item.summary)).toEqual(['', '', '']);
  });

  it('keeps what the feed row knew after what it learned now, bounded', () => {
    const known = Array.from({ length: MAX_LEARNED }, (_, index) => `old sentence ${index}.`);
    const learned = learnBoilerplate([post('a', 'One.'), post('b', 'Two.')], known);
    expect(learned).toHaveLength(MAX_LEARNED);
    expect(learned.slice(0, 2)).toEqual([sentenceKey(BIO), sentenceKey(FOOTER)]);
    expect(learned).toContain('old sentence 0.');
  });

  it('returns the same summary when there is nothing to strip', () => {
    expect(stripBoilerplate({ title: 't', summary: 'Hello. World.' }, new Set())).toBe('Hello. World.');
    expect(stripBoilerplate({ title: 't', summary: '' }, new Set(['x']))).toBe('');
  });
});
