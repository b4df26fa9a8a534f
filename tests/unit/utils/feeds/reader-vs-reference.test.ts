import fc from 'fast-check';
import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { fromAtom, fromRdf, fromRss } from '../../../../utils/feeds/from-xml';
import { fromJsonFeed } from '../../../../utils/feeds/json-feed';
import type { RawFeed } from '../../../../utils/feeds/raw-feed';
import { readXml } from '../../../../utils/feeds/xml-reader';
import * as reference from '../../../support/feedsmith-reference';

/**
 * The XML reader and its mapping against the feedsmith pipeline it replaced, on generated
 * feeds: every field Quorum reads, as written (before cleaning), must come out the same.
 * Atom 0.3's mode is left out: the old pipeline found it by value, so two constructs with the
 * same text shared one; the reader reads each element's own (atom03-modes.xml covers it). The
 * generated text is what feeds really hold: references, CDATA, comments, escaped and raw
 * markup, bare ampersands, odd whitespace, prefixes bound to the usual namespaces or not.
 */

const URL = 'https://feed.example/blog/feed.xml';
const MAX = 1000;

const TEXTS = [
  'Plain words',
  'AT&amp;T &amp; friends',
  'Vec&lt;T&gt; and a &lt; b',
  '<![CDATA[<p>Raw <b>HTML</b> & more</p>]]>',
  'Before <![CDATA[inside & <i>x</i>]]> after &amp; done',
  '&lt;p&gt;Escaped &lt;em&gt;markup&lt;/em&gt;&lt;/p&gt;',
  '&amp;lt;b&amp;gt;twice&amp;lt;/b&amp;gt;',
  'caf&eacute; &copy 2026 &nbsp;&mdash;&#8212;&#x2014;',
  '  spaced\n\t out  ',
  'with <!-- a comment --> inside',
  'bare & ampersand',
  '&unknown; entity;',
  '日本語 and émoji 🎉',
  '',
  '   ',
  '<p>Raw paragraph</p>',
];
const text = fc.constantFrom(...TEXTS);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const link = fc.constantFrom(
  'https://feed.example/posts/1',
  '/posts/relative',
  'posts/2?a=1&amp;b=2',
  ' https://other.example/x ',
  'javascript:alert(1)',
  '',
);
const date = fc.constantFrom('Mon, 02 Mar 2026 10:00:00 GMT', '2026-03-02T10:00:00Z', 'not a date', ' 2026-03-02 ');
const person = fc.constantFrom(
  'jane@example.com (Jane Doe)',
  'Jane Doe &lt;jane@example.com&gt;',
  'Jane Doe',
  'jane@example.com',
  'mailto:jane@example.com?subject=x',
  'Jane [editor] Doe',
  'https://jane.example/ Jane',
  '',
);
const base = fc.constantFrom(undefined, 'https://base.example/dir/', 'sub/', '../up/');
const xmlBase = (value: string | undefined) => (value === undefined ? '' : ` xml:base="${value}"`);
const element = (name: string, value: string | undefined, attributes = '') =>
  value === undefined ? '' : `<${name}${attributes}>${value}</${name}>`;

const rssItem = fc
  .record({
    title: maybe(text),
    link: maybe(link),
    description: maybe(text),
    encoded: maybe(text),
    guid: maybe(link),
    permalink: fc.constantFrom(undefined, 'true', 'false', ' False '),
    dcTitle: maybe(text),
    creators: fc.array(person, { maxLength: 2 }),
    author: maybe(person),
    pubDate: maybe(date),
    dcDate: maybe(date),
    categories: fc.array(text, { maxLength: 2 }),
    subjects: fc.array(text, { maxLength: 2 }),
    base,
  })
  .map(
    (item) =>
      `<item${xmlBase(item.base)}>${element('title', item.title)}${element('link', item.link)}` +
      `${element('description', item.description)}${element('content:encoded', item.encoded)}` +
      `${element('guid', item.guid, item.permalink === undefined ? '' : ` isPermaLink="${item.permalink}"`)}` +
      `${element('dc:title', item.dcTitle)}${item.creators.map((name) => element('dc:creator', name)).join('')}` +
      `${element('author', item.author)}${element('pubDate', item.pubDate)}${element('dc:date', item.dcDate)}` +
      `${item.categories.map((name) => element('category', name)).join('')}` +
      `${item.subjects.map((name) => element('dc:subject', name)).join('')}</item>`,
  );

const rssDocument = fc
  .record({
    title: maybe(text),
    link: maybe(link),
    items: fc.array(rssItem, { maxLength: 4 }),
    base,
    dcPrefix: fc.constantFrom('dc', 'DC'),
  })
  .map(
    (feed) =>
      `<?xml version="1.0"?><rss version="2.0"${xmlBase(feed.base)} xmlns:${feed.dcPrefix}="http://purl.org/dc/elements/1.1/" ` +
      `xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${element('title', feed.title)}` +
      `${element('link', feed.link)}${feed.items.join('\n').replace(/<(\/?)dc:/g, `<$1${feed.dcPrefix}:`)}</channel></rss>`,
  );

const atomText = (name: string) =>
  fc
    .record({
      value: text,
      type: fc.constantFrom(undefined, 'text', 'html', 'xhtml', 'text/html', 'TEXT'),
    })
    .map(({ value, type }) => {
      const attributes = type === undefined ? '' : ` type="${type}"`;
      const inner = type === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml">${value}</div>` : value;
      return `<${name}${attributes}>${inner}</${name}>`;
    });

const atomLink = fc
  .record({
    href: link,
    rel: fc.constantFrom(undefined, 'alternate', 'self', 'replies'),
    type: fc.constantFrom(undefined, 'text/html', 'application/atom+xml'),
  })
  .map(
    ({ href, rel, type }) =>
      `<link href="${href}"${rel === undefined ? '' : ` rel="${rel}"`}${type === undefined ? '' : ` type="${type}"`}/>`,
  );

const atomAuthor = fc
  .record({ name: maybe(text), email: maybe(fc.constant('jane@example.com')) })
  .map(({ name, email }) => `<author>${element('name', name)}${element('email', email)}</author>`);

const atomEntry = fc
  .record({
    title: maybe(atomText('title')),
    summary: maybe(atomText('summary')),
    content: maybe(atomText('content')),
    links: fc.array(atomLink, { maxLength: 3 }),
    id: maybe(link),
    authors: fc.array(atomAuthor, { maxLength: 2 }),
    dates: fc.subarray(['published', 'issued', 'created', 'updated', 'modified', 'dc:date']),
    date,
    categories: fc.array(
      fc.record({ term: maybe(fc.constantFrom('raft', 'a&amp;b')), label: maybe(fc.constantFrom('Raft', '')) }),
      { maxLength: 2 },
    ),
    base,
  })
  .map(
    (entry) =>
      `<entry${xmlBase(entry.base)}>${entry.title ?? ''}${entry.summary ?? ''}${entry.content ?? ''}${entry.links.join('')}` +
      `${element('id', entry.id)}${entry.authors.join('')}${entry.dates.map((name) => element(name, entry.date)).join('')}` +
      `${entry.categories
        .map(
          ({ term, label }) =>
            `<category${term === undefined ? '' : ` term="${term}"`}${label === undefined ? '' : ` label="${label}"`}/>`,
        )
        .join('')}</entry>`,
  );

const atomDocument = fc
  .record({
    title: maybe(atomText('title')),
    links: fc.array(atomLink, { maxLength: 2 }),
    authors: fc.array(atomAuthor, { maxLength: 1 }),
    entries: fc.array(atomEntry, { maxLength: 4 }),
    base,
    prefixed: fc.boolean(),
  })
  .map((feed) => {
    const body = `${feed.title ?? ''}${feed.links.join('')}${feed.authors.join('')}${feed.entries.join('\n')}`;
    const namespaces = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
    if (!feed.prefixed) {
      return `<feed xmlns="http://www.w3.org/2005/Atom" ${namespaces}${xmlBase(feed.base)}>${body}</feed>`;
    }
    // Every Atom element under an explicit prefix, as some generators write it.
    const prefixed = body.replace(/<(\/?)(?!dc:|div|\/div)([a-z]+)/g, '<$1atom:$2');
    return `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom" ${namespaces}${xmlBase(feed.base)}>${prefixed}</atom:feed>`;
  });

const rdfItem = fc
  .record({
    about: link,
    title: maybe(text),
    link: maybe(link),
    description: maybe(text),
    dcDescription: maybe(text),
    encoded: maybe(text),
    creator: maybe(person),
    date: maybe(date),
    subjects: fc.array(text, { maxLength: 2 }),
  })
  .map((item) => ({
    about: item.about,
    xml:
      `<item rdf:about="${item.about}">${element('title', item.title)}${element('link', item.link)}` +
      `${element('description', item.description)}${element('dc:description', item.dcDescription)}` +
      `${element('content:encoded', item.encoded)}${element('dc:creator', item.creator)}${element('dc:date', item.date)}` +
      `${item.subjects.map((name) => element('dc:subject', name)).join('')}</item>`,
  }));

const rdfDocument = fc
  .record({ title: maybe(text), items: fc.array(rdfItem, { maxLength: 4 }), seq: fc.boolean(), reversed: fc.boolean() })
  .map(({ title, items, seq, reversed }) => {
    const listed = reversed ? [...items].reverse() : items;
    const toc = seq
      ? `<items><rdf:Seq>${listed.map((item) => `<rdf:li rdf:resource="${item.about}"/>`).join('')}</rdf:Seq></items>`
      : '';
    return (
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
      `<channel rdf:about="https://feed.example/">${element('title', title)}<link>https://feed.example/</link>${toc}</channel>` +
      `${items.map((item) => item.xml).join('')}</rdf:RDF>`
    );
  });

const jsonText = fc.constantFrom('Plain', ' padded ', '', 'AT&amp;T <b>x</b>', 42);
const jsonDocument = fc.record(
  {
    version: fc.constant('https://jsonfeed.org/version/1.1'),
    Title: jsonText,
    home_page_url: link,
    author: fc.record({ name: jsonText }, { requiredKeys: [], noNullPrototype: true }),
    items: fc.array(
      fc.record(
        {
          id: jsonText,
          URL: link,
          external_url: link,
          title: jsonText,
          summary: jsonText,
          content_html: jsonText,
          content_text: jsonText,
          date_published: jsonText,
          date_modified: jsonText,
          tags: fc.array(jsonText, { maxLength: 2 }),
          authors: fc.array(
            fc.oneof(jsonText, fc.record({ name: jsonText }, { requiredKeys: [], noNullPrototype: true })),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['version'], noNullPrototype: true },
);

/** What the reference made of a document; null where it refused it as not of the format's shape. */
function expected(map: () => RawFeed): RawFeed | null {
  try {
    return map();
  } catch {
    return null;
  }
}

const unlinked = (feed: RawFeed | null) =>
  feed === null || feed.items.every((item) => item.links.every((link) => link === undefined));

/**
 * The same feed as the reference gave. Where one of the two refused a document as empty of any
 * field it knows (`<channel><link></link></channel>`, `<entry></entry>`), the other must have
 * nothing with a link either: refused, or at most items that are dropped when built.
 */
function expectSameFeed(actual: RawFeed | null, old: RawFeed | null): void {
  if ((old === null) !== (actual === null)) {
    expect(unlinked(actual) && unlinked(old)).toBe(true);
    return;
  }
  expect(comparable(actual)).toEqual(comparable(old));
}

/**
 * The old mapping kept undefined categories that cleaning dropped later; the new one drops them
 * at once. Items without any link are dropped when built, whichever side kept them.
 */
function comparable(feed: RawFeed | null): unknown {
  if (feed === null) return null;
  return {
    ...feed,
    items: feed.items
      .filter((item) => item.links.some((link) => link !== undefined))
      .map((item) => ({ ...item, categories: item.categories.filter(Boolean) })),
  };
}

function read(xml: string, primary: string[]) {
  const result = readXml(xml, { primary });
  if (!result.ok) throw new Error(result.problem);
  return result.root;
}

// Hundreds of generated documents through two parsers: seconds on a loaded machine.
const TIMEOUT_MS = 60_000;

describe('the XML reader and mapping give what the feedsmith pipeline gave', () => {
  it(
    'RSS 2.0',
    () => {
      fc.assert(
        fc.property(rssDocument, (xml) => {
          const old = expected(() => reference.fromRss(parseRssFeed(xml, { maxItems: MAX }), URL));
          expectSameFeed(fromRss(read(xml, []), URL, MAX), old);
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'Atom 1.0, with and without a prefix',
    () => {
      fc.assert(
        fc.property(atomDocument, (xml) => {
          const old = expected(() => reference.fromAtom(parseAtomFeed(xml, { maxItems: MAX }), URL));
          expectSameFeed(fromAtom(read(xml, ['atom']), URL, MAX), old);
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'RSS 1.0 (RDF), items in rdf:Seq order',
    () => {
      fc.assert(
        fc.property(rdfDocument, (xml) => {
          const old = expected(() => reference.fromRdf(parseRdfFeed(xml, { maxItems: MAX }), URL));
          expectSameFeed(fromRdf(read(xml, ['rdf', 'rss']), URL, MAX), old);
        }),
        { numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'JSON Feed',
    () => {
      fc.assert(
        fc.property(jsonDocument, (json) => {
          const old = expected(() => reference.fromJsonFeed(parseJsonFeed(json, { maxItems: MAX }), URL));
          expectSameFeed(fromJsonFeed(json, URL, MAX), old);
        }),
        { numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );
});
