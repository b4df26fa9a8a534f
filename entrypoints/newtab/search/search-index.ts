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
  /** Of the text indexed for it: a stored index tells by this which articles changed since. */
  print: number;
}

/** The index as stored between new tabs (utils/db/search-cache.ts): MiniSearch's JSON, and per URL the print of the text it holds. */
export interface SearchIndexSnapshot {
  json: string;
  urls: string[];
  prints: number[];
}

/**
 * A 32-bit FNV-1a hash of the text an article is indexed by: a stored index whose print for a
 * URL differs from the article's now holds an older text of it, which is then indexed again.
 */
export function textPrint(article: Article, topicLabels: string): number {
  let hash = 0x811c9dc5;
  const text = [article.title, article.summary, article.source, topicLabels, article.author ?? ''].join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Best score first; among equal scores, by URL. MiniSearch orders equal scores by where it met
 * each article in its index, which differs between an index built at once, one restored from
 * storage and one grown by diffs; ordering ties by URL gives the same list from all three.
 * Scores are compared to nine significant digits, as adding the same terms' scores in another
 * order can change the last bits.
 */
function byRank(a: SearchHit, b: SearchHit): number {
  return roundScore(b.score) - roundScore(a.score) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
const roundScore = (score: number) => Number(score.toPrecision(9));

function indexed(article: Article): Indexed {
  const topicLabels = article.topics.map(topicLabel).join(' ');
  return { article, topicLabels, print: textPrint(article, topicLabels) };
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
  const index = searchIndexOver(new MiniSearch<IndexedArticle>(SEARCH_INDEX_OPTIONS), new Map());
  index.add(articles);
  return index;
}

/**
 * The index stored by an earlier new tab, brought in line with the library as it is now: an
 * article gone since is dropped, a new one added, one whose text changed indexed again. What
 * it finds is then what `buildSearchIndex(articles)` would find, without building it: loading
 * is several times faster. Undefined when the snapshot cannot be read (then build instead).
 */
export function restoreSearchIndex(snapshot: SearchIndexSnapshot, articles: readonly Article[]) {
  let mini: MiniSearch<IndexedArticle>;
  try {
    mini = MiniSearch.loadJSON<IndexedArticle>(snapshot.json, SEARCH_INDEX_OPTIONS);
  } catch {
    return undefined;
  }
  if (mini.documentCount !== snapshot.urls.length || snapshot.prints.length !== snapshot.urls.length) return undefined;
  const now = new Map(articles.map((article) => [article.url, article]));
  const documents = new Map<string, Indexed>();
  // Articles gone, changed or new since the snapshot: none means it was stored for this library.
  let changed = 0;
  snapshot.urls.forEach((url, i) => {
    const article = now.get(url);
    const doc = article && indexed(article);
    if (doc && doc.print === snapshot.prints[i]) return void documents.set(url, doc);
    mini.discard(url);
    // A changed article is counted once, here; it is indexed again with the new ones below.
    if (doc) now.delete(url);
    changed++;
  });
  const index = searchIndexOver(mini, documents);
  const before = index.size;
  index.add(articles);
  changed += index.size - before - (articles.length - now.size);
  return { index, changed };
}

function searchIndexOver(index: MiniSearch<IndexedArticle>, documents: Map<string, Indexed>) {
  // `documents`: the articles indexed, by URL: what a hit is shown with (no database round
  // trip), what `suggest` draws its words from, and what `remove` discards.
  const add = (list: readonly Article[]) => {
    const fresh = list.filter((article) => !documents.has(article.url)).map(indexed);
    for (const doc of fresh) documents.set(doc.article.url, doc);
    index.addAll(fresh.map(({ article, topicLabels }) => ({ ...article, topicLabels })));
    if (fresh.length) words = undefined;
  };

  // Built lazily: only a search that finds nothing needs it.
  let words: Map<string, number> | undefined;
  const run = (text: string) =>
    index
      .search(text)
      .map((result) => ({ url: String(result.id), score: result.score }))
      .sort(byRank);

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
        .sort(byRank)
        .slice(0, limit);
    },
    /** The index as it stands, to store for the next new tab (see restoreSearchIndex). */
    snapshot(): SearchIndexSnapshot {
      const urls = [...documents.keys()];
      return { json: JSON.stringify(index), urls, prints: urls.map((url) => documents.get(url)!.print) };
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
