import type { Pack } from '../schemas/pack';
import type { ParsedItem } from '../schemas/parsed-feed';
import { canonicalUrl } from '../url';
import { packItemGuidance } from './pack-guidance';

/**
 * Curated pack items as parsed items. The pack schema already made the text plain and short,
 * and a curator's words are kept exactly as written: no clipping, no HTML pass.
 */
export function packToItems(pack: Pack): (ParsedItem | null)[] {
  return pack.items.map((item) => {
    const url = canonicalUrl(item.url);
    if (url === null) return null;
    // PackDateSchema admits only ISO dates ("1978", "2026-01-14", or with a zone), which
    // Date.parse reads as UTC on every engine.
    const publishedAt = item.published === undefined ? undefined : Date.parse(item.published);
    return {
      url,
      title: item.title,
      summary: item.summary,
      ...(item.author ? { author: item.author } : {}),
      ...(publishedAt !== undefined && Number.isFinite(publishedAt) ? { publishedAt } : {}),
      categories: [],
      pack: {
        topics: [...new Set(item.topics)],
        kind: item.kind ?? 'article',
        source: item.source,
        ...packItemGuidance(item),
      },
    };
  });
}
