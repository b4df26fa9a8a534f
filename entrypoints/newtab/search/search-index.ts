import MiniSearch, { type Options } from 'minisearch';
import { topicLabel } from '@/utils/curation/topic-labels';
import type { Article } from '@/utils/schemas/article';
import { expandAbbreviations } from './abbreviations';
import { nearestTerm, vocabulary } from './nearest-term';

export interface SearchHit {
  url: string;
  score: number;
}

type IndexedArticle = Article & { topicLabels: string };

interface Indexed {
  article: Article;
  topicLabels: string;
}

/** How the library is indexed and ranked (exported for the benchmark that times a stored index). */
export const SEARCH_INDEX_OPTIONS: Options<IndexedArticle> = {
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
};

/**
 * Full-text search over the local library: ranked (title counts most), prefix matching as
 * you type, typo-tolerant, and aware of the field's abbreviations. Kept current by `add` and
 * `remove` as the library changes, so a sync or a prune never means indexing everything again.
 */
export function buildSearchIndex(articles: readonly Article[]) {
  const index = new MiniSearch<IndexedArticle>(SEARCH_INDEX_OPTIONS);
  // The articles indexed, by URL: what a hit is shown with (no database round trip), what
  // `suggest` draws its words from, and what `remove` discards.
  const documents = new Map<string, Indexed>();
  const add = (list: readonly Article[]) => {
    const fresh = list
      .filter((article) => !documents.has(article.url))
      .map((article) => ({ article, topicLabels: article.topics.map(topicLabel).join(' ') }));
    for (const doc of fresh) documents.set(doc.article.url, doc);
    index.addAll(fresh.map(({ article, topicLabels }) => ({ ...article, topicLabels })));
    if (fresh.length) words = undefined;
  };

  // Built lazily: only a search that finds nothing needs it.
  let words: Map<string, number> | undefined;
  const run = (text: string) => index.search(text).map((result) => ({ url: String(result.id), score: result.score }));
  add(articles);

  return {
    get size() {
      return documents.size;
    },
    /** The article indexed at `url`, as it was when indexed. */
    article: (url: string): Article | undefined => documents.get(url)?.article,
    /** The URLs indexed, to compare with the library's. */
    urls: (): IterableIterator<string> => documents.keys(),
    /** Indexes articles not yet indexed (an article already in keeps its first text). */
    add,
    /** Forgets articles gone from the library. */
    remove(urls: Iterable<string>) {
      for (const url of urls) {
        if (!documents.delete(url)) continue;
        index.discard(url);
        words = undefined;
      }
    },
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
      words ??= vocabulary(
        [...documents.values()].flatMap(({ article, topicLabels }) => [
          article.title,
          topicLabels,
          article.source,
          article.summary,
        ]),
      );
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
