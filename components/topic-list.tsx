import { topicLabel } from '@/utils/curation/topic-labels';
import type { Topic } from '@/utils/schemas/topic';

export function TopicList({ topics }: { topics: readonly Topic[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="topics" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic} className="topic">
          {topicLabel(topic)}
        </li>
      ))}
    </ul>
  );
}
