import MiniSearch from 'minisearch';
import { topicLabel } from '@/utils/curation/topic-labels';
import type { Article } from '@/utils/schemas/article';
import { expandAbbreviations } from './abbreviations';
import { nearestTerm, vocabulary } from './nearest-term';

export interface SearchHit {
  url: string;
  score: number;
}

/**
 * Full-text search over the local library: ranked (title counts most), prefix matching as
 * you type, typo-tolerant, and aware of the field's abbreviations. Built on first use, off the
 * first paint, and rebuilt when the library changes.
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
  const documents = articles.map((article) => ({ ...article, topicLabels: article.topics.map(topicLabel).join(' ') }));
  index.addAll(documents);
  // Built lazily: only a search that finds nothing needs it.
  let words: Map<string, number> | undefined;
  const run = (text: string) => index.search(text).map((result) => ({ url: String(result.id), score: result.score }));

  return {
    size: articles.length,
    search(query: string, limit = 30): SearchHit[] {
      const text = query.trim();
      if (!text) return [];
      const expanded = expandAbbreviations(text);
      if (!expanded) return run(text).slice(0, limit);
      // The abbreviation as written, or spelled out: each article once, at its better score.
      const best = new Map<string, number>();
      for (const hit of [...run(text), ...run(expanded)])
        best.set(hit.url, Math.max(best.get(hit.url) ?? 0, hit.score));
      return [...best.entries()]
        .map(([url, score]) => ({ url, score }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
    /** A query with each misspelt word replaced by the nearest library word, if that finds anything. */
    suggest(query: string): string | undefined {
      words ??= vocabulary(documents.flatMap((doc) => [doc.title, doc.topicLabels, doc.source, doc.summary]));
      const tokens = query.trim().split(/\s+/);
      let changed = false;
      const fixed = tokens.map((token) => {
        const nearest = nearestTerm(token, words!);
        if (nearest) changed = true;
        return nearest ?? token;
      });
      const suggestion = fixed.join(' ');
      return changed && run(suggestion).length > 0 ? suggestion : undefined;
    },
  };
}
export type SearchIndex = ReturnType<typeof buildSearchIndex>;
