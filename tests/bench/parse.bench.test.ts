import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { MAX_FEED_ITEMS, parseFeed } from '../../utils/feeds/parse';
import { budgetRow, report } from './support/report';
import { median, round } from './support/stats';

/**
 * Feed parsing throughput, in Node: Quorum's parseFeed (decode, sniff, its own XML reader, item
 * cleaning, Zod) beside fast-xml-parser, a fast general-purpose XML parser (the one feeds were
 * read through before Quorum had its own reader; a development dependency kept for this
 * baseline), building its tree from the same bytes. The ratio says what all of parseFeed costs
 * next to a bare XML parse.
 */

/** parseFeed may cost this much more than the bare XML parse of the same bytes. */
const BUDGET_RATIO = 1.2;
const RUNS = 15;
const WARMUP = 3;
const ITEMS = 2_000;
const TARGET_BYTES = 2_000_000;

// The settings feeds were parsed with before (no entity processing, attributes kept, values as
// strings): the same work on the XML, none of the feed mapping.
const bareParser = new XMLParser({
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: false,
  ignoreAttributes: false,
  ignorePiTags: true,
  ignoreDeclaration: true,
  attributeNamePrefix: '@',
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A post body as blogs put it in feeds: paragraphs, links, code, emphasis, an image. */
function htmlBody(i: number, size: Size): string {
  const paragraph = (n: number) =>
    `<p>Part ${i}.${n}: the <a href="https://example.org/raft/${i}">leader</a> sends <code>AppendEntries</code> to a <em>quorum</em> of followers &amp; waits for acknowledgements before it commits.</p>`;
  const tail = 'Reads and writes overlap in at least one replica, so a read sees the latest write. '
    .repeat(20)
    .slice(0, size.padding);
  return `${Array.from({ length: size.paragraphs }, (_, n) => paragraph(n)).join('')}<p>${tail}</p><p><img src="https://example.org/img/${i}.png" alt="diagram"></p>`;
}

interface Size {
  paragraphs: number;
  padding: number;
}

/** Sizes each item's HTML (whole paragraphs, then a closing paragraph's length) so the document is TARGET_BYTES, give or take an item's rounding. */
function sized(build: (size: Size) => string): string {
  let size: Size = { paragraphs: 1, padding: 0 };
  while (Buffer.byteLength(build({ ...size, paragraphs: size.paragraphs + 1 })) <= TARGET_BYTES) size.paragraphs += 1;
  // Escaped as XML, each character of padding is one byte (it is plain ASCII text).
  size = { ...size, padding: Math.floor((TARGET_BYTES - Buffer.byteLength(build(size))) / ITEMS) };
  return build(size);
}

function rssDocument(size: Size): string {
  const items = Array.from(
    { length: ITEMS },
    (_, i) => `<item>
<title>Post ${i}: Raft log replication under network partitions</title>
<link>https://bench.example/rss/posts/${i}</link>
<guid isPermaLink="true">https://bench.example/rss/posts/${i}</guid>
<pubDate>${new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toUTCString()}</pubDate>
<category>distributed-systems</category>
<description>${escapeXml(htmlBody(i, size))}</description>
</item>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bench RSS</title><link>https://bench.example/</link><description>Throughput input</description>
${items}
</channel></rss>`;
}

function atomDocument(size: Size): string {
  const entries = Array.from(
    { length: ITEMS },
    (_, i) => `<entry>
<title>Post ${i}: consensus and linearizable reads</title>
<link rel="alternate" href="https://bench.example/atom/posts/${i}"/>
<id>tag:bench.example,2026:${i}</id>
<updated>${new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString()}</updated>
<author><name>Author ${i % 7}</name></author>
<category term="distributed-systems"/>
<content type="html">${escapeXml(htmlBody(i, size))}</content>
</entry>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Bench Atom</title><id>tag:bench.example,2026:feed</id><updated>2026-01-01T00:00:00Z</updated><link rel="alternate" href="https://bench.example/"/>
${entries}
</feed>`;
}

interface Case {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

const decoder = new TextDecoder('utf-8');

/** Both sides start from the same bytes, as a fetch hands them over. */
function runParseFeed(input: Case): number {
  const start = performance.now();
  const result = parseFeed(input.bytes, { url: 'https://bench.example/feed', contentType: input.contentType });
  const elapsed = performance.now() - start;
  if (!result.ok) throw new Error(`parseFeed failed on the ${input.name} input: ${result.error.message}`);
  expect(result.feed.items).toHaveLength(MAX_FEED_ITEMS);
  return elapsed;
}

function runBare(input: Case): number {
  const start = performance.now();
  const tree = bareParser.parse(decoder.decode(input.bytes)) as Record<string, unknown>;
  const elapsed = performance.now() - start;
  expect(Object.keys(tree).length).toBeGreaterThan(0);
  return elapsed;
}

const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

const CASES: Case[] = [
  {
    name: 'RSS 2.0',
    bytes: new TextEncoder().encode(sized(rssDocument)),
    contentType: 'application/rss+xml; charset=utf-8',
  },
  {
    name: 'Atom',
    bytes: new TextEncoder().encode(sized(atomDocument)),
    contentType: 'application/atom+xml; charset=utf-8',
  },
];

for (const input of CASES) {
  it(`parse: parseFeed beside the bare XML parser, ${input.name}, ${(input.bytes.byteLength / 1e6).toFixed(1)} MB, ${ITEMS.toLocaleString('en')} items (medians of ${RUNS}, interleaved)`, async () => {
    for (let run = 0; run < WARMUP; run++) {
      runBare(input);
      runParseFeed(input);
    }
    const bare: number[] = [];
    const full: number[] = [];
    // Interleaved, and which side goes first alternates, so drift and GC debt fall on both.
    for (let run = 0; run < RUNS; run++) {
      if (run % 2 === 0) {
        bare.push(runBare(input));
        full.push(runParseFeed(input));
      } else {
        full.push(runParseFeed(input));
        bare.push(runBare(input));
      }
    }
    const bareMs = median(bare);
    const fullMs = median(full);
    const slug = input.name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    await report(
      `parse-${slug}`,
      {
        input: `${input.name}, ${input.bytes.byteLength.toLocaleString('en')} bytes, ${ITEMS} items with HTML bodies`,
        'bare fast-xml-parser median (ms)': round(bareMs),
        'bare fast-xml-parser (MB/s)': round(mbPerSecond(input.bytes.byteLength, bareMs)),
        'parseFeed median (ms)': round(fullMs),
        'parseFeed (MB/s)': round(mbPerSecond(input.bytes.byteLength, fullMs)),
        'ratio (parseFeed time / bare parser time)': round(fullMs / bareMs, 2),
        note: `parseFeed maps at most ${MAX_FEED_ITEMS * 2} entries and keeps ${MAX_FEED_ITEMS}, but parses the whole document`,
        budget: `≤ ${BUDGET_RATIO}× the bare parser`,
        verdict: fullMs / bareMs <= BUDGET_RATIO ? 'within budget' : 'OVER BUDGET',
      },
      [
        budgetRow(`parse, 2 MB ${input.name}`, fullMs / bareMs, BUDGET_RATIO, {
          figure: `${round(fullMs / bareMs, 2)}× the bare parser (${round(mbPerSecond(input.bytes.byteLength, fullMs))} MB/s)`,
          budget: `≤ ${BUDGET_RATIO}×`,
        }),
      ],
    );
    expect(bare).toHaveLength(RUNS);
    expect(full).toHaveLength(RUNS);
    expect([...bare, ...full].every((time) => time > 0)).toBe(true);
  });
}
