/**
 * The aggregators whose discussion pages Quorum notes: their hosts, the id stored with a
 * discussion and the name shown on a card. Shared by the content script (no Zod there) and
 * the background, which accepts a discussion only from a page of the same site.
 */
export const DISCUSSION_SITE_IDS = ['hacker-news', 'lobsters', 'reddit'] as const;
export type DiscussionSiteId = (typeof DISCUSSION_SITE_IDS)[number];

export const DISCUSSION_SITE_NAMES: Readonly<Record<DiscussionSiteId, string>> = {
  'hacker-news': 'Hacker News',
  lobsters: 'Lobsters',
  reddit: 'Reddit',
};

const SITE_BY_HOST: Readonly<Record<string, DiscussionSiteId>> = {
  'news.ycombinator.com': 'hacker-news',
  'lobste.rs': 'lobsters',
  'www.reddit.com': 'reddit',
  'old.reddit.com': 'reddit',
};

export function discussionSiteOf(host: string): DiscussionSiteId | undefined {
  return SITE_BY_HOST[host.toLowerCase()];
}

/** At most this many discussions are reported from one page, and kept per article. */
export const DISCUSSIONS_PER_PAGE_MAX = 100;
export const DISCUSSIONS_PER_ARTICLE_MAX = 5;
