import { decodeEntities } from './entities';
import { isHttpUrl } from '../schemas/http-url';

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+xml|application\/(feed\+)?json|application\/xml|text\/xml)$/i;

/** Where sites usually keep a feed when a page declares none. */
export const COMMON_FEED_PATHS = [
  '/feed',
  '/rss.xml',
  '/atom.xml',
  '/feed.xml',
  '/index.xml',
  '/rss',
  '/feed/',
  '/feeds/posts/default',
  '/blog/rss.xml',
  '/blog/feed',
];

/**
 * Feed URLs a web page declares with <link rel="alternate" type="…">, resolved against the
 * page (and its <base href>), in page order. Reads the HTML as text: it runs in the service
 * worker too, where there is no DOMParser, and only needs <link> and <base> tags. Like a
 * browser, it ignores tags inside comments and inside script, style and template bodies, and
 * decodes attribute values the HTML way (WordPress writes `?p=12&#038;feed=rss2`).
 */
export function declaredFeeds(html: string, pageUrl: string): string[] {
  const tags = linkAndBaseTags(html.slice(0, 512 * 1024));
  let base = pageUrl;
  const baseHref = tags.find((tag) => tag.name === 'base' && tag.attributes.has('href'))?.attributes.get('href');
  try {
    if (baseHref) base = new URL(baseHref.trim(), pageUrl).href;
  } catch {
    // A broken <base> is ignored, as browsers do.
  }
  const found: string[] = [];
  for (const { name, attributes } of tags) {
    if (name !== 'link') continue;
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = attributes.get('type') ?? '';
    const href = attributes.get('href')?.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.test(type.trim()) || !href) continue;
    try {
      const url = new URL(href, base).href;
      if (isHttpUrl(url) && !found.includes(url)) found.push(url);
    } catch {
      // Not a URL: skip it.
    }
  }
  return found;
}

/** Candidate addresses to try when a page declares no feed, on the page's own origin. */
export function guessedFeeds(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return COMMON_FEED_PATHS.map((path) => `${origin}${path}`);
}

interface FoundTag {
  name: 'link' | 'base';
  attributes: Map<string, string>;
}

const RAW_TEXT = /^<(script|style|template|textarea|title|noscript)[\s>/]/i;
const WANTED = /^<(link|base)[\s/>]/i;

/** <link> and <base> tags in document order, outside comments and raw-text bodies. One pass. */
function linkAndBaseTags(html: string): FoundTag[] {
  const found: FoundTag[] = [];
  let i = html.indexOf('<');
  while (i !== -1) {
    const head = html.slice(i, i + 12);
    let next: number;
    if (head.startsWith('<!--')) {
      next = after(html, '-->', i + 4);
    } else if (RAW_TEXT.test(head)) {
      const name = RAW_TEXT.exec(head)![1]!;
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = i;
      const match = close.exec(html);
      next = match === null ? html.length : match.index + 2;
    } else {
      const end = tagEnd(html, i);
      const wanted = WANTED.exec(head);
      if (wanted) {
        found.push({
          name: wanted[1]!.toLowerCase() as FoundTag['name'],
          attributes: attributesOf(html.slice(i + wanted[1]!.length + 1, end)),
        });
      }
      next = end;
    }
    i = html.indexOf('<', Math.max(next, i + 1));
  }
  return found;
}

function after(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

/**
 * Where the tag at `from` ends: the first '>' outside quotes (a title may hold '>'). Quotes
 * are honoured for a tag's usual length only, so a stray quote cannot make the scan quadratic.
 */
function tagEnd(html: string, from: number): number {
  let quote = '';
  const limit = Math.min(html.length, from + 4096);
  for (let i = from + 1; i < limit; i++) {
    const char = html[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return after(html, '>', from);
}

/** The first of each name wins, as in HTML; values decoded as attribute values are. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name))
      attributes.set(name, decodeEntities(match[3] ?? match[4] ?? match[5] ?? '', 'attribute'));
  }
  return attributes;
}
