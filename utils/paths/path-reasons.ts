/**
 * "Why this pick?" for the cards a learning path accounts for: a step of the reader's path
 * says where it stands on it, and a card under "Related to your path" says which of the
 * path's topics it shares. Handed to the explainer as extra reasons (utils/curation/explain.ts).
 */
import type { ExtraReason } from '../curation/explain';
import { topicLabel } from '../curation/topic-labels';
import type { LearningPath } from '../schemas/learning-paths';
import type { Topic } from '../schemas/topic';

/** Each step of `path` by URL, with where it stands: one array per step, made once per path. */
export function pathStepReasons(
  path: Pick<LearningPath, 'title' | 'steps'> | undefined,
): ReadonlyMap<string, readonly ExtraReason[]> {
  const reasons = new Map<string, readonly ExtraReason[]>();
  if (!path) return reasons;
  path.steps.forEach((url, index) => {
    // A pack that names one article twice is told by its first place on the path.
    if (reasons.has(url)) return;
    reasons.set(url, [
      { kind: 'path', text: `On your path “${path.title}”: step ${index + 1} of ${path.steps.length}.` },
    ]);
  });
  return reasons;
}

/** Why a feed article is shown under "Related to your path": the path's topics it is about. */
export function relatedToPathReason(
  pathTitle: string,
  articleTopics: readonly Topic[],
  pathTopics: readonly Topic[],
): ExtraReason {
  const shared = articleTopics.filter((topic) => pathTopics.includes(topic)).slice(0, 2);
  // Quoted as the cards' topic chips read: "Time and order" is one topic, not two.
  const on = shared.map((topic) => `“${topicLabel(topic)}”`).join(' and ');
  return {
    kind: 'related-to-path',
    text: on
      ? `Related to your path “${pathTitle}”: on ${on}, like the path’s steps.`
      : `Related to your path “${pathTitle}”.`,
  };
}
