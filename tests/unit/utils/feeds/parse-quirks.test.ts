import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipSummary } from '../../../../utils/feeds/clip-text';
import { parseFeed } from '../../../../utils/feeds/parse';
import type { ParsedFeed } from '../../../../utils/schemas/parsed-feed';

// Each fixture is modelled on the shape a real source's feed has.

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../fixtures/feeds/${name}`, import.meta.url));
}

function parseOk(body: string | Uint8Array, url: string, contentType?: string): ParsedFeed {
  const result = parseFeed(body, { url, contentType });
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}: ${result.error.message}`);
  return result.feed;
}

const iso = (text: string) => Date.parse(text);

describe('Substack (ByteByteGo, Architecture Weekly)', () => {
  const feed = parseOk(fixture('rss2-substack.xml'), 'https://blog.bytebytego.com/feed');

  it('prefers the subtitle in <description> over the CDATA full text', () => {
    expect(feed.items[0]).toEqual({
      url: 'https://blog.bytebytego.com/p/how-a-cache-learns-to-say-no',
      bodyWords: 14,
      title: 'How a Cache Learns to Say No',
      summary: 'Admission control, negative caching & the art of refusing work.',
      author: 'Ada Fixture',
      publishedAt: iso('2026-01-14T16:30:41Z'),
      categories: [],
      guid: 'https://blog.bytebytego.com/p/how-a-cache-learns-to-say-no',
    });
  });

  it('derives the summary from content:encoded when the description is empty, without style text', () => {
    // The item keeps more of the post than a card shows (boilerplate goes first, then the cut).
    const card =
      'This week\u2019s issue is sponsored by nobody. Queues smooth out bursts of load, but only while ' +
      'consumers keep up on average. When they do not, the queue grows without bound and every message ' +
      'waits longer than the one before it.';
    expect(feed.items[1]!.summary.startsWith(`${card} In this issue we look at twelve ideas`)).toBe(true);
    expect(feed.items[1]!.summary).not.toMatch(/[{}]|font-family/);
    expect(clipSummary(feed.items[1]!.summary)).toBe(card);
  });

  it('drops the email tracking from a paid post link', () => {
    expect(feed.items[2]!.url).toBe('https://blog.bytebytego.com/p/the-paid-deep-dive-on-leases');
    expect(feed.items[2]!.summary).toBe('Why leases need clocks, and what happens when clocks lie.');
  });
});

describe('Blogger Atom (Metadata)', () => {
  const feed = parseOk(fixture('atom-blogger.xml'), 'https://fixture-notes.blogspot.com/feeds/posts/default');

  it('reads entity-escaped type="html" content, keeps the tags its author wrote as text, upgrades http', () => {
    expect(feed.items[0]).toEqual({
      url: 'https://fixture-notes.blogspot.com/2026/01/the-steam-room-protocol-surviving.html',
      bodyWords: 36,
      title: 'The Steam Room Protocol: surviving partitions',
      summary:
        'This paper asks what a replica should do when it can see only half the cluster. The answer is wait, ' +
        'mostly. Here is a config line from the artifact: <p>quorum=3</p> and that is all.',
      author: 'Fixture Author',
      publishedAt: iso('2026-01-12T13:15:00.003Z'),
      categories: ['paper-review', 'distributed consensus'],
      guid: 'tag:blogger.com,1999:blog-1111111111111111111.post-2222222222222222222',
    });
  });

  it('picks rel="alternate" among replies/edit/self links and drops ?m=1', () => {
    expect(feed.items[1]!.url).toBe('https://fixture-notes.blogspot.com/2026/01/welcome-to-town-gown.html');
    expect(feed.items[1]!.title).toBe('Welcome to Town & Gown');
  });
});

describe('DEV (Forem): <rss xmlns="default">', () => {
  const feed = parseOk(fixture('rss-dev-bogus-namespace.xml'), 'https://dev.to/feed/tag/distributedsystems');

  it('parses despite the bogus default namespace, one category per tag', () => {
    expect(feed.items[0]).toEqual({
      url: 'https://dev.to/fixturedev/your-microservices-are-slower-than-a-monolith-4x2k',
      title: 'Your Microservices Are Slower Than a Monolith (Here Is Why)',
      summary:
        'Every network hop adds latency & a new way to fail. The math Five services in a chain, each at 99.9% ' +
        'availability, give you 99.5% overall. 0.999 ^ 5 = 0.995',
      author: 'Fixture Dev',
      publishedAt: iso('2026-01-13T09:41:27Z'),
      categories: ['microservices', 'architecture', 'distributedsystems', 'performance'],
      guid: 'https://dev.to/fixturedev/your-microservices-are-slower-than-a-monolith-4x2k',
    });
  });

  it('drops the ?i=i InstantClick parameter', () => {
    expect(feed.items[1]!.url).toBe('https://dev.to/otherfixture/raft-in-200-lines-of-go-1abc');
  });
});

describe('Medium (Netflix Tech Blog)', () => {
  const feed = parseOk(fixture('rss-medium.xml'), 'https://netflixtechblog.com/feed');

  it('drops ?source= from links and the site URL, and keeps the medium.com/p guid as a guid only', () => {
    expect(feed.siteUrl).toBe('https://netflixtechblog.com/');
    expect(feed.items.map((item) => [item.url, item.guid])).toEqual([
      [
        'https://netflixtechblog.com/rebuilding-the-playback-event-pipeline-0a1b2c3d4e5f',
        'https://medium.com/p/0a1b2c3d4e5f',
      ],
      [
        'https://netflixtechblog.com/sharding-the-recommendations-store-9f8e7d6c5b4a',
        'https://medium.com/p/9f8e7d6c5b4a',
      ],
    ]);
  });

  it('summarises a free post from content:encoded', () => {
    expect(feed.items[0]!.summary).toBe(
      'By Fixture Engineer Our playback events used to travel through three systems before anyone could ' +
        'query them. This post explains how we cut that to one.',
    );
  });

  it('summarises a member-only stub from its description, without "Continue reading"', () => {
    expect(feed.items[1]).toEqual({
      url: 'https://netflixtechblog.com/sharding-the-recommendations-store-9f8e7d6c5b4a',
      title: 'Members Only: Sharding the Recommendations Store',
      summary: 'How we split one hot keyspace across hundreds of nodes without a maintenance window\u2026',
      author: 'Another Engineer',
      publishedAt: iso('2026-01-13T17:00:44Z'),
      categories: ['sharding'],
      guid: 'https://medium.com/p/9f8e7d6c5b4a',
    });
  });
});

describe('dates as established readers read them', () => {
  const feed = parseOk(fixture('archive-dates.xml'), 'https://archive.example.net/feed');

  it('reads every shape the archive uses, and leaves a season undated', () => {
    expect(feed.items.map((item) => [item.title, item.publishedAt])).toEqual([
      ['Comment after the zone', iso('2003-06-10T04:00:00Z')],
      ['Zone name and offset together', iso('2003-06-10T04:00:00Z')],
      ['Day, month, year', iso('2003-06-10T00:00:00Z')],
      ['Month written out', iso('2003-06-10T00:00:00Z')],
      ['Twelve-hour clock', iso('2003-06-10T16:30:00Z')],
      ['Central European Time', iso('2003-06-10T03:00:00Z')],
      ['British Summer Time', iso('2003-06-10T03:00:00Z')],
      ['A season, not a date', undefined],
    ]);
  });
});

describe('relative links', () => {
  it('resolves against the feed xml:base, an entry xml:base relative to it, and the root', () => {
    const feed = parseOk(fixture('relative-links-xml-base.atom'), 'https://mirror.example.net/feeds/static.atom');
    expect(feed.siteUrl).toBe('https://static.example.dev/blog');
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://static.example.dev/blog/2026/01/one',
      'https://static.example.dev/notes/two.html',
      'https://static.example.dev/about/three',
    ]);
  });

  it('falls back to the feed URL when there is no xml:base', () => {
    const xml =
      '<rss version="2.0"><channel><title>R</title><link>/</link><item><title>T</title><link>../up/x</link></item></channel></rss>';
    const feed = parseOk(xml, 'https://rel.example.com/blog/feeds/rss.xml');
    expect(feed.siteUrl).toBe('https://rel.example.com/');
    expect(feed.items[0]!.url).toBe('https://rel.example.com/blog/up/x');
  });
});

describe('dates (Uber and friends)', () => {
  const feed = parseOk(fixture('bad-dates.xml'), 'https://www.uber.com/blog/engineering/rss/');
  const byTitle = new Map(feed.items.map((item) => [item.title, item.publishedAt]));

  it.each([
    ['Not RFC 822, in CDATA', iso('2023-02-23T17:30:00Z')],
    ['One-digit day', iso('2026-01-05T10:00:00Z')],
    ['ISO with offset', iso('2026-01-05T08:00:00.250Z')],
    ['Named US zone', iso('2026-01-02T14:00:00Z')],
    ['Two-digit year, no weekday, no seconds', iso('1999-03-03T14:05:00Z')],
    ['Garbage', undefined],
    ['Impossible day', undefined],
    ['Far future', iso('2039-01-01T00:00:00Z')],
    ['No date at all', undefined],
    ['Dublin Core date instead', iso('2025-12-31T23:59:59Z')],
  ])('%s -> %s', (title, expected) => {
    expect(byTitle.has(title)).toBe(true);
    expect(byTitle.get(title)).toBe(expected);
  });

  it('reads the CDATA link and drops the locale prefix', () => {
    expect(feed.items[0]!.url).toBe('https://www.uber.com/blog/ring-buffers-at-scale');
  });

  it('never produces NaN or a fraction', () => {
    for (const item of feed.items) {
      if (item.publishedAt !== undefined) expect(Number.isSafeInteger(item.publishedAt)).toBe(true);
      expect('publishedAt' in item).toBe(item.publishedAt !== undefined);
    }
  });
});

describe('duplicates and dangerous links', () => {
  it('keeps the first of a guid or a canonical URL, drops javascript:, data: and mailto:, uses permalink guids', () => {
    const feed = parseOk(fixture('duplicate-guids.xml'), 'https://dupes.example.com/feed');
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      ['First copy', 'https://dupes.example.com/a'],
      ['Script link, permalink guid', 'https://dupes.example.com/b'],
      ['No link, permalink guid', 'https://dupes.example.com/c'],
      ['Last, unique', 'https://dupes.example.com/e'],
    ]);
  });
});

describe('FeedBurner', () => {
  // The shape of a FeedBurner feed: each link a redirect through feedproxy, the article's own
  // address in feedburner:origLink, under whatever prefix the feed bound to the namespace.
  it('takes the article address from feedburner:origLink in RSS and Atom', () => {
    const rss = `<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>
      <title>Testing Blog</title><link>https://testing.example.com/</link>
      <item><title>Flaky tests</title><link>http://feedproxy.google.com/~r/blogspot/RLXA/~3/abc/flaky.html</link>
        <feedburner:origLink>https://testing.example.com/2016/05/flaky-tests.html</feedburner:origLink></item>
      <item><title>No original</title><link>https://testing.example.com/2016/06/plain.html</link></item>
    </channel></rss>`;
    expect(parseOk(rss, 'https://feeds.feedburner.com/blogspot/RLXA').items.map((item) => item.url)).toEqual([
      'https://testing.example.com/2016/05/flaky-tests.html',
      'https://testing.example.com/2016/06/plain.html',
    ]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fb="http://rssnamespace.org/feedburner/ext/1.0">
      <title>Testing Blog</title><id>tag:x</id>
      <entry><title>Flaky tests</title><id>tag:x,1</id>
        <link rel="alternate" type="text/html" href="http://feedproxy.google.com/~r/x/~3/abc/flaky.html"/>
        <fb:origLink>https://testing.example.com/2016/05/flaky-tests.html</fb:origLink></entry>
    </feed>`;
    expect(parseOk(atom, 'https://feeds.feedburner.com/x').items[0]?.url).toBe(
      'https://testing.example.com/2016/05/flaky-tests.html',
    );
  });
});

describe('YouTube channel feeds', () => {
  it("reads a video's description from media:group, as plain text", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/">
      <title>A channel</title><id>yt:channel:x</id>
      <entry><id>yt:video:abc</id><title>Raft in 10 minutes</title>
        <link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>
        <media:group><media:title>Raft in 10 minutes</media:title>
          <media:description>Leader election &amp; log replication, drawn on a whiteboard. Vec&lt;T&gt; too.</media:description>
        </media:group></entry>
    </feed>`;
    expect(parseOk(atom, 'https://www.youtube.com/feeds/videos.xml?channel_id=x').items[0]).toMatchObject({
      url: 'https://www.youtube.com/watch?v=abc',
      summary: 'Leader election & log replication, drawn on a whiteboard. Vec<T> too.',
    });
  });
});

describe('sloppy XML that real feeds serve', () => {
  it('tolerates raw HTML in a description and a bare ampersand in a title', () => {
    const xml =
      '<rss version="2.0"><channel><title>Q & A</title><item><title>Salt & pepper</title>' +
      '<link>https://sloppy.example.com/1</link><description><p>Hello<br> world</p><img src=x></description>' +
      '</item></channel></rss><!-- served by a host that appends this -->';
    const feed = parseOk(xml, 'https://sloppy.example.com/feed');
    expect(feed.title).toBe('Q & A');
    expect(feed.items).toEqual([
      { url: 'https://sloppy.example.com/1', title: 'Salt & pepper', summary: 'Hello world', categories: [] },
    ]);
  });
});

describe('charsets', () => {
  const WINDOWS_1252_TITLE = '\u201cExactly once\u201d isn\u2019t free';

  it('decodes windows-1252 bytes with the Content-Type charset', () => {
    const feed = parseOk(
      fixture('windows-1252.xml'),
      'https://cafe.example.fr/feed',
      'application/rss+xml; charset=windows-1252',
    );
    expect(feed.title).toBe('Caf\u00e9 Systems \u2014 Weekly');
    expect(feed.items[0]!.title).toBe(WINDOWS_1252_TITLE);
    expect(feed.items[0]!.summary).toBe('It costs \u20ac0.02 per message, and a second write.');
  });

  it('reads undeclared windows-1252 as UTF-8, with replacement characters', () => {
    const feed = parseOk(fixture('windows-1252.xml'), 'https://cafe.example.fr/feed', 'application/rss+xml');
    expect(feed.items[0]!.title).toBe('\ufffdExactly once\ufffd isn\ufffdt free');
  });

  it('uses the encoding in the XML prolog when the server names none', () => {
    const feed = parseOk(fixture('iso-8859-1.xml'), 'https://muenchen.example.de/feed', 'text/xml');
    expect(feed.title).toBe('Gr\u00fc\u00dfe aus M\u00fcnchen');
    expect(feed.items[0]!.title).toBe('Sch\u00e4tzung der Latenz \u00a9 2025');
    expect(feed.items[0]!.summary).toBe('Na\u00efve retries make tail latency worse.');
  });

  it('lets the Content-Type charset win over the prolog', () => {
    const feed = parseOk(fixture('iso-8859-1.xml'), 'https://muenchen.example.de/feed', 'text/xml; charset="UTF-8"');
    expect(feed.title).toBe('Gr\ufffd\ufffde aus M\ufffdnchen');
  });

  it('follows a UTF-16 byte order mark', () => {
    const xml = '<rss version="2.0"><channel><title>\u00c9t\u00e9 \u2603</title></channel></rss>';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(parseOk(bytes, 'https://utf16.example.com/feed').title).toBe('\u00c9t\u00e9 \u2603');
  });

  it('uses a string body as it is, whatever the prolog says', () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>na\u00efve \u2014 ok</title></channel></rss>';
    expect(parseOk(xml, 'https://s.example.com/feed').title).toBe('na\u00efve \u2014 ok');
  });
});

describe('a day page of short posts, each entry at its own anchor (Scripting News)', () => {
  // Items with no title, each linking to the day's page at its own anchor.
  const entry = (anchor: string, text: string, guid = `http://scripting.example/2026/12/01.html#${anchor}`) =>
    `<item><description>${text}</description><link>http://scripting.example/2026/12/01.html#${anchor}</link>` +
    `<guid>${guid}</guid><pubDate>Tue, 01 Dec 2026 15:00:00 GMT</pubDate></item>`;
  const rss = (...items: string[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Day pages</title>${items.join('')}</channel></rss>`;
  const urls = (body: string) => parseOk(body, 'http://scripting.example/rss.xml').items.map((item) => item.url);

  it('keeps every entry, each under its anchor, the first one too', () => {
    const feed = rss(
      entry('a150000', 'Replication lag is a product decision.'),
      entry('a140000', 'A note on retries and idempotency keys.'),
      entry('a120000', 'Why the queue grew overnight.'),
    );
    expect(urls(feed)).toEqual([
      'https://scripting.example/2026/12/01.html#a150000',
      'https://scripting.example/2026/12/01.html#a140000',
      'https://scripting.example/2026/12/01.html#a120000',
    ]);
  });

  it('keys an entry whose permanent id is its anchored link by its anchor from its first sync', () => {
    expect(urls(rss(entry('a150000', 'The only post so far today.')))).toEqual([
      'https://scripting.example/2026/12/01.html#a150000',
    ]);
    // An id that is not the link says nothing about the anchor: a lone entry is the page.
    expect(urls(rss(entry('a150000', 'The only post so far today.', 'tag:scripting.example,2026:150000')))).toEqual([
      'https://scripting.example/2026/12/01.html',
    ]);
  });

  it('keeps anchors for a page’s entries whose ids are not links', () => {
    const feed = rss(entry('a2', 'Second.', 'id-2'), entry('a1', 'First.', 'id-1'), entry('a0', 'Zeroth.', 'id-0'));
    expect(urls(feed)).toEqual([
      'https://scripting.example/2026/12/01.html#a2',
      'https://scripting.example/2026/12/01.html#a1',
      'https://scripting.example/2026/12/01.html#a0',
    ]);
  });

  it('anchors the page’s earlier entry too when a later one’s id names its anchor', () => {
    const feed = rss(entry('a2', 'Second.', 'id-2'), entry('a1', 'First.'));
    expect(urls(feed)).toEqual([
      'https://scripting.example/2026/12/01.html#a2',
      'https://scripting.example/2026/12/01.html#a1',
    ]);
  });

  it('still keeps one item for an entry repeated at the same anchor, or under the same guid', () => {
    expect(urls(rss(entry('a1', 'First.'), entry('a1', 'First, repeated.', 'other-guid')))).toEqual([
      'https://scripting.example/2026/12/01.html#a1',
    ]);
    expect(urls(rss(entry('a1', 'First.', 'id-1'), entry('a1', 'First, repeated.', 'id-2')))).toEqual([
      'https://scripting.example/2026/12/01.html',
    ]);
    expect(urls(rss(entry('a1', 'First.', 'same'), entry('a2', 'Second.', 'same')))).toEqual([
      'https://scripting.example/2026/12/01.html',
    ]);
  });

  it('keeps one item for a post whose second link only adds an anchor to the first', () => {
    const plain =
      '<item><title>Leases</title><link>https://blog.example/leases</link><guid>https://blog.example/leases</guid></item>';
    const withAnchor =
      '<item><title>Leases</title><link>https://blog.example/leases#more-12</link><guid>p=12</guid></item>';
    expect(urls(rss(plain, withAnchor))).toEqual(['https://blog.example/leases']);
  });
});
