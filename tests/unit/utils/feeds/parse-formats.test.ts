import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS, parseFeed } from '../../../../utils/feeds/parse';
import type { ParsedFeed } from '../../../../utils/schemas/parsed-feed';

const FEED_URL = 'https://feed.example.com/feed.xml';

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url));
}

function parseOk(body: string | Uint8Array, url = FEED_URL, contentType?: string): ParsedFeed {
  const result = parseFeed(body, { url, contentType });
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}: ${result.error.message}`);
  return result.feed;
}

const iso = (text: string) => Date.parse(text);

describe('parseFeed: one fixture per format', () => {
  it('reads RSS 2.0', () => {
    const feed = parseOk(fixture('rss-dev-bogus-namespace.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('DEV Community: distributedsystems');
    expect(feed.siteUrl).toBe('https://dev.to/t/distributedsystems');
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://dev.to/fixturedev/your-microservices-are-slower-than-a-monolith-4x2k',
      'https://dev.to/otherfixture/raft-in-200-lines-of-go-1abc',
    ]);
  });

  it('reads RSS 0.91 with a DOCTYPE, and resolves a relative link against the feed URL', () => {
    const feed = parseOk(fixture('rss091.xml'), 'https://weekly.example.com/rss/091.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Fixture Weekly 0.91');
    expect(feed.siteUrl).toBe('https://weekly.example.com/');
    expect(feed.items).toEqual([
      {
        url: 'https://weekly.example.com/2pc.html',
        title: 'Two-phase commit in one page',
        summary: 'Prepare, then commit; the coordinator is the weak spot.',
        categories: [],
      },
      {
        url: 'https://weekly.example.com/archive/relative.html',
        title: 'Relative links happen',
        summary: "This item's link has no host.",
        categories: [],
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core fields and content:encoded', () => {
    const feed = parseOk(fixture('rdf.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Fixture Paper Index');
    expect(feed.siteUrl).toBe('https://papers.example.org/');
    expect(feed.items).toEqual([
      {
        url: 'https://papers.example.org/chain-replication-revisited',
        title: 'Chain Replication, Revisited',
        summary: 'A second look at chain replication under partial failures.',
        author: 'R. Fixture',
        publishedAt: iso('2025-11-03T09:00:00Z'),
        categories: ['replication'],
        guid: 'https://papers.example.org/chain-replication-revisited',
      },
      {
        url: 'https://papers.example.org/log-structured-merge-notes',
        bodyWords: 9,
        title: 'Notes on Log-Structured Merge Trees',
        summary: 'Write amplification, read amplification and space amplification: pick two.',
        publishedAt: iso('2025-10-28T00:00:00Z'),
        categories: ['storage', 'lsm'],
        guid: 'https://papers.example.org/log-structured-merge-notes',
      },
    ]);
  });

  it('reads Atom 0.3: issued is the publication date, the feed author is inherited', () => {
    const feed = parseOk(fixture('atom03.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Old & Gold Blog');
    expect(feed.siteUrl).toBe('https://old-gold.example.net/');
    expect(feed.items).toEqual([
      {
        url: 'https://old-gold.example.net/2005/02/vector-clocks',
        bodyWords: 3,
        title: 'Vector clocks explained with coffee cups',
        summary: 'Three baristas, one order, and no shared clock.',
        author: 'Early Blogger',
        publishedAt: iso('2005-02-28T02:30:00Z'),
        categories: [],
        guid: 'tag:old-gold.example.net,2005:vector-clocks',
      },
      {
        url: 'https://old-gold.example.net/2005/02/lamport',
        bodyWords: 13,
        title: 'Lamport timestamps, the short version',
        summary: 'A counter, incremented on every event and bumped past any timestamp you receive.',
        author: 'Early Blogger',
        publishedAt: iso('2005-02-20T08:00:00Z'),
        categories: [],
        guid: 'tag:old-gold.example.net,2005:lamport',
      },
    ]);
  });

  it('reads Atom 1.0', () => {
    const feed = parseOk(fixture('atom-blogger.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Fixture Notes');
    expect(feed.siteUrl).toBe('https://fixture-notes.blogspot.com/');
    expect(feed.items).toHaveLength(2);
  });

  it('reads JSON Feed 1.0, whose author is a single object', () => {
    const feed = parseOk(fixture('jsonfeed-1.0.json'), 'https://json10.example.com/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Fixture JSON 1.0');
    expect(feed.siteUrl).toBe('https://json10.example.com/');
    expect(feed.items).toEqual([
      {
        url: 'https://json10.example.com/posts/idempotency-keys',
        bodyWords: 15,
        title: 'Idempotency keys & retries',
        summary: 'Retries are safe only when the server can recognise a request it has seen before.',
        author: 'Feed Level Author',
        publishedAt: iso('2025-12-01T14:30:00Z'),
        categories: ['reliability', 'api'],
        guid: 'https://json10.example.com/posts/idempotency-keys',
      },
      {
        url: 'https://json10.example.com/posts/backoff',
        bodyWords: 15,
        title: 'Exponential backoff',
        summary: 'Wait longer after each failure, and add jitter so clients do not retry in lockstep.',
        author: 'Item Author',
        publishedAt: iso('2025-11-20T00:00:00Z'),
        categories: [],
        guid: '42',
      },
    ]);
  });

  it('reads JSON Feed 1.1: summary over content, relative url, external_url, no link at all', () => {
    const feed = parseOk(fixture('jsonfeed-1.1.json'), 'https://json11.example.com/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.siteUrl).toBe('https://json11.example.com/');
    expect(feed.items).toEqual([
      {
        url: 'https://json11.example.com/posts/crdts-without-tears',
        bodyWords: 11,
        title: 'CRDTs without tears',
        summary: 'Conflict-free replicated data types, explained with a shopping list.',
        author: 'Item Author One',
        publishedAt: iso('2026-01-02T12:00:00Z'),
        categories: ['crdt', 'replication'],
        guid: 'tag:json11.example.com,2026:crdt',
      },
      {
        url: 'https://elsewhere.example.org/spanner-truetime',
        bodyWords: 7,
        title: 'Link: TrueTime in practice',
        summary: 'A pointer to a good explanation elsewhere.',
        author: 'Feed Author',
        publishedAt: iso('2025-12-24T08:00:00Z'),
        categories: [],
        guid: 'tag:json11.example.com,2026:link',
      },
    ]);
  });

  it("reads a Quorum pack: canonical URLs, text as written, the curator's topics and kind", () => {
    const feed = parseOk(fixture('pack.json'), 'https://packs.example.com/fixture.json');
    expect(feed).toEqual({
      format: 'pack',
      title: 'Fixture Pack',
      items: [
        {
          url: 'https://example.org/papers/paxos-for-people',
          title: 'Paxos for People',
          summary:
            'Explains single-decree Paxos with a story about a parliament. You will learn why two phases are needed and what a quorum buys you.',
          author: 'P. Fixture',
          publishedAt: iso('2001-11-01T00:00:00Z'),
          categories: [],
          pack: { topics: ['consensus', 'fault-tolerance'], kind: 'paper', source: 'Example Papers' },
        },
        {
          url: 'https://talks.example.com/clocks',
          title: 'Clocks Are Hard <really>',
          summary: 'A talk on physical and logical clocks. It shows how skew breaks leases.',
          publishedAt: iso('2024-06-01T15:00:00Z'),
          categories: [],
          pack: { topics: ['time-and-order'], kind: 'talk', source: 'Example Talks' },
        },
        {
          url: 'https://blog.example.net/caching',
          title: 'A Cache Is a Promise',
          summary: 'Why every cache is a consistency decision in disguise.',
          categories: [],
          pack: { topics: ['caching', 'consistency'], kind: 'article', source: 'Example Blog' },
        },
      ],
    });
  });

  it('reads a valid feed without items as an empty feed', () => {
    expect(parseOk(fixture('empty.xml'))).toEqual({
      format: 'rss',
      title: 'A Quiet Blog',
      siteUrl: 'https://quiet.example.com/',
      items: [],
    });
  });

  it('accepts an ArrayBuffer body as well as bytes and strings', () => {
    const bytes = fixture('empty.xml');
    const buffer = new Uint8Array(bytes).buffer; // a copy: Buffer's own backing store is pooled
    expect(parseOk(new Uint8Array(bytes)).title).toBe('A Quiet Blog');
    const result = parseFeed(buffer, { url: FEED_URL });
    expect(result.ok && result.feed.title).toBe('A Quiet Blog');
  });
});

describe('parseFeed: what is not a feed', () => {
  const cases: [name: string, body: string | Buffer, kind: string, message: string][] = [
    [
      'an HTML page, even one that contains <rss>',
      fixture('html-page.html'),
      'not-a-feed',
      'This is not a feed: it looks like an HTML page.',
    ],
    [
      'an XHTML page behind an XML prolog',
      '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      'not-a-feed',
      'This is not a feed: it looks like an HTML page.',
    ],
    [
      'an HTML fragment',
      '  <body><p>Hello</p></body>',
      'not-a-feed',
      'This is not a feed: it looks like an HTML page.',
    ],
    ['an empty body', '', 'not-a-feed', 'The server sent an empty response.'],
    ['a body of whitespace and a BOM', '\ufeff \n\t', 'not-a-feed', 'The server sent an empty response.'],
    ['plain text', 'Service Unavailable', 'not-a-feed', 'This is not a feed: it is neither XML nor JSON.'],
    [
      'mismatched tags',
      fixture('malformed.xml'),
      'malformed',
      'The feed is not well-formed XML: </channel> appears where </item> was expected.',
    ],
    [
      'a feed cut off between two items',
      readCutOff(),
      'malformed',
      'The feed is not well-formed XML: it ends before its <channel> element is closed.',
    ],
    [
      'a feed cut off inside a description',
      '<rss version="2.0"><channel><title>T</title><item><description>half',
      'malformed',
      'The feed is not well-formed XML: it ends before its <description> element is closed.',
    ],
    ['a prolog and nothing else', '<?xml version="1.0"?>', 'malformed', 'The feed is not well-formed XML.'],
    [
      'an OPML file',
      '<?xml version="1.0"?><opml version="2.0"><body/></opml>',
      'unsupported',
      'This XML document is not a feed: its root element is <opml>, where <rss>, <feed> or <rdf:RDF> was expected.',
    ],
    [
      'an <rss> root without a channel',
      '<rss><foo/></rss>',
      'malformed',
      'The document has a <rss> root element but not the structure of an RSS feed.',
    ],
    [
      'JSON that is no feed',
      '{"name": "package", "version": "1.0.0"}',
      'unsupported',
      'This JSON is neither a JSON Feed nor a Quorum pack.',
    ],
    ['a JSON array', '[1, 2, 3]', 'unsupported', 'This JSON is neither a JSON Feed nor a Quorum pack.'],
    [
      'broken JSON',
      '{"version": "https://jsonfeed.org/version/1.1", "items": [',
      'malformed',
      'The feed is not valid JSON.',
    ],
  ];

  it.each(cases)('%s', (_name, body, kind, message) => {
    expect(parseFeed(body, { url: FEED_URL })).toEqual({ ok: false, error: { kind, message } });
  });

  it("passes on the pack validator's own sentence for a broken pack", () => {
    const body =
      '{"format":"quorum-pack","version":1,"title":"P","updated":"2026-01-01","items":[{"url":"javascript:alert(1)"}]}';
    const result = parseFeed(body, { url: FEED_URL });
    expect(result.ok ? null : result.error.kind).toBe('malformed');
    expect(result.ok ? null : result.error.message).toMatch(
      /^This pack has problems: items\[0\]\.url: must be an absolute http\(s\) URL; /,
    );
  });
});

function readCutOff(): string {
  const whole = fixture('rss-dev-bogus-namespace.xml').toString('utf8');
  return whole.slice(0, whole.indexOf('</item>') + '</item>'.length);
}

describe('parseFeed: size', () => {
  it(`keeps the first ${MAX_FEED_ITEMS} items of a 5,000-item archive`, () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) =>
        `<item><title>Post ${i}</title><link>https://archive.example.com/p/${i}</link>` +
        `<pubDate>Mon, 05 Jan 2026 10:00:00 +0000</pubDate>` +
        `<description><![CDATA[<p>Body of post ${i} about <b>replication</b>.</p>]]></description></item>`,
    );
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Archive</title>${items.join('\n')}</channel></rss>`;
    const feed = parseOk(xml);
    expect(MAX_FEED_ITEMS).toBe(500);
    expect(feed.items).toHaveLength(500);
    expect(feed.items[0]).toEqual({
      url: 'https://archive.example.com/p/0',
      title: 'Post 0',
      summary: 'Body of post 0 about replication.',
      publishedAt: iso('2026-01-05T10:00:00Z'),
      categories: [],
    });
    expect(feed.items[499]!.url).toBe('https://archive.example.com/p/499');
  });

  it('fills the cap with later items when early ones are dropped', () => {
    const items = Array.from({ length: 600 }, (_, i) =>
      i < 50
        ? `<item><title>Bad ${i}</title><link>javascript:void(${i})</link></item>`
        : `<item><title>Good ${i}</title><link>https://archive.example.com/g/${i}</link></item>`,
    );
    const feed = parseOk(`<rss version="2.0"><channel><title>A</title>${items.join('')}</channel></rss>`);
    expect(feed.items).toHaveLength(500);
    expect(feed.items[0]!.title).toBe('Good 50');
    expect(feed.items[499]!.title).toBe('Good 549');
  });
});
