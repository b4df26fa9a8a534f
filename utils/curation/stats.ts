import { TOPIC_IDS, type TopicId } from './topic-labels';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Reads in each of the last `weeks` seven-day windows ending now, oldest first. Rolling
 * windows rather than calendar weeks: the last bar is always a full week.
 */
export function readsPerWeek(readTimes: readonly number[], now: number, weeks = 12): number[] {
  const counts = new Array<number>(weeks).fill(0);
  for (const time of readTimes) {
    const age = now - time;
    if (age < 0 || age >= weeks * WEEK_MS) continue;
    counts[weeks - 1 - Math.floor(age / WEEK_MS)]! += 1;
  }
  return counts;
}

export interface TopicCoverage {
  topic: TopicId;
  read: number;
  known: number;
}

/** For each topic, how many of the articles Quorum knows about it the reader has read. */
export function topicCoverage(
  articles: Iterable<{ url: string; topics: readonly TopicId[] }>,
  readUrls: ReadonlySet<string>,
): TopicCoverage[] {
  const byTopic = new Map<TopicId, TopicCoverage>(TOPIC_IDS.map((topic) => [topic, { topic, read: 0, known: 0 }]));
  for (const article of articles) {
    const read = readUrls.has(article.url);
    for (const topic of article.topics) {
      const entry = byTopic.get(topic);
      if (!entry) continue;
      entry.known += 1;
      if (read) entry.read += 1;
    }
  }
  return [...byTopic.values()];
}
