import type { AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { atomText as newAtomText } from '../../utils/feeds/legacy-atom';
import type { TextType } from '../../utils/feeds/feed-text';
import { resolveBase, siteUrlOf, type RawFeed } from '../../utils/feeds/raw-feed';

/**
 * The feed mapping as it was on feedsmith, kept as the reference the XML reader is compared
 * with on generated feeds (tests/unit/utils/feeds/reader-vs-reference.test.ts).
 *
 * Feedsmith's four shapes mapped onto RawItem. Only field picking lives here: which element
 * holds the link, the author, the date in each format. Cleaning happens in build-item.ts;
 * resolving xml:base and the site's address is the shipped code's (raw-feed.ts), which is not
 * what the comparison is about.
 */

export function fromRss(feed: RssFeed.Feed<string>, feedUrl: string): RawFeed {
  const feedBase = resolveBase(feed.xml?.base, feedUrl);
  return {
    // RSS never said whether its text is markup; in practice titles and descriptions are HTML.
    title: feed.title,
    titleType: 'html',
    siteUrl: siteUrlOf(feed.link, feedBase),
    items: (feed.items ?? []).map((item) => ({
      // A guid is a permalink unless it says isPermaLink="false" (Medium's medium.com/p/<id>).
      links: [item.link, item.guid?.isPermaLink === false ? undefined : item.guid?.value],
      base: resolveBase(item.xml?.base, feedBase),
      title: item.title ?? item.dc?.titles?.[0],
      description: item.description,
      content: item.content?.encoded,
      ...HTML_TYPES,
      // Substack and Medium name authors in dc:creator; <author> is meant to be an email.
      author: item.dc?.creators?.[0] ?? item.authors?.[0]?.name,
      date: item.pubDate ?? item.dc?.dates?.[0],
      categories: [...(item.categories ?? []).map((category) => category.name), ...(item.dc?.subjects ?? [])],
      guid: item.guid?.value,
    })),
  };
}

export function fromAtom(feed: AtomFeed.Feed<string>, feedUrl: string): RawFeed {
  const feedBase = resolveBase(feed.xml?.base, feedUrl);
  const feedAuthor = feed.authors?.[0]?.name;
  const feedTitle = atomText(feed.title);
  return {
    title: feedTitle.value,
    titleType: feedTitle.type,
    siteUrl: siteUrlOf(alternateLink(feed.links), feedBase),
    items: (feed.entries ?? []).map((entry) => {
      const title = atomText(entry.title);
      const summary = atomText(entry.summary, 'markup-if-any');
      const content = atomText(entry.content, 'markup-if-any');
      return {
        links: [alternateLink(entry.links), entry.id],
        base: resolveBase(entry.xml?.base, feedBase),
        title: title.value,
        titleType: title.type,
        description: summary.value,
        descriptionType: summary.type,
        content: content.value,
        contentType: content.type,
        // An entry without an author inherits the feed's (RFC 4287, 4.2.1).
        author: entry.authors?.[0]?.name ?? feedAuthor,
        date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
        categories: (entry.categories ?? []).map((category) => category.label ?? category.term),
        guid: entry.id,
      };
    }),
  };
}

export function fromRdf(feed: RdfFeed.Feed<string>, feedUrl: string): RawFeed {
  const feedBase = resolveBase(feed.xml?.base, feedUrl);
  return {
    // RSS 1.0 meant plain text, but its publishers write the same HTML-ish text as RSS 2.0.
    title: feed.title,
    titleType: 'html',
    siteUrl: siteUrlOf(feed.link, feedBase),
    items: (feed.items ?? []).map((item) => ({
      links: [item.link, item.rdf?.about],
      base: resolveBase(item.xml?.base, feedBase),
      title: item.title,
      description: item.description ?? item.dc?.descriptions?.[0],
      content: item.content?.encoded,
      ...HTML_TYPES,
      author: item.dc?.creators?.[0],
      date: item.dc?.dates?.[0],
      categories: item.dc?.subjects ?? [],
      guid: item.rdf?.about,
    })),
  };
}

export function fromJsonFeed(feed: JsonFeed.Feed<string>, feedUrl: string): RawFeed {
  const feedAuthor = feed.authors?.[0]?.name;
  return {
    // JSON Feed's titles and summaries are plain text by its specification; HTML has its own field.
    title: feed.title,
    titleType: 'text',
    siteUrl: siteUrlOf(feed.home_page_url, feedUrl),
    items: (feed.items ?? []).map((item) => ({
      links: [item.url, item.external_url, item.id],
      base: feedUrl,
      title: item.title,
      titleType: 'text',
      description: item.summary,
      descriptionType: 'text',
      content: item.content_html ?? item.content_text,
      contentType: item.content_html === undefined ? 'text' : 'html',
      author: item.authors?.[0]?.name ?? feedAuthor,
      date: item.date_published ?? item.date_modified,
      categories: item.tags ?? [],
      guid: item.id,
    })),
  };
}

const HTML_TYPES = { titleType: 'html', descriptionType: 'html', contentType: 'html' } as const;

/** The link a reader would open: rel="alternate" (the default rel), HTML when typed. */
function alternateLink(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate');
  return (alternates.find((link) => !link.type || /html/i.test(link.type)) ?? alternates[0])?.href;
}

/** Atom text constructs as feedsmith handed them over: value and type, without Atom 0.3's mode. */
function atomText(
  construct: { value?: string; type?: string } | undefined,
  untyped: 'text' | 'markup-if-any' = 'text',
): { value?: string; type: TextType } {
  const value = construct?.value;
  return newAtomText(value === undefined ? undefined : { value, type: construct?.type }, untyped);
}
