import { canonicalHostname, canonicalUrl, linkAnchor } from '@/utils/url';
import type { SiteHint } from './site-hints';

/** Where a badge for `url` may go: right after `target`, or first inside it. */
export interface Candidate {
  url: string;
  target: Element;
  placement: 'after' | 'prepend';
  /** Found through a site hint (a listing item) rather than a plain link. */
  hinted: boolean;
}

/** What a scan needs to know about the page, read once per page address. */
export interface ScanPage {
  /** document.baseURI: relative links (HN `item?id=`, dev.to `/user/slug`) resolve against it. */
  base: string;
  /** The hostname of `base`. */
  baseHostname: string;
  /** The page's own canonical URL(s): links to the page itself get no badge. */
  self: ReadonlySet<string>;
}

export interface LinkScanner {
  /** Elements under `root` (itself included) that may name an article, hint items first, as lists read later. */
  collect(root: Node): ArrayLike<Element>[];
  /** The candidate an element gives, or null. Each element is looked at once, ever. */
  candidate(element: Element, page: ScanPage): Candidate | null;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/**
 * The host of a plain absolute (or scheme-relative) http(s) URL, as written: ASCII letters,
 * digits, dots and hyphens, then at most a numeric port, then the path. Anything else (user
 * info, escapes, non-ASCII) is left to the URL parser.
 */
const PLAIN_HOST = /^(?:https?:)?\/\/([a-z0-9.-]+)(?=(?::\d*)?(?:[/?#]|$))/i;
/** A host whose last label is a number is an IPv4 address to the parser ("0" is 0.0.0.0). */
const NUMERIC_END = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ODD_START = /^(?:[/\\]{2}|\\)/;
const WHITESPACE = /[\t\n\r]/;
/** Bounds the canonical-URL cache on endless pages; clearing it only costs recomputation. */
const CACHE_LIMIT = 50_000;

/**
 * An attribute as the URL parser reads it: without leading and trailing C0 controls and
 * spaces (and no more: a no-break space is part of the URL).
 */
export function stripControls(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 32) start += 1;
  while (end > start && value.charCodeAt(end - 1) <= 32) end -= 1;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * The lower-case hostname an href points to, read from the text alone where that is
 * certain; otherwise (user info, non-ASCII hosts, backslashes…) the URL parser decides.
 * null for hrefs that are not http(s) at all.
 */
export function hrefHostname(href: string, base: string, baseHostname: string): string | null {
  const plain = PLAIN_HOST.exec(href)?.[1];
  if (plain !== undefined && !NUMERIC_END.test(plain)) return plain.toLowerCase();
  // A path, a query or a fragment: the page's own host. (The parser drops tabs and newlines
  // anywhere, and reads a backslash as a slash: those few go to the parser.)
  if (!SCHEME.test(href) && !ODD_START.test(href) && !WHITESPACE.test(href)) return baseHostname;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname : null;
  } catch {
    return null;
  }
}

/**
 * A canonical page URL with the anchor `href` names, as a feed entry at that anchor is stored
 * (the URL's own `hash`, appended), when such an entry is known; else the page.
 */
function withAnchor(url: string, href: string, base: string, anchoredUrls: ReadonlySet<string>): string {
  const anchored = url + linkAnchor(href, base);
  return anchoredUrls.has(anchored) ? anchored : url;
}

/**
 * Finds article links on a page. Only links to `knownHosts` (the hosts of articles Quorum
 * knows) are canonicalised at all: on a busy page most links go elsewhere, and ruling them
 * out by the host written in the href costs a fraction of parsing them. (Reading `a.href`
 * instead would have the browser resolve every link, which is what costs.) Each element is
 * processed once: a WeakSet, so nothing is written into the page's DOM and detached nodes are
 * freed.
 */
export function createLinkScanner(
  hints: readonly SiteHint[],
  ownHosts: ReadonlySet<string>,
  knownHosts: ReadonlySet<string>,
  anchoredUrls: ReadonlySet<string> = new Set(),
): LinkScanner {
  /** The pages anchored entries sit on: only links into them are read for an anchor. */
  const anchoredPages = new Set([...anchoredUrls].map((url) => url.slice(0, url.indexOf('#'))));
  const seen = new WeakSet<Element>();
  const cache = new Map<string, string | null>();
  let cacheBase = '';
  const hostAllowed = new Map<string, boolean>();
  const itemHints = hints.filter((hint) => hint.items !== undefined);
  const itemSelector = itemHints.map((hint) => hint.items!.selector).join(', ');
  const ignoreSelector = hints.flatMap((hint) => (hint.ignoreLinks ? [hint.ignoreLinks] : [])).join(', ');

  const canonical = (raw: string, page: ScanPage): string | null => {
    const href = stripControls(raw);
    const hostname = hrefHostname(href, page.base, page.baseHostname);
    if (hostname === null) return null;
    let allowed = hostAllowed.get(hostname);
    if (allowed === undefined) {
      const host = canonicalHostname(hostname);
      allowed = host === null || knownHosts.has(host);
      hostAllowed.set(hostname, allowed);
    }
    if (!allowed) return null;
    // Relative hrefs mean different URLs under another base: the cache is per base.
    if (page.base !== cacheBase || cache.size > CACHE_LIMIT) {
      cache.clear();
      cacheBase = page.base;
    }
    let url = cache.get(href);
    if (url === undefined) {
      url = canonicalUrl(href, page.base);
      if (url !== null && anchoredPages.has(url)) url = withAnchor(url, href, page.base, anchoredUrls);
      cache.set(href, url);
    }
    return url;
  };

  return {
    collect(root) {
      const element =
        root.nodeType === 9 ? (root as Document).documentElement : root.nodeType === 1 ? (root as Element) : null;
      if (!element || ownHosts.has(element.localName)) return [];
      const found: ArrayLike<Element>[] = [];
      if (itemSelector) {
        if (element.matches(itemSelector)) found.push([element]);
        found.push(element.querySelectorAll(itemSelector));
      }
      if (element.localName === 'a' && element.hasAttribute('href')) found.push([element]);
      found.push(element.querySelectorAll('a[href]'));
      return found;
    },

    candidate(element, page) {
      // Every DOM read costs on a page of thousands of links: the host test comes first, and
      // only the few links that pass it are looked at more closely, or remembered as seen
      // (a link that fails it gives nothing however often it is looked at again).
      if (itemHints.length === 0 || element.localName === 'a') {
        const url = canonical(element.getAttribute('href') ?? '', page);
        if (url === null || seen.has(element)) return null;
        seen.add(element);
        if (page.self.has(url)) return null;
        // SVG <a> too matches a[href], but a badge inside an <svg> would never render.
        if (element.namespaceURI !== HTML_NS || (ignoreSelector && element.matches(ignoreSelector))) return null;
        return { url, target: element, placement: 'after', hinted: false };
      }
      if (seen.has(element)) return null;
      seen.add(element);
      for (const hint of itemHints) {
        const items = hint.items!;
        if (!element.matches(items.selector)) continue;
        const url = canonical(element.getAttribute(items.urlAttribute) ?? '', page);
        if (url === null || page.self.has(url)) return null;
        const title = element.querySelector(items.placeAfter);
        return title
          ? { url, target: title, placement: 'after', hinted: true }
          : { url, target: element, placement: 'prepend', hinted: true };
      }
      return null;
    },
  };
}
