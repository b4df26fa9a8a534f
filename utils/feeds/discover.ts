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
 * worker too, where there is no DOMParser, and only needs <link> and <base> tags.
 */
export function declaredFeeds(html: string, pageUrl: string): string[] {
  const head = html.slice(0, 512 * 1024);
  const baseHref = /<base\b[^>]*\bhref\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  let base = pageUrl;
  try {
    if (baseHref) base = new URL(baseHref, pageUrl).href;
  } catch {
    // A broken <base> is ignored, as browsers do.
  }
  const found: string[] = [];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = attributes.get('type') ?? '';
    const href = attributes.get('href');
    if (!rel.includes('alternate') || !FEED_TYPES.test(type.trim()) || !href) continue;
    try {
      const url = new URL(decodeEntities(href), base).href;
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

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    attributes.set(match[1]!.toLowerCase(), match[3] ?? match[4] ?? match[5] ?? '');
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
