import type { Article } from '../schemas/article';
import type { PackItem } from '../schemas/pack';
import { packItemGuidance } from './pack-guidance';
import { canonicalUrl } from '../url';
import type { ArticleDraft } from '../sync/article-draft';

/**
 * Turns curated pack items into article drafts. Curated items are relevant by definition;
 * an item whose URL does not survive canonicalisation is left out rather than stored wrong.
 */
export function packItemsToDrafts(items: readonly PackItem[], feedId: string): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  items.forEach((item, position) => {
    const url = canonicalUrl(item.url);
    if (!url) return;
    const publishedAt = item.published ? Date.parse(item.published) : undefined;
    const publishedPrecision = item.published ? precisionOf(item.published) : undefined;
    drafts.push({
      url,
      title: item.title,
      source: item.source,
      ...(item.author ? { author: item.author } : {}),
      ...(publishedAt !== undefined && !Number.isNaN(publishedAt) ? { publishedAt } : {}),
      ...(publishedPrecision ? { publishedPrecision } : {}),
      summary: item.summary,
      topics: [...new Set(item.topics)],
      kind: item.kind ?? 'article',
      ...packItemGuidance(item),
      relevance: 1,
      curated: true,
      feedIds: [feedId],
      packPosition: position,
    });
  });
  return drafts;
}

/** "1978" is known to the year and "2014-06" to the month; anything longer to the day. */
function precisionOf(published: string): Article['publishedPrecision'] {
  if (/^\d{4}$/.test(published)) return 'year';
  if (/^\d{4}-\d{2}$/.test(published)) return 'month';
  return undefined;
}
