import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedItemsToDrafts, type Classify } from '../../../../utils/feeds/normalise';
import { parseFeed } from '../../../../utils/feeds/parse';
import { ArticleSchema } from '../../../../utils/schemas/article';
import type { ParsedFeed, ParsedItem } from '../../../../utils/schemas/parsed-feed';

const item = (overrides: Partial<ParsedItem>): ParsedItem => ({
  url: 'https://blog.example.com/posts/raft',
  title: 'Raft, gently',
  summary: 'Leader election and log replication, one step at a time.',
  categories: ['raft'],
  ...overrides,
});

const feedOf = (items: ParsedItem[], overrides: Partial<ParsedFeed> = {}): ParsedFeed => ({
  format: 'rss',
  title: 'Example Blog',
  siteUrl: 'https://blog.example.com/',
  items,
  ...overrides,
});

function recordingClassifier(result: ReturnType<Classify>) {
  const calls: Parameters<Classify>[0][] = [];
  const classify: Classify = (input) => {
    calls.push(input);
    return result;
  };
  return { calls, classify };
}

describe('feedItemsToDrafts: feed items', () => {
  it('copies the item and asks the classifier for topics and relevance', () => {
    const { calls, classify } = recordingClassifier({ topics: ['consensus', 'replication'], relevance: 0.8 });
    const drafts = feedItemsToDrafts(
      feedOf([item({ author: 'A. Writer', publishedAt: 1_767_607_200_000, guid: 'g1' })]),
      'feed:example',
      classify,
    );
    expect(drafts).toEqual([
      {
        url: 'https://blog.example.com/posts/raft',
        title: 'Raft, gently',
        source: 'Example Blog',
        author: 'A. Writer',
        publishedAt: 1_767_607_200_000,
        summary: 'Leader election and log replication, one step at a time.',
        categories: ['raft'],
        topics: ['consensus', 'replication'],
        kind: 'article',
        level: 'intro',
        minutes: 10,
        estimated: true,
        relevance: 0.8,
        curated: false,
        feedIds: ['feed:example'],
      },
    ]);
    expect(calls).toEqual([
      {
        title: 'Raft, gently',
        summary: 'Leader election and log replication, one step at a time.',
        categories: ['raft'],
      },
    ]);
  });

  it('names the source after the site host when the feed has no title, else after the item host', () => {
    const { classify } = recordingClassifier({ topics: [], relevance: 0 });
    expect(feedItemsToDrafts(feedOf([item({})], { title: '  ' }), 'f', classify)[0]!.source).toBe('blog.example.com');
    const bare = feedOf([item({ url: 'https://other.example.org/x' })], { title: '', siteUrl: undefined });
    expect(feedItemsToDrafts(bare, 'f', classify)[0]!.source).toBe('other.example.org');
  });

  it('finds a title for untitled items: the summary opening, else the URL path, else the host', () => {
    const { classify } = recordingClassifier({ topics: [], relevance: 0.1 });
    const drafts = feedItemsToDrafts(
      feedOf([
        item({ title: '', summary: 'Short note on quorum reads.' }),
        item({
          url: 'https://blog.example.com/b',
          title: '',
          summary:
            'A rather long note that goes on about quorum intersection and read repair for far too many words to be a headline.',
        }),
        item({ url: 'https://notes.example.com/2026/01/caf%C3%A9-consensus.html', title: '', summary: '' }),
        item({ url: 'https://notes.example.com/', title: '', summary: '' }),
      ]),
      'f',
      classify,
    );
    expect(drafts.map((draft) => draft.title)).toEqual([
      'Short note on quorum reads.',
      'A rather long note that goes on about quorum intersection and read repair for\u2026',
      'notes.example.com/2026/01/caf\u00e9-consensus.html',
      'notes.example.com',
    ]);
  });

  it('keeps a misbehaving classifier inside the article schema', () => {
    const drafts = feedItemsToDrafts(
      feedOf([item({}), item({ url: 'https://blog.example.com/2' }), item({ url: 'https://blog.example.com/3' })]),
      'f',
      (() => {
        const answers = [
          { topics: ['caching', 'caching', 'storage'] as const, relevance: 1.7 },
          { topics: [], relevance: Number.NaN },
          { topics: [], relevance: -3 },
        ];
        let call = 0;
        return () => {
          const answer = answers[call++]!;
          return { topics: [...answer.topics], relevance: answer.relevance };
        };
      })(),
    );
    expect(drafts.map((draft) => [draft.topics, draft.relevance])).toEqual([
      [['caching', 'storage'], 1],
      [[], 0],
      [[], 0],
    ]);
  });
});

describe('feedItemsToDrafts: pack items', () => {
  it("uses the curator's topics, kind and source, relevance 1, its position, and never classifies", () => {
    const result = parseFeed(readFileSync(new URL('../../../fixtures/feeds/pack.json', import.meta.url)), {
      url: 'https://packs.example.com/fixture.json',
    });
    if (!result.ok) throw new Error(result.error.message);
    const { calls, classify } = recordingClassifier({ topics: ['security'], relevance: 0 });
    const drafts = feedItemsToDrafts(result.feed, 'pack:fixture', classify);
    expect(calls).toEqual([]);
    expect(drafts[0]).toEqual({
      url: 'https://example.org/papers/paxos-for-people',
      title: 'Paxos for People',
      source: 'Example Papers',
      author: 'P. Fixture',
      publishedAt: Date.parse('2001-11-01T00:00:00Z'),
      summary:
        'Explains single-decree Paxos with a story about a parliament. You will learn why two phases are needed and what a quorum buys you.',
      topics: ['consensus', 'fault-tolerance'],
      kind: 'paper',
      relevance: 1,
      curated: true,
      feedIds: ['pack:fixture'],
      packPosition: 0,
    });
    expect(drafts.map((draft) => [draft.kind, draft.packPosition, draft.source])).toEqual([
      ['paper', 0, 'Example Papers'],
      ['talk', 1, 'Example Talks'],
      ['article', 2, 'Example Blog'],
    ]);
  });
});

describe('feedItemsToDrafts: every fixture becomes valid articles', () => {
  const fixtures = [
    'rss2-substack.xml',
    'atom-blogger.xml',
    'rss-dev-bogus-namespace.xml',
    'rss-medium.xml',
    'rdf.xml',
    'atom03.xml',
    'rss091.xml',
    'jsonfeed-1.0.json',
    'jsonfeed-1.1.json',
    'pack.json',
    'relative-links-xml-base.atom',
    'bad-dates.xml',
    'duplicate-guids.xml',
    'iso-8859-1.xml',
  ];

  it.each(fixtures)('%s', (name) => {
    const result = parseFeed(readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url)), {
      url: 'https://fixtures.example.com/feed',
    });
    if (!result.ok) throw new Error(result.error.message);
    const drafts = feedItemsToDrafts(result.feed, 'f', () => ({ topics: ['architecture'], relevance: 0.5 }));
    expect(drafts.length).toBe(result.feed.items.length);
    expect(drafts.length).toBeGreaterThan(0);
    for (const { packPosition: _position, ...draft } of drafts) {
      expect(ArticleSchema.safeParse({ ...draft, firstSeenAt: 0, rank: 0 }).error).toBeUndefined();
    }
  });
});
