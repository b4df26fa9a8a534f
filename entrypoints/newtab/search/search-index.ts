import MiniSearch from 'minisearch';
import { topicLabel } from '@/utils/curation/taxonomy';
import type { Article } from '@/utils/schemas/article';

export interface SearchHit {
  url: string;
  score: number;
}

/**
 * Full-text search over the local library: ranked (title counts most), prefix matching as
 * you type, and typo-tolerant. Built on first use, off the first paint, and rebuilt when the
 * library changes.
 */
export function buildSearchIndex(articles: readonly Article[]) {
  const index = new MiniSearch<Article & { topicLabels: string }>({
    idField: 'url',
    fields: ['title', 'summary', 'source', 'topicLabels', 'author'],
    storeFields: [],
    searchOptions: {
      boost: { title: 3, source: 1.5, topicLabels: 1.5 },
      prefix: true,
      // Allow about one typo per five letters in terms of four letters or more.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(articles.map((article) => ({ ...article, topicLabels: article.topics.map(topicLabel).join(' ') })));
  return {
    size: articles.length,
    search(query: string, limit = 30): SearchHit[] {
      const text = query.trim();
      if (!text) return [];
      return index
        .search(text)
        .slice(0, limit)
        .map((result) => ({ url: String(result.id), score: result.score }));
    },
  };
}
export type SearchIndex = ReturnType<typeof buildSearchIndex>;
