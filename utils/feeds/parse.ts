import {
  ParsedFeedSchema,
  ParsedItemSchema,
  type ParsedFeed,
  type ParsedFeedFormat,
  type ParsedItem,
} from '../schemas/parsed-feed';
import { MAX_HTTP_URL } from '../schemas/http-url';
import { canonicalUrl } from '../url';
import { z } from '../schemas/zod';
import { buildItem, itemFragment } from './build-item';
import { clipText } from './clip-text';
import { decodeBody, type FeedBody } from './decode';
import { feedText } from './feed-text';
import { fromAtom, fromRdf, fromRss } from './from-xml';
import { fromJsonFeed, isJsonFeed } from './json-feed';
import { packToItems } from './pack-items';
import { parsePack } from './parse-pack';
import type { RawFeed } from './raw-feed';
import { localName, sniffDocument } from './sniff-document';
import { readXml } from './xml-reader';

/**
 * Response body to ParsedFeed: pure, no DOM (it runs in the MV3 service worker), never throws.
 * Every failure is a FeedParseError whose message is shown to the user on the feed's row.
 */

export interface FeedParseError {
  kind: 'not-a-feed' | 'malformed' | 'unsupported';
  message: string;
}
export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; error: FeedParseError };

/** Whole-archive feeds (Marc Brooker's, Phil Eaton's) list hundreds of posts; the newest suffice. */
export const MAX_FEED_ITEMS = 500;
/** Headroom for entries dropped as duplicates or for bad links, without mapping a whole archive. */
const MAX_CANDIDATES = MAX_FEED_ITEMS * 2;
/** Feed titles become an article's `source`, which ArticleSchema caps at 200. */
const FEED_TITLE_MAX = 200;

type XmlFormat = Extract<ParsedFeedFormat, 'rss' | 'atom' | 'rdf'>;
const XML_ROOTS: ReadonlyMap<string, XmlFormat> = new Map([
  ['rss', 'rss'],
  ['feed', 'atom'],
  ['rdf', 'rdf'],
]);
const FORMAT_NAMES: Record<XmlFormat, string> = { rss: 'an RSS', atom: 'an Atom', rdf: 'an RSS 1.0 (RDF)' };
/** Namespaces whose elements each format reads without a prefix (`<atom:entry>` is an entry). */
const PRIMARY_NAMESPACES: Record<XmlFormat, readonly string[]> = { rss: [], atom: ['atom'], rdf: ['rdf', 'rss'] };
const MAPPERS: Record<XmlFormat, typeof fromRss> = { rss: fromRss, atom: fromAtom, rdf: fromRdf };

const NOT_WELL_FORMED = 'The feed is not well-formed XML.';

export function parseFeed(body: FeedBody, options: { url: string; contentType?: string | null }): ParseFeedResult {
  try {
    return parseBody(body, options.url, options.contentType);
  } catch {
    // Parsers of untrusted input fail in ways no one lists; the user still gets a sentence.
    return failure('malformed', 'The feed could not be read: its content is damaged or in an unexpected shape.');
  }
}

function parseBody(body: FeedBody, url: string, contentType: string | null | undefined): ParseFeedResult {
  const text = decodeBody(body, contentType);
  const document = sniffDocument(text);
  switch (document.kind) {
    case 'empty':
      return failure('not-a-feed', 'The server sent an empty response.');
    case 'html':
      return failure('not-a-feed', 'This is not a feed: it looks like an HTML page.');
    case 'text':
      return failure('not-a-feed', 'This is not a feed: it is neither XML nor JSON.');
    case 'json':
      return parseJson(text, url);
    case 'xml':
      return parseXml(text, document.root, url);
  }
}

function parseXml(text: string, root: string, url: string): ParseFeedResult {
  if (root === '') return failure('malformed', NOT_WELL_FORMED);
  const format = XML_ROOTS.get(localName(root));
  if (format === undefined) {
    return failure(
      'unsupported',
      `This XML document is not a feed: its root element is <${clipText(root, 40)}>, where <rss>, <feed> or <rdf:RDF> was expected.`,
    );
  }
  const read = readXml(text, { primary: PRIMARY_NAMESPACES[format] });
  if (!read.ok) {
    return failure(
      'malformed',
      read.limit
        ? `The feed is too large to read: ${read.problem}.`
        : `The feed is not well-formed XML: ${read.problem}.`,
    );
  }
  const raw = MAPPERS[format](read.root, url, MAX_CANDIDATES);
  if (raw === null) {
    return failure(
      'malformed',
      `The document has a <${root}> root element but not the structure of ${FORMAT_NAMES[format]} feed.`,
    );
  }
  return finish(format, raw);
}

function parseJson(text: string, url: string): ParseFeedResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return failure('malformed', 'The feed is not valid JSON.');
  }
  if (isRecord(value) && value.format === 'quorum-pack') {
    const result = parsePack(value);
    if (!result.ok) return failure('malformed', result.error);
    return validate({
      format: 'pack',
      title: result.pack.title,
      items: collectItems(packToItems(result.pack), (item) => item),
    });
  }
  if (!isJsonFeed(value)) {
    return failure('unsupported', 'This JSON is neither a JSON Feed nor a Quorum pack.');
  }
  const raw = fromJsonFeed(value, url, MAX_CANDIDATES);
  if (raw === null) {
    return failure('malformed', 'This JSON Feed could not be read: it lacks the fields a JSON Feed must have.');
  }
  return finish('json', raw);
}

function finish(format: ParsedFeedFormat, raw: RawFeed): ParseFeedResult {
  return validate({
    format,
    title: clipText(feedText(raw.title, raw.titleType), FEED_TITLE_MAX),
    ...(raw.siteUrl ? { siteUrl: raw.siteUrl } : {}),
    items: collectItems(raw.items, buildItem, itemFragment),
  });
}

/**
 * Valid items in feed order, the first of any duplicate kept (feeds list newest first, and a
 * republished entry repeats an older guid or link), at most MAX_FEED_ITEMS. An item that fails
 * the schema is dropped alone: one bad entry must not cost the user the whole feed. Entries
 * are built only until the list is full: cleaning text is the costly part of an entry.
 *
 * Canonical URLs drop `#fragments`, which usually point inside one article. But some feeds
 * publish several entries on one page, each at its own anchor (a day's page of short posts):
 * there the anchor is what tells the entries apart, and the page's entries keep it. An entry
 * keeps it too when its permanent id is its anchored link, so that it has the same URL from the
 * first sync, before a second entry shares its page.
 */
function collectItems<T>(
  entries: readonly T[],
  build: (entry: T) => ParsedItem | null,
  fragmentOf: (entry: T) => string = () => '',
): ParsedItem[] {
  const items: ParsedItem[] = [];
  const seenUrls = new Set<string>();
  const seenGuids = new Set<string>();
  /** Pages known to hold several entries: each of their entries is keyed by its anchor. */
  const anchoredPages = new Set<string>();
  /** The first entry of each page, until a second entry of the page shows it needs its anchor. */
  const firstOnPage = new Map<string, { index: number; entry: T }>();
  /** From now on the page's entries are keyed by their anchors, the one already kept too. */
  const anchorPage = (page: string) => {
    anchoredPages.add(page);
    const first = firstOnPage.get(page);
    if (first === undefined) return;
    firstOnPage.delete(page);
    const firstAnchored = anchoredUrl(page, fragmentOf(first.entry));
    if (firstAnchored === null || seenUrls.has(firstAnchored)) return;
    items[first.index] = { ...items[first.index]!, url: firstAnchored };
    seenUrls.add(firstAnchored);
  };
  for (const entry of entries) {
    const candidate = build(entry);
    if (candidate === null) continue;
    const checked = ParsedItemSchema.safeParse(candidate);
    if (!checked.success) continue;
    const item = checked.data;
    if (item.guid !== undefined && seenGuids.has(item.guid)) continue;
    const page = item.url;
    let url = page;
    const guidAnchor = item.guid?.includes('#') ? anchorNamedByGuid(item, fragmentOf(entry)) : null;
    if (guidAnchor !== null) {
      url = guidAnchor;
      anchorPage(page);
    } else if (anchoredPages.has(page)) {
      const anchored = anchoredUrl(page, fragmentOf(entry));
      if (anchored === null) continue;
      url = anchored;
    } else if (seenUrls.has(page)) {
      const anchored = anchoredUrl(page, fragmentOf(entry));
      const first = firstOnPage.get(page);
      if (anchored === null || first === undefined) continue;
      // The same link twice, or a post whose second link only adds "#more": one entry.
      const firstAnchored = anchoredUrl(page, fragmentOf(first.entry));
      if (firstAnchored === null || anchored === firstAnchored) continue;
      anchorPage(page);
      url = anchored;
    } else {
      firstOnPage.set(page, { index: items.length, entry });
    }
    if (seenUrls.has(url)) continue;
    seenUrls.add(url);
    if (item.guid !== undefined) seenGuids.add(item.guid);
    items.push(url === page ? item : { ...item, url });
    if (items.length === MAX_FEED_ITEMS) break;
  }
  return items;
}

/** The page's URL with an entry's anchor, or null when there is none or it would be too long. */
function anchoredUrl(url: string, fragment: string): string | null {
  return fragment.length > 1 && url.length + fragment.length <= MAX_HTTP_URL ? url + fragment : null;
}

/** The entry's anchored link when its permanent id is that link, anchor and all; else null. */
function anchorNamedByGuid(item: ParsedItem, fragment: string): string | null {
  const anchored = anchoredUrl(item.url, fragment);
  return anchored !== null && item.guid!.endsWith(fragment) && canonicalUrl(item.guid!) === item.url ? anchored : null;
}

/** Items were each checked as they were collected; only the feed's own fields are left. */
const FeedFieldsSchema = z.omit(ParsedFeedSchema, { items: true });

function validate(feed: ParsedFeed): ParseFeedResult {
  const checked = FeedFieldsSchema.safeParse(feed);
  return checked.success
    ? { ok: true, feed: { ...checked.data, items: feed.items } }
    : failure('malformed', 'The feed could not be read: its title or address is not usable.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failure(kind: FeedParseError['kind'], message: string): ParseFeedResult {
  return { ok: false, error: { kind, message } };
}
