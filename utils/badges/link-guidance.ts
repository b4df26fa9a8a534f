import type { QuorumDatabase } from '../db/database';
import { guideLabel } from '../paths/guide-label';
import type { Article } from '../schemas/article';

/**
 * What a badge's card says about reading an article: level and minutes, and the title of the
 * first prerequisite not yet read. One extra read of the few prerequisites involved.
 */
export async function linkGuidance(
  db: QuorumDatabase,
  articles: readonly (Article | undefined)[],
): Promise<Map<string, { guide?: string; readFirst?: string }>> {
  const wanted = [...new Set(articles.flatMap((article) => article?.prerequisites ?? []))];
  const [prerequisites, marks] = wanted.length
    ? await db.transaction('r', db.articles, db.reading, () =>
        Promise.all([db.articles.bulkGet(wanted), db.reading.bulkGet(wanted)]),
      )
    : [[], []];
  const unreadTitles = new Map<string, string>();
  wanted.forEach((url, index) => {
    const prerequisite = prerequisites[index];
    if (prerequisite && marks[index]?.readAt == null) unreadTitles.set(url, prerequisite.title);
  });
  const guidance = new Map<string, { guide?: string; readFirst?: string }>();
  for (const article of articles) {
    if (!article) continue;
    const guide = guideLabel(article);
    const readFirst = (article.prerequisites ?? []).map((url) => unreadTitles.get(url)).find(Boolean);
    guidance.set(article.url, { ...(guide ? { guide } : {}), ...(readFirst ? { readFirst } : {}) });
  }
  return guidance;
}
