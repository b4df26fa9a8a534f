import type { RawItem } from './build-item';
import { atomText } from './legacy-atom';
import { resolveBase, siteUrlOf, type RawFeed } from './raw-feed';
import { rssAuthorName } from './rss-person';
import type { XmlElement } from './xml-reader';
import { attributeText, childrenNamed, childText, childTexts, firstChild, xmlText } from './xml-text';

/**
 * RSS 0.9x/2.0, Atom 0.3/1.0 and RSS 1.0 (RDF) trees mapped onto RawItem. Only field picking
 * lives here: which element holds the link, the author, the date in each format. Cleaning
 * happens in build-item.ts. Each returns null when the root lacks the format's structure.
 */

/**
 * Text alone, or namespace declarations alone, is not a channel or a feed: it needs an element
 * that says something (text, attributes or elements of its own), or xml:base and the like.
 */
function hasStructure(element: XmlElement): boolean {
  return (
    element.children.some(
      (child) => child.children.length > 0 || child.attributes.size > 0 || xmlText(child.inner) !== undefined,
    ) || [...element.attributes.keys()].some((name) => name.startsWith('xml:'))
  );
}

const HTML_TYPES = { titleType: 'html', descriptionType: 'html', contentType: 'html' } as const;

/** `rss` root. Items live in <channel>, or beside it in some RSS 0.9x feeds. */
export function fromRss(root: XmlElement, feedUrl: string, maxItems: number): RawFeed | null {
  const channel = firstChild(root, 'channel');
  if (channel === undefined || !hasStructure(channel)) return null;
  const feedBase = resolveBase(attributeText(root, 'xml:base'), feedUrl);
  let items = childrenNamed(channel, 'item');
  if (items.length === 0) items = childrenNamed(root, 'item');
  return {
    // RSS never said whether its text is markup; in practice titles and descriptions are HTML.
    title: childText(channel, 'title'),
    titleType: 'html',
    siteUrl: siteUrlOf(childText(channel, 'link'), feedBase),
    items: items.slice(0, maxItems).map((item): RawItem => {
      const guid = firstChild(item, 'guid');
      const guidValue = guid === undefined ? undefined : xmlText(guid.inner);
      // A guid is a permalink unless it says isPermaLink="false" (Medium's medium.com/p/<id>).
      const permalink = !/^\s*false\s*$/i.test(guid?.attributes.get('ispermalink') ?? '');
      return {
        links: [...origLink(item), childText(item, 'link'), permalink ? guidValue : undefined],
        base: resolveBase(attributeText(item, 'xml:base'), feedBase),
        title: childText(item, 'title') ?? childTexts(item, 'dc:title')[0],
        description: childText(item, 'description'),
        content: childText(item, 'content:encoded'),
        ...HTML_TYPES,
        // Substack and Medium name authors in dc:creator; <author> is meant to be an email.
        author: childTexts(item, 'dc:creator')[0] ?? rssAuthor(item),
        date: childText(item, 'pubdate') ?? childTexts(item, 'dc:date')[0],
        categories: [...childTexts(item, 'category'), ...childTexts(item, 'dc:subject')],
        guid: guidValue,
      };
    }),
  };
}

/** The first <author> that names anyone or gives an address: its name, if it has one. */
function rssAuthor(item: XmlElement): string | undefined {
  const first = childTexts(item, 'author')[0];
  return first === undefined ? undefined : rssAuthorName(first);
}

/** `feed` root, its elements read without the Atom prefix whatever the feed bound it to. */
export function fromAtom(root: XmlElement, feedUrl: string, maxItems: number): RawFeed | null {
  if (!hasStructure(root)) return null;
  const feedBase = resolveBase(attributeText(root, 'xml:base'), feedUrl);
  const feedAuthor = atomAuthor(root);
  const feedTitle = atomText(textConstruct(root, 'title'));
  return {
    title: feedTitle.value,
    titleType: feedTitle.type,
    siteUrl: siteUrlOf(alternateLink(root), feedBase),
    items: childrenNamed(root, 'entry')
      .slice(0, maxItems)
      .map((entry): RawItem => {
        const title = atomText(textConstruct(entry, 'title'));
        const summary = atomText(textConstruct(entry, 'summary'), 'markup-if-any');
        const content = atomText(textConstruct(entry, 'content'), 'markup-if-any');
        const id = childText(entry, 'id');
        return {
          links: [...origLink(entry), alternateLink(entry), id],
          base: resolveBase(attributeText(entry, 'xml:base'), feedBase),
          title: title.value,
          titleType: title.type,
          ...entrySummary(summary, entry),
          content: content.value,
          contentType: content.type,
          // An entry without an author inherits the feed's (RFC 4287, 4.2.1).
          author: atomAuthor(entry) ?? feedAuthor,
          // Atom 0.3 named them issued, created and modified.
          date:
            childText(entry, 'published') ??
            childText(entry, 'issued') ??
            childText(entry, 'created') ??
            childText(entry, 'updated') ??
            childText(entry, 'modified') ??
            childTexts(entry, 'dc:date')[0],
          categories: childrenNamed(entry, 'category').flatMap((category) => {
            const label = attributeText(category, 'label') ?? attributeText(category, 'term');
            return label === undefined ? [] : [label];
          }),
          guid: id,
        };
      }),
  };
}

/** The first <author> with any detail, by its name (which it may lack). */
function atomAuthor(parent: XmlElement): string | undefined {
  for (const author of childrenNamed(parent, 'author')) {
    const name = childText(author, 'name');
    if (name !== undefined) return name;
    if (['uri', 'url', 'email'].some((field) => childText(author, field) !== undefined)) return undefined;
  }
  return undefined;
}

/**
 * The entry's summary, or else its Media RSS description: YouTube's channel feeds carry a
 * video's description only there, as plain text.
 */
function entrySummary(
  summary: { value?: string | undefined; type: RawItem['descriptionType'] },
  entry: XmlElement,
): Pick<RawItem, 'description' | 'descriptionType'> {
  const media =
    summary.value === undefined
      ? (childText(firstChild(entry, 'media:group'), 'media:description') ?? childText(entry, 'media:description'))
      : undefined;
  return media === undefined
    ? { description: summary.value, descriptionType: summary.type }
    : { description: media, descriptionType: 'text' };
}

/**
 * FeedBurner rewrites each link to a redirect through its own host and keeps the article's
 * address in feedburner:origLink: the address a reader shares, and that the source's site links.
 */
function origLink(item: XmlElement): string[] {
  const link = childText(item, 'feedburner:origlink');
  return link === undefined ? [] : [link];
}

/** The link a reader would open: rel="alternate" (the default rel), HTML when typed. */
function alternateLink(parent: XmlElement): string | undefined {
  const alternates = childrenNamed(parent, 'link').flatMap((link) => {
    // An empty <link/> or <link href=""/> says nothing, not "the alternate link is missing".
    const says = [...link.attributes.values()].some((value) => xmlText(value) !== undefined);
    if (!says && xmlText(link.inner) === undefined) return [];
    const rel = attributeText(link, 'rel') ?? 'alternate';
    const href = attributeText(link, 'href') ?? xmlText(link.inner);
    return rel === 'alternate' ? [{ href, type: attributeText(link, 'type') }] : [];
  });
  return (alternates.find((link) => !link.type || /html/i.test(link.type)) ?? alternates[0])?.href;
}

const XHTML_TYPES: ReadonlySet<string | undefined> = new Set(['xhtml', 'application/xhtml+xml']);
const DIV_START = /^\s*<(?:([a-zA-Z][\w.-]*):)?div[\s/>]/;

/** An Atom text construct's value, type and Atom 0.3 mode; undefined when it is missing or empty. */
function textConstruct(parent: XmlElement, name: string): { value: string; type?: string; mode?: string } | undefined {
  const element = firstChild(parent, name);
  if (element === undefined) return undefined;
  const type = attributeText(element, 'type');
  const value = XHTML_TYPES.has(type) ? xhtmlValue(element.inner) : xmlText(element.inner);
  return value === undefined ? undefined : { value, type, mode: attributeText(element, 'mode') };
}

/** XHTML content is one <div> around markup: the markup, prefixes dropped, written as HTML would be. */
function xhtmlValue(inner: string): string | undefined {
  // CDATA inside XHTML is text; escaped, it stays text once the markup is read as HTML.
  const escaped = inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
  const start = DIV_START.exec(escaped);
  if (start === null) return xmlText(inner);
  const div = singleDiv(escaped);
  if (div === undefined) return escaped.trim() || undefined;
  const prefix = start[1];
  const unprefixed = prefix ? div.replace(new RegExp(`(</?)${prefix.replace(/\./g, '\\.')}:`, 'g'), '$1') : div;
  return unprefixed.trim() || undefined;
}

/** The inner markup when the text is exactly one div element, give or take whitespace around it. */
function singleDiv(text: string): string | undefined {
  const close = /<\/(?:[a-zA-Z][\w.-]*:)?div\s*>\s*$/.exec(text);
  if (close === null) return undefined;
  const open = /^\s*<[^>]*>/.exec(text)!;
  if (open[0].trimEnd().endsWith('/>')) return undefined;
  return text.slice(open[0].length, close.index);
}

/** `RDF` root (the rdf and RSS 1.0 prefixes read as none). Items in the channel's rdf:Seq order when it lists them. */
export function fromRdf(root: XmlElement, feedUrl: string, maxItems: number): RawFeed | null {
  if (!hasStructure(root)) return null;
  const channel = firstChild(root, 'channel');
  const feedBase = resolveBase(attributeText(root, 'xml:base'), feedUrl);
  return {
    // RSS 1.0 meant plain text, but its publishers write the same HTML-ish text as RSS 2.0.
    title: childText(channel, 'title'),
    titleType: 'html',
    siteUrl: siteUrlOf(childText(channel, 'link'), feedBase),
    items: rdfItems(root, channel, maxItems).map((item): RawItem => {
      const about = attributeText(item, 'about');
      return {
        links: [childText(item, 'link'), about],
        base: resolveBase(attributeText(item, 'xml:base'), feedBase),
        title: childText(item, 'title'),
        description: childText(item, 'description') ?? childTexts(item, 'dc:description')[0],
        content: childText(item, 'content:encoded'),
        ...HTML_TYPES,
        author: childTexts(item, 'dc:creator')[0],
        date: childTexts(item, 'dc:date')[0],
        categories: childTexts(item, 'dc:subject'),
        guid: about,
      };
    }),
  };
}

function rdfItems(root: XmlElement, channel: XmlElement | undefined, maxItems: number): XmlElement[] {
  const all = childrenNamed(root, 'item');
  // By rdf:about, the first item of each: a lookup per listed item, not a scan of them all.
  const byAbout = new Map<string, XmlElement>();
  for (const item of all) {
    const about = item.attributes.get('about');
    if (about !== undefined && !byAbout.has(about)) byAbout.set(about, item);
  }
  const listed = childrenNamed(firstChild(firstChild(channel, 'items'), 'seq'), 'li')
    .map((li) => attributeText(li, 'resource'))
    .filter((uri) => uri !== undefined)
    .slice(0, maxItems)
    .flatMap((uri) => byAbout.get(uri) ?? []);
  return listed.length > 0 ? listed : all.slice(0, maxItems);
}
