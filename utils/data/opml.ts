import { readXml, type XmlElement } from '../feeds/xml-reader';
import { attributeText, childrenNamed, firstChild } from '../feeds/xml-text';
import { isHttpUrl } from '../schemas/http-url';

export interface OpmlFeed {
  url: string;
  title: string;
  siteUrl?: string;
}

export type OpmlResult = { ok: true; feeds: OpmlFeed[]; skipped: number } | { ok: false; error: string };

/**
 * Feeds from an OPML file as other readers write them: outlines nested in folders at any
 * depth, titles in `title` or `text` or missing, the same feed listed twice. Outlines without
 * an http(s) xmlUrl are skipped and counted.
 */
export function readOpml(text: string): OpmlResult {
  const start = text.indexOf('<');
  const read = start === -1 || /\S/.test(text.slice(0, start).replace(/^\ufeff/, '')) ? null : readXml(text);
  if (read === null || !read.ok || read.root.name !== 'opml') {
    return { ok: false, error: 'This is not an OPML file: it could not be read as OPML (XML with <opml> and <body>).' };
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const visit = (parent: XmlElement | undefined, depth: number) => {
    if (depth > 32) return;
    for (const element of childrenNamed(parent, 'outline')) {
      const outline = {
        title: attributeText(element, 'title'),
        text: attributeText(element, 'text'),
        htmlUrl: attributeText(element, 'htmlurl'),
      };
      const url = attributeText(element, 'xmlurl');
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
      visit(element, depth + 1);
    }
  };
  visit(firstChild(read.root, 'body'), 0);
  if (feeds.length === 0 && skipped === 0) return { ok: false, error: 'This OPML file lists no feeds.' };
  return { ok: true, feeds, skipped };
}

/** OPML 2.0 of the user's subscriptions, for other readers. */
export function writeOpml(feeds: readonly OpmlFeed[], now = new Date()): string {
  const outlines = feeds.map((feed) => {
    // The order earlier exports had, so a file exported twice compares equal.
    const attributes = [
      ['text', feed.title],
      ['type', 'rss'],
      ['xmlUrl', feed.url],
      ...(feed.siteUrl ? [['htmlUrl', feed.siteUrl]] : []),
      ['title', feed.title],
    ];
    return `    <outline${attributes.map(([name, value]) => ` ${name}="${escapeXml(value!)}"`).join('')}/>`;
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>Quorum subscriptions</title>',
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => XML_ESCAPES[char]!);
}
