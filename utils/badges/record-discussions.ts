import type { QuorumDatabase } from '../db/database';
import type { Discussion } from '../schemas/discussion';
import { canonicalUrl } from '../url';
import { DISCUSSIONS_PER_ARTICLE_MAX, discussionSiteOf } from './discussion-sites';

export interface SeenDiscussion {
  articleUrl: string;
  url: string;
  comments?: number | undefined;
}

/** The canonical URL with the anchor the link as written names, or null when it names none. */
function withAnchorOf(canonical: string, written: string): string | null {
  try {
    const { hash } = new URL(written);
    return hash.length > 1 ? canonical + hash : null;
  } catch {
    return null;
  }
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
    const anchored = withAnchorOf(article, item.articleUrl);
    threads.push({ articles: anchored ? [anchored, article] : [article], entry });
  }
  if (threads.length === 0) return 0;
  return db.transaction('rw', db.articles, async () => {
    // A link to `page#n2` is about the entry stored at that anchor when there is one (several
    // notes on one page, utils/feeds/parse.ts), else about the page: `post#comments`.
    const asked = [...new Set(threads.flatMap((thread) => thread.articles))];
    const stored = new Set(
      (await db.articles.bulkGet(asked)).flatMap((article, index) => (article ? [asked[index]!] : [])),
    );
    const byArticle = new Map<string, Discussion[]>();
    for (const { articles, entry } of threads) {
      const article = articles.find((url) => stored.has(url));
      if (article !== undefined) byArticle.set(article, [...(byArticle.get(article) ?? []), entry]);
    }
    const urls = [...byArticle.keys()];
    const articles = await db.articles.bulkGet(urls);
    let changed = 0;
    for (const [index, article] of articles.entries()) {
      if (!article) continue;
      const stored = new Map((article.discussions ?? []).map((discussion) => [discussion.url, discussion]));
      // A listing that shows no count this time (a layout without it) keeps the count seen before.
      const fresh = byArticle.get(urls[index]!)!.map((discussion) => {
        const comments = stored.get(discussion.url)?.comments;
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
