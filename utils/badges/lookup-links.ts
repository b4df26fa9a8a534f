import { topicLabel } from '../curation/topic-labels';
import type { QuorumDatabase } from '../db/database';
import type { KnownLink } from '../messaging';
import type { KnownUrls } from '../sync/known-urls';
import { linkGuidance } from './link-guidance';
import { linkState } from './link-state';

/**
 * The known articles among a page's links, with what their badges and cards show. Which URLs
 * are known comes from the in-memory set, never from a query per link; only the few known
 * ones are then read, with one bulkGet per table.
 */
export async function lookupLinks(
  db: QuorumDatabase,
  knownUrls: KnownUrls,
  urls: readonly string[],
): Promise<KnownLink[]> {
  const known = await knownUrls.filter([...new Set(urls)]);
  if (known.length === 0) return [];
  const [articles, marks] = await db.transaction('r', db.articles, db.reading, () =>
    Promise.all([db.articles.bulkGet(known), db.reading.bulkGet(known)]),
  );
  const guidance = await linkGuidance(db, articles);
  const links: KnownLink[] = [];
  articles.forEach((article, index) => {
    // The set is rebuilt after each sync, so an article pruned since may still be listed.
    if (!article) return;
    links.push({
      url: article.url,
      state: linkState(marks[index]),
      saved: marks[index]?.savedAt != null,
      title: article.title,
      source: article.source,
      summary: article.summary,
      topics: article.topics.map(topicLabel),
      ...guidance.get(article.url),
    });
  });
  return links;
}
