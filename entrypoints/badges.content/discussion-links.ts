import { discussionSiteOf, DISCUSSIONS_PER_PAGE_MAX } from '@/utils/badges/discussion-sites';
import { canonicalUrl } from '@/utils/url';

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
 *    td.subtext holding a[href="item?id=<id>"] "212&nbsp;comments" (or "discuss");
 *  - Lobsters: li.story[data-shortid] with a.u-url and span.comments_label > a "12 comments";
 *  - Reddit, new UI: <shreddit-post content-href permalink comment-count>;
 *  - Reddit, old UI: div.thing[data-url][data-permalink][data-comments-count].
 */
type Reader = (root: ParentNode, base: string) => DiscussionLink[];

const COUNT = /(\d[\d,]*)\s*comments?/i;

function countIn(text: string | null | undefined): number | undefined {
  const match = COUNT.exec((text ?? '').replace(/\u00a0/g, ' '));
  return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
}

function numberAttribute(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

const hackerNews: Reader = (root, base) =>
  [...root.querySelectorAll('tr.athing[id]')].flatMap((row) => {
    const id = row.getAttribute('id') ?? '';
    const href = row.querySelector('.titleline > a')?.getAttribute('href');
    if (!/^\d+$/.test(id) || !href) return [];
    const subtext = row.nextElementSibling;
    const thread = [...(subtext?.querySelectorAll(`a[href="item?id=${id}"]`) ?? [])].find((link) =>
      /comment|discuss/i.test(link.textContent ?? ''),
    );
    const comments = countIn(thread?.textContent) ?? (thread ? 0 : undefined);
    return [
      {
        articleUrl: href,
        url: new URL(`item?id=${id}`, base).href,
        ...(comments !== undefined ? { comments } : {}),
      },
    ];
  });

const lobsters: Reader = (root, base) =>
  [...root.querySelectorAll('.story[data-shortid]')].flatMap((story) => {
    const shortId = story.getAttribute('data-shortid') ?? '';
    const href = story.querySelector('a.u-url')?.getAttribute('href');
    if (!/^[a-z0-9]+$/i.test(shortId) || !href) return [];
    const comments = countIn(story.querySelector('.comments_label a')?.textContent);
    return [
      {
        articleUrl: new URL(href, base).href,
        url: new URL(`/s/${shortId}`, base).href,
        ...(comments !== undefined ? { comments } : {}),
      },
    ];
  });

const reddit: Reader = (root, base) => {
  const posts = [...root.querySelectorAll('shreddit-post[content-href][permalink]')].map((post) => ({
    href: post.getAttribute('content-href'),
    permalink: post.getAttribute('permalink'),
    comments: numberAttribute(post.getAttribute('comment-count')),
  }));
  const things = [...root.querySelectorAll('div.thing[data-url][data-permalink]')].map((thing) => ({
    href: thing.getAttribute('data-url'),
    permalink: thing.getAttribute('data-permalink'),
    comments: numberAttribute(thing.getAttribute('data-comments-count')),
  }));
  return [...posts, ...things].flatMap(({ href, permalink, comments }) =>
    href && permalink?.startsWith('/r/')
      ? [
          {
            articleUrl: new URL(href, base).href,
            url: new URL(permalink, base).href,
            ...(comments !== undefined ? { comments } : {}),
          },
        ]
      : [],
  );
};

const READERS = { 'hacker-news': hackerNews, lobsters, reddit } as const;

/**
 * The article links of an aggregator's page and their threads, article URLs canonical; links
 * to the aggregator itself (text posts) are left out. Empty on any other site.
 */
export function findDiscussionLinks(root: ParentNode, page: { href: string; hostname: string }): DiscussionLink[] {
  const site = discussionSiteOf(page.hostname);
  if (site === undefined) return [];
  const found = new Map<string, DiscussionLink>();
  for (const link of READERS[site](root, page.href)) {
    const articleUrl = canonicalUrl(link.articleUrl, page.href);
    if (articleUrl === null || discussionSiteOf(new URL(articleUrl).hostname) !== undefined) continue;
    if (!found.has(articleUrl)) found.set(articleUrl, { ...link, articleUrl });
    if (found.size === DISCUSSIONS_PER_PAGE_MAX) break;
  }
  return [...found.values()];
}
