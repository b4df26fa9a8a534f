import { removeFeedBoilerplate } from '../../utils/curation/boilerplate';
import type { LabelledItem, LabelledSet } from './labelled-set';

/**
 * Posts as a sync would classify them: each source's boilerplate learned from all of that
 * source's posts given (no labels are used to learn it), then removed. In the order given.
 */
export function withoutSourceBoilerplate<T extends { source: string; title: string; summary: string }>(
  posts: readonly T[],
): T[] {
  const bySource = new Map<string, number[]>();
  posts.forEach((post, index) => bySource.set(post.source, [...(bySource.get(post.source) ?? []), index]));
  const cleaned = [...posts];
  for (const indexes of bySource.values()) {
    const { items } = removeFeedBoilerplate(indexes.map((index) => posts[index]!));
    indexes.forEach((index, position) => (cleaned[index] = items[position]!));
  }
  return cleaned;
}

/** The labelled posts given, each cleaned as its source's posts in the whole set teach. */
export function cleanLabelledItems(set: LabelledSet, items: readonly LabelledItem[]): LabelledItem[] {
  const cleaned = new Map(withoutSourceBoilerplate(set.items).map((item) => [item.url, item]));
  return items.map((item) => cleaned.get(item.url) ?? item);
}
