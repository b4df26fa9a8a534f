/**
 * "Why this pick?" for the cards a learning path accounts for: a step of a path says where it
 * stands on it (the reader's own path first), and a card under "Related to your path" says
 * which of the path's topics it shares. Handed to the explainer as extra reasons (utils/curation/explain.ts).
 */
import type { ExtraReason } from '../curation/explain';
import { topicLabel } from '../curation/topic-labels';
import type { LearningPath } from '../schemas/learning-paths';
import type { Topic } from '../schemas/topic';

type PathOfReasons = Pick<LearningPath, 'id' | 'title' | 'steps'>;

/** At most this many other paths are named on one card; the rest are counted. */
const MAX_OTHER_PATHS = 2;

/**
 * Each step of the learning paths by URL, with where it stands: on the reader's own path
 * first ("On your path “Consensus”: step 3 of 8."), then on the others, so a card tells how it
 * fits the field's order even before the reader has chosen a path. Made once per set of paths.
 */
export function pathStepReasons(
  paths: readonly PathOfReasons[],
  currentPathId: string | null | undefined,
): ReadonlyMap<string, readonly ExtraReason[]> {
  const current = paths.find((path) => path.id === currentPathId);
  const onCurrent = new Map<string, ExtraReason>();
  if (current) {
    for (const [url, place] of firstPlaces(current)) {
      onCurrent.set(url, { kind: 'path', text: `On your path “${place.title}”: step ${place.step} of ${place.of}.` });
    }
  }
  const onOthers = new Map<string, Place[]>();
  for (const path of paths) {
    if (path === current) continue;
    for (const [url, place] of firstPlaces(path)) onOthers.set(url, [...(onOthers.get(url) ?? []), place]);
  }
  const reasons = new Map<string, readonly ExtraReason[]>();
  for (const url of new Set([...onCurrent.keys(), ...onOthers.keys()])) {
    const own = onCurrent.get(url);
    const others = onOthers.get(url);
    reasons.set(url, [...(own ? [own] : []), ...(others ? [otherPathsReason(others, own !== undefined)] : [])]);
  }
  return reasons;
}

/** Where each step stands on a path. A pack that names one article twice is told by its first place. */
function firstPlaces(path: PathOfReasons): Map<string, Place> {
  const places = new Map<string, Place>();
  path.steps.forEach((url, index) => {
    if (!places.has(url)) places.set(url, { title: path.title, step: index + 1, of: path.steps.length });
  });
  return places;
}

interface Place {
  title: string;
  step: number;
  of: number;
}

/**
 * "On the learning path “Consensus”: step 3 of 9." for one other path; for several, "On the
 * learning paths “Consensus” (step 3 of 9) and “Replication” (step 2 of 13)." and a count of
 * any beyond MAX_OTHER_PATHS. "Also" when the card is on the reader's own path too.
 */
function otherPathsReason(places: readonly Place[], onYourPath: boolean): ExtraReason {
  const lead = onYourPath ? 'Also on the learning path' : 'On the learning path';
  if (places.length === 1) {
    const [{ title, step, of }] = places as [Place];
    return { kind: 'path', text: `${lead} “${title}”: step ${step} of ${of}.` };
  }
  // A count stands for two or more: naming a third path costs no more than "and 1 more".
  const shown = places.length === MAX_OTHER_PATHS + 1 ? places.length : MAX_OTHER_PATHS;
  const named = places.slice(0, shown).map(({ title, step, of }) => `“${title}” (step ${step} of ${of})`);
  const more = places.length - named.length;
  const list =
    more > 0 ? `${named.join(', ')} and ${more} more` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return { kind: 'path', text: `${lead}s ${list}.` };
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
