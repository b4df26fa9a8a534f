import type { ParsedItem } from '../schemas/parsed-feed';
import { canonicalUrl, linkAnchor } from '../url';
import { clipText } from './clip-text';
import { parseFeedDate } from './dates';
import { feedText, type TextType } from './feed-text';
import { htmlToText } from './html-to-text';
import { countWords } from '../paths/reading-time';

/**
 * One entry as the feed wrote it, whatever the format: the common ground RSS, Atom, RDF and
 * JSON Feed are mapped onto, so that text, links and dates are cleaned in one place.
 */
export interface RawItem {
  /** Where the item may live, best first (link, then a permalink guid or an http(s) id). */
  links: readonly (string | undefined)[];
  /** Absolute URL that relative links are resolved against (xml:base, else the feed URL). */
  base: string;
  title?: string;
  titleType: TextType;
  /** The summary the feed wrote, if any. */
  description?: string;
  descriptionType: TextType;
  /** The full post, if any. */
  content?: string;
  contentType: TextType;
  author?: string;
  date?: string;
  categories: readonly (string | undefined)[];
  guid?: string;
}

/** A feed wrote these; long titles are usually a whole first paragraph in the wrong field. */
export const TITLE_MAX = 300;
const AUTHOR_MAX = 200;
const CATEGORY_MAX = 100;
const CATEGORIES_MAX = 50;
const GUID_MAX = 2048;
/** Fewer words than this is a label ("Podcast", "Link post"), not a summary. */
const MIN_SUMMARY_WORDS = 3;
/**
 * How much of a post's opening an item keeps: several times what a card shows, so that a bio
 * or a stub the feed opens every post with can be removed (utils/curation/boilerplate.ts) and
 * a card's worth of the post itself is left. Cut to a card's length after that
 * (feedItemsToDrafts).
 */
export const OPENING_MAX = 1200;

// Medium's member-only stubs end in "Continue reading on <publication> »", WordPress excerpts
// in "Continue reading →": link text, not part of the summary.
const READ_MORE_TAIL = /\s*(?:continue reading|read more)\b[^.!?]{0,80}$/i;

/** The item, or null when it has no http(s) link at all: there would be nothing to open. */
export function buildItem(raw: RawItem): ParsedItem | null {
  const url = firstHttpLink(raw.links, raw.base)?.url;
  if (url === undefined) return null;

  const title = clipText(feedText(raw.title, raw.titleType), TITLE_MAX);
  const author = clipText(htmlToText(raw.author ?? ''), AUTHOR_MAX);
  const publishedAt = parseFeedDate(raw.date);
  const guid = raw.guid?.trim();
  return {
    url,
    title,
    summary: clipText(pickSummary(raw, title), OPENING_MAX),
    ...(author ? { author } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    categories: cleanCategories(raw.categories),
    ...(guid && guid.length <= GUID_MAX ? { guid } : {}),
    // The reading time of the whole post, when the feed carries it: its summary says nothing of length.
    ...(raw.content ? { bodyWords: countWords(raw.content) } : {}),
  };
}

/** The first of an item's links that is an http(s) URL: as the feed wrote it, and canonical. */
function firstHttpLink(links: RawItem['links'], base: string): { written: string; url: string } | null {
  for (const link of links) {
    if (link === undefined) continue;
    const written = link.trim();
    const url = canonicalUrl(written, base);
    if (url !== null) return { written, url };
  }
  return null;
}

/**
 * The `#fragment` of the link buildItem chose ('' when it has none), which its canonical URL
 * drops. Read only where an anchor may tell entries apart: an item whose URL another item of
 * the feed already has, or whose id holds a '#'.
 */
export function itemFragment(raw: RawItem): string {
  const chosen = firstHttpLink(raw.links, raw.base);
  return chosen === null ? '' : linkAnchor(chosen.written, raw.base);
}

/**
 * The feed's own summary when it wrote one (Substack's subtitle, an Atom summary), else the
 * opening of the full text. DEV puts the whole post in description, which clipping handles.
 */
function pickSummary(raw: RawItem, title: string): string {
  const description = feedText(raw.description, raw.descriptionType).replace(READ_MORE_TAIL, '');
  const isOwnText = description !== '' && description.toLowerCase() !== title.toLowerCase();
  if (isOwnText && description.split(' ').length >= MIN_SUMMARY_WORDS) return description;
  // Converted only when needed: content is the largest field in most feeds.
  const fromContent = feedText(raw.content, raw.contentType);
  return fromContent || (isOwnText ? description : '');
}

function cleanCategories(categories: RawItem['categories']): string[] {
  const seen = new Set<string>();
  for (const category of categories) {
    const text = clipText(htmlToText(category ?? ''), CATEGORY_MAX);
    if (text) seen.add(text);
    if (seen.size === CATEGORIES_MAX) break;
  }
  return [...seen];
}
