import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../../utils/curation/taxonomy';
import { TOPIC_IDS, topicLabel } from '../../../../utils/curation/topic-labels';

describe('topic labels', () => {
  it('name every topic once, as the taxonomy does', () => {
    expect(Object.keys(TOPICS).sort()).toEqual([...TOPIC_IDS].sort());
    for (const id of TOPIC_IDS) {
      expect(topicLabel(id)).toBe(TOPICS[id].label);
      expect(topicLabel(id).trim()).not.toBe('');
    }
    expect(new Set(TOPIC_IDS.map(topicLabel)).size).toBe(TOPIC_IDS.length);
  });
});
