import { topicLabel } from '@/utils/curation/topic-labels';
import type { Article } from '@/utils/schemas/article';

/**
 * While the search index loads, a rough test for the first keys a reader types: every word of
 * the query starts a word of the article's title, summary, source, topics or author. It has
 * none of the index's typo tolerance or ranking; its answers stand in for a moment and are
 * replaced by the index's own as soon as it is in.
 */
export function earlyMatcher(query: string): ((article: Article) => boolean) | undefined {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  return (article) => {
    const text = [
      article.title,
      article.summary,
      article.source,
      article.author ?? '',
      ...article.topics.map(topicLabel),
    ]
      .join(' ')
      .toLowerCase();
    const starts = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.every((word) => starts.some((start) => start.startsWith(word)));
  };
}
