import type { Article } from '../schemas/article';
import type { PackItem } from '../schemas/pack';
import { canonicalUrl } from '../url';

type Guidance = Pick<Article, 'level' | 'minutes' | 'prerequisites' | 'easier'>;

/**
 * What a version 2 pack says about reading an item: level, minutes, and the items to read
 * first or instead, as canonical URLs so they name the same rows as the articles do.
 */
export function packItemGuidance(item: PackItem): Guidance {
  const prerequisites = (item.prerequisites ?? [])
    .map((url) => canonicalUrl(url))
    .filter((url): url is string => url !== null);
  const easier = item.easier === undefined ? null : canonicalUrl(item.easier);
  return {
    ...(item.level ? { level: item.level } : {}),
    ...(item.minutes ? { minutes: item.minutes } : {}),
    ...(prerequisites.length ? { prerequisites } : {}),
    ...(easier ? { easier } : {}),
  };
}
