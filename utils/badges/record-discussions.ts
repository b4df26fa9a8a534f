import type { QuorumDatabase } from '../db/database';
import type { Article } from '../schemas/article';
import type { Discussion } from '../schemas/discussion';
import { canonicalUrl, linkAnchor } from '../url';
import { DISCUSSIONS_PER_ARTICLE_MAX, discussionSiteOf } from './discussion-sites';

export interface SeenDiscussion {
  articleUrl: string;
  url: string;
  comments?: number | undefined;
}

/**
 * Notes where known articles are discussed, as the badges script saw them on an aggregator's
 * page. A page speaks only for its own site: a Lobsters page cannot record a Reddit thread.
 * Unknown articles are ignored, so nothing about the reader's browsing beyond Quorum's own
 * articles is kept. Returns how many articles changed.
 */
export async function recordDiscussions(
  db: QuorumDatabase,
  pageHost: string,
  seen: readonly SeenDiscussion[],
  now: number,
): Promise<number> {
  const site = discussionSiteOf(pageHost);
  if (site === undefined) throw new Error('Only an aggregator’s page can report discussions.');
  const threads: { articles: string[]; entry: Discussion }[] = [];
  for (const item of seen) {
    const article = canonicalUrl(item.articleUrl);
    let discussion: URL;
    try {
      discussion = new URL(item.url);
    } catch {
      continue;
    }
    if (article === null || discussion.protocol !== 'https:' || discussionSiteOf(discussion.hostname) !== site)
      continue;
    const entry: Discussion = {
      url: discussion.href,
      site,
      ...(item.comments !== undefined ? { comments: item.comments } : {}),
      seenAt: now,
    };
    const anchor = linkAnchor(item.articleUrl);
    threads.push({ articles: anchor ? [article + anchor, article] : [article], entry });
  }
  if (threads.length === 0) return 0;
  return db.transaction('rw', db.articles, async () => {
    // A link to `page#n2` is about the entry stored at that anchor when there is one (several
    // notes on one page, utils/feeds/parse.ts), else about the page: `post#comments`.
    const asked = [...new Set(threads.flatMap((thread) => thread.articles))];
    const stored = new Map<string, Article>();
    for (const [index, article] of (await db.articles.bulkGet(asked)).entries()) {
      if (article) stored.set(asked[index]!, article);
    }
    const byArticle = new Map<Article, Discussion[]>();
    for (const { articles, entry } of threads) {
      const url = articles.find((candidate) => stored.has(candidate));
      if (url === undefined) continue;
      const article = stored.get(url)!;
      byArticle.set(article, [...(byArticle.get(article) ?? []), entry]);
    }
    let changed = 0;
    for (const [article, seenNow] of byArticle) {
      const before = new Map((article.discussions ?? []).map((discussion) => [discussion.url, discussion]));
      // A listing that shows no count this time (a layout without it) keeps the count seen before.
      const fresh = seenNow.map((discussion) => {
        const comments = before.get(discussion.url)?.comments;
        return discussion.comments === undefined && comments !== undefined ? { ...discussion, comments } : discussion;
      });
      const freshUrls = new Set(fresh.map((discussion) => discussion.url));
      const discussions = [...fresh, ...(article.discussions ?? []).filter(({ url }) => !freshUrls.has(url))].slice(
        0,
        DISCUSSIONS_PER_ARTICLE_MAX,
      );
      await db.articles.update(article.url, { discussions });
      changed += 1;
    }
    return changed;
  });
}
