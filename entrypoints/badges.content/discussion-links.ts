import { discussionSiteOf, DISCUSSIONS_PER_PAGE_MAX } from '@/utils/badges/discussion-sites';
import { canonicalUrl, linkAnchor } from '@/utils/url';

/** An article linked from an aggregator's listing or item page, with its discussion thread. */
export interface DiscussionLink {
  articleUrl: string;
  url: string;
  comments?: number;
}

/**
 * Each aggregator's markup, as data: where a story is, its article link, and its thread and
 * comment count. Written against the live pages in 2025–2026:
 *  - Hacker News listings and item pages: tr.athing[id] with span.titleline > a, the next row's
 *    td.subtext holding a[href="item?id=<id>"] "212&nbsp;comments" (or "discuss"); a job ad's
 *    row has no such link, and no discussion;
 *  - Lobsters: li.story[data-shortid] with a.u-url and span.comments_label > a "12 comments"
 *    (or "no comments");
 *  - Reddit, new UI: <shreddit-post content-href permalink comment-count>;
 *  - Reddit, old UI: div.thing[data-url][data-permalink][data-comments-count].
 * A Reddit thread is one address whichever layout showed it: its permalink on www.reddit.com.
 *
 * Readers yield one story at a time, so reading stops as soon as a page's quota of
 * discussions is found: an endless listing of thousands of stories costs what its first
 * hundred do, not a pass over every row.
 */
type Reader = (root: Document | Element, base: string) => Iterable<DiscussionLink>;

const COUNT = /(\d[\d,]*)\s*comments?/i;
const NO_COMMENTS = /\bno\s+comments\b/i;
const REDDIT_ORIGIN = 'https://www.reddit.com';
const DIGITS = /^\d+$/;
const THREAD_TEXT = /comment|discuss/i;

function countIn(text: string | null | undefined): number | undefined {
  const spaced = (text ?? '').replace(/\u00a0/g, ' ');
  const match = COUNT.exec(spaced);
  if (match) return Number(match[1]!.replace(/,/g, ''));
  return NO_COMMENTS.test(spaced) ? 0 : undefined;
}

function numberAttribute(value: string | null): number | undefined {
  return value !== null && DIGITS.test(value) ? Number(value) : undefined;
}

/** The link to a story's thread in the row after it: one fixed selector, then a string test. */
function hackerNewsThread(subtext: Element | null, id: string): Element | undefined {
  if (!subtext) return undefined;
  const href = `item?id=${id}`;
  for (const link of subtext.querySelectorAll('a[href^="item?id="]')) {
    if (link.getAttribute('href') === href && THREAD_TEXT.test(link.textContent ?? '')) return link;
  }
  return undefined;
}

const hackerNews: Reader = function* (root, base) {
  // A class collection is read only as far as the loop goes; querySelectorAll would first
  // collect every row of the page.
  for (const row of root.getElementsByClassName('athing')) {
    if (row.localName !== 'tr') continue;
    const id = row.getAttribute('id') ?? '';
    const href = row.querySelector('.titleline > a')?.getAttribute('href');
    if (!DIGITS.test(id) || !href) continue;
    const thread = hackerNewsThread(row.nextElementSibling, id);
    // A job ad cannot be commented on: its row has no thread link, and it is no discussion.
    if (!thread) continue;
    yield { articleUrl: href, url: new URL(`item?id=${id}`, base).href, comments: countIn(thread.textContent) ?? 0 };
  }
};

const lobsters: Reader = function* (root, base) {
  for (const story of root.querySelectorAll('.story[data-shortid]')) {
    const shortId = story.getAttribute('data-shortid') ?? '';
    const href = story.querySelector('a.u-url')?.getAttribute('href');
    if (!/^[a-z0-9]+$/i.test(shortId) || !href) continue;
    const comments = countIn(story.querySelector('.comments_label a')?.textContent);
    yield {
      articleUrl: new URL(href, base).href,
      url: new URL(`/s/${shortId}`, base).href,
      ...(comments !== undefined ? { comments } : {}),
    };
  }
};

function* redditItems(items: Iterable<Element>, attributes: readonly [string, string, string], base: string) {
  const [urlAttribute, permalinkAttribute, countAttribute] = attributes;
  for (const item of items) {
    const href = item.getAttribute(urlAttribute);
    const permalink = item.getAttribute(permalinkAttribute);
    if (!href || !permalink?.startsWith('/r/')) continue;
    const comments = numberAttribute(item.getAttribute(countAttribute));
    yield {
      articleUrl: new URL(href, base).href,
      url: new URL(permalink, REDDIT_ORIGIN).href,
      ...(comments !== undefined ? { comments } : {}),
    };
  }
}

const reddit: Reader = function* (root, base) {
  yield* redditItems(
    root.querySelectorAll('shreddit-post[content-href][permalink]'),
    ['content-href', 'permalink', 'comment-count'],
    base,
  );
  yield* redditItems(
    root.querySelectorAll('div.thing[data-url][data-permalink]'),
    ['data-url', 'data-permalink', 'data-comments-count'],
    base,
  );
};

const READERS = { 'hacker-news': hackerNews, lobsters, reddit } as const;

/**
 * The article links of an aggregator's page and their threads, article URLs canonical; links
 * to the aggregator itself (text posts) are left out. Empty on any other site.
 */
export function findDiscussionLinks(
  root: Document | Element,
  page: { href: string; hostname: string },
): DiscussionLink[] {
  const site = discussionSiteOf(page.hostname);
  if (site === undefined) return [];
  const found = new Map<string, DiscussionLink>();
  for (const link of READERS[site](root, page.href)) {
    const canonical = canonicalUrl(link.articleUrl, page.href);
    if (canonical === null || discussionSiteOf(new URL(canonical).hostname) !== undefined) continue;
    // The anchor stays: it may name one of several notes stored at their anchors on one page.
    const articleUrl = canonical + linkAnchor(link.articleUrl, page.href);
    if (!found.has(articleUrl)) found.set(articleUrl, { ...link, articleUrl });
    if (found.size === DISCUSSIONS_PER_PAGE_MAX) break;
  }
  return [...found.values()];
}
