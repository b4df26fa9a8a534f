import { generateOpml, parseOpml } from 'feedsmith';
import { isHttpUrl } from '../schemas/http-url';

export interface OpmlFeed {
  url: string;
  title: string;
  siteUrl?: string;
}

export type OpmlResult = { ok: true; feeds: OpmlFeed[]; skipped: number } | { ok: false; error: string };

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };

/**
 * Feeds from an OPML file as other readers write them: outlines nested in folders at any
 * depth, titles in `title` or `text` or missing, the same feed listed twice. Outlines without
 * an http(s) xmlUrl are skipped and counted.
 */
export function readOpml(text: string): OpmlResult {
  let document: { body?: { outlines?: Outline[] } };
  try {
    document = parseOpml(text) as typeof document;
  } catch {
    return { ok: false, error: 'This is not an OPML file: it could not be read as OPML (XML with <opml> and <body>).' };
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const visit = (outlines: Outline[] | undefined, depth: number) => {
    if (!outlines || depth > 32) return;
    for (const outline of outlines) {
      const url = outline.xmlUrl?.trim();
      if (url) {
        if (!isHttpUrl(url)) skipped += 1;
        else if (!seen.has(url)) {
          seen.add(url);
          const title = (outline.title ?? outline.text ?? '').trim() || new URL(url).host;
          feeds.push({
            url,
            title,
            ...(outline.htmlUrl && isHttpUrl(outline.htmlUrl) ? { siteUrl: outline.htmlUrl } : {}),
          });
        }
      }
      visit(outline.outlines, depth + 1);
    }
  };
  visit(document.body?.outlines, 0);
  if (feeds.length === 0 && skipped === 0) return { ok: false, error: 'This OPML file lists no feeds.' };
  return { ok: true, feeds, skipped };
}

/** OPML 2.0 of the user's subscriptions, for other readers. */
export function writeOpml(feeds: readonly OpmlFeed[], now = new Date()): string {
  return generateOpml({
    head: { title: 'Quorum subscriptions', dateCreated: now },
    body: {
      outlines: feeds.map((feed) => ({
        text: feed.title,
        title: feed.title,
        type: 'rss',
        xmlUrl: feed.url,
        ...(feed.siteUrl ? { htmlUrl: feed.siteUrl } : {}),
      })),
    },
  });
}
