import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useContext, useMemo } from 'react';
import { PathReasonsContext } from '@/components/path-reasons';
import { PickCard, type CardActions } from '@/components/pick-card';
import type { Guide } from '@/components/use-guide';
import { db } from '@/utils/db';
import { queryRelatedToPath } from '@/utils/db/guide-queries';
import type { PickedArticle } from '@/utils/db/queries';
import { relatedToPathReason } from '@/utils/paths/path-reasons';
import type { Topic } from '@/utils/schemas/topic';

const RELATED_MAX = 2;
/** The topics that most of a path's steps share: a path about consensus is not about storage. */
const PATH_TOPICS = 3;

function pathTopics(guide: Guide): Topic[] {
  const path = guide.paths.find((candidate) => candidate.id === guide.currentPathId);
  const counts = new Map<Topic, number>();
  for (const url of path?.steps ?? []) {
    for (const topic of guide.steps.get(url)?.article.topics ?? []) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, PATH_TOPICS)
    .map(([topic]) => topic);
}

/** Up to two new feed articles on the topics of the reader's path, below Next up. */
export function RelatedToPath({
  guide,
  threshold,
  actions,
}: {
  guide: Guide;
  threshold: number;
  actions: CardActions;
}) {
  const topics = useMemo(() => pathTopics(guide), [guide]);
  const key = topics.join(',');
  const related = useLiveQuery(
    () => queryRelatedToPath(db, topics, threshold, new Set(), RELATED_MAX),
    [key, threshold],
  );
  const reasonsOf = useRelatedReasons(guide, topics, related);
  if (!related?.length) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="section-heading">
        Related to your path
      </h2>
      <PathReasonsContext.Provider value={reasonsOf}>
        <ul className="picks">
          {related.map((pick) => (
            <li key={pick.article.url}>
              <PickCard pick={pick} actions={actions} />
            </li>
          ))}
        </ul>
      </PathReasonsContext.Provider>
    </section>
  );
}

/** "Why this pick?" on these cards names the path and the topics each shares with it. */
function useRelatedReasons(guide: Guide, topics: readonly Topic[], related: readonly PickedArticle[] | undefined) {
  const title = guide.paths.find((candidate) => candidate.id === guide.currentPathId)?.title;
  const reasons = useMemo(
    () =>
      new Map(
        (related ?? []).map((pick) => [
          pick.article.url,
          title ? [relatedToPathReason(title, pick.article.topics, topics)] : undefined,
        ]),
      ),
    [related, title, topics],
  );
  // The page's own reasons (a step of the path) stay first: this list adds to them.
  const outer = useContext(PathReasonsContext);
  return useCallback(
    (url: string) => {
      const own = reasons.get(url);
      const page = outer(url);
      return page && own ? [...page, ...own] : (page ?? own);
    },
    [reasons, outer],
  );
}
