import type { ParsedFeed } from '../schemas/parsed-feed';
import type { Topic } from '../schemas/topic';
import type { ArticleDraft } from '../sync/article-draft';
import { clipSummary, clipText } from './clip-text';
import { feedItemGuidance } from './feed-guidance';

export type Classify = (input: { title: string; summary: string; categories: string[] }) => {
  topics: Topic[];
  relevance: number;
};

const SOURCE_MAX = 200;
const MAX_TOPICS = 8;
/** Tags kept with an article for its explanation (ArticleSchema.categories). */
const KEPT_CATEGORIES = 10;
/** A title made from a summary: a headline's length, not a paragraph's. */
const DERIVED_TITLE_MAX = 80;

/**
 * Parsed items as article drafts for the merge. Feed items are judged by `classify`; pack
 * items carry a curator's topics and are relevant by definition, as in normalise-pack.ts.
 */
export function feedItemsToDrafts(feed: ParsedFeed, feedId: string, classify: Classify): ArticleDraft[] {
  const feedSource = clipText(feed.title.trim(), SOURCE_MAX) || hostOf(feed.siteUrl);
  return feed.items.map((item, position) => {
    const common = {
      url: item.url,
      // ArticleSchema needs a title; an untitled post (a microblog note) still deserves a card.
      title: item.title || clipText(item.summary, DERIVED_TITLE_MAX) || titleFromUrl(item.url),
      source: item.pack?.source ?? (feedSource || hostOf(item.url)),
      ...(item.author ? { author: item.author } : {}),
      ...(item.publishedAt !== undefined ? { publishedAt: item.publishedAt } : {}),
      summary: item.summary,
      feedIds: [feedId],
    };
    if (item.pack) {
      return {
        ...common,
        topics: item.pack.topics,
        kind: item.pack.kind,
        ...(item.pack.level ? { level: item.pack.level } : {}),
        ...(item.pack.minutes ? { minutes: item.pack.minutes } : {}),
        ...(item.pack.prerequisites?.length ? { prerequisites: item.pack.prerequisites } : {}),
        ...(item.pack.easier ? { easier: item.pack.easier } : {}),
        relevance: 1,
        curated: true,
        packPosition: position,
      };
    }
    // A feed item keeps more of its opening than a card shows, so that its boilerplate could be
    // removed first; the card, the classifier and the guidance read what the card shows.
    const summary = clipSummary(item.summary);
    const { topics, relevance } = classify({ title: common.title, summary, categories: item.categories });
    return {
      ...common,
      summary,
      ...(item.categories.length > 0 ? { categories: item.categories.slice(0, KEPT_CATEGORIES) } : {}),
      topics: [...new Set(topics)].slice(0, MAX_TOPICS),
      kind: 'article' as const,
      ...feedItemGuidance(common.title, summary, item.bodyWords),
      relevance: clampRelevance(relevance),
      curated: false,
    };
  });
}

/** The classifier is another module's code; a stray NaN or 1.2 must not reach the database. */
function clampRelevance(relevance: number): number {
  return Number.isFinite(relevance) ? Math.min(1, Math.max(0, relevance)) : 0;
}

function hostOf(url: string | undefined): string {
  if (url === undefined) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** "/2026/01/the-sauna-algorithm.html" on muratbuffalo.blogspot.com, say; the host for "/". */
function titleFromUrl(url: string): string {
  const { hostname, pathname } = new URL(url);
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: show the path as it is.
  }
  return clipText(path === '/' ? hostname : `${hostname}${path}`, 300);
}
