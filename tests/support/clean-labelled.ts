import { removeFeedBoilerplate } from '../../utils/curation/boilerplate';
import type { LabelledItem, LabelledSet } from './labelled-set';

/**
 * The posts as a sync would classify them: each source's boilerplate learned from all of that
 * source's posts in the set (no labels are used to learn it), then removed.
 */
export function cleanLabelledItems(set: LabelledSet, items: readonly LabelledItem[]): LabelledItem[] {
  const cleaned = new Map<string, LabelledItem>();
  for (const source of set.sources) {
    const all = set.items.filter((item) => item.source === source.id);
    for (const item of removeFeedBoilerplate(all).items) cleaned.set(item.url, item);
  }
  return items.map((item) => cleaned.get(item.url) ?? item);
}
