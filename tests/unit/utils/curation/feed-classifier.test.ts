import { describe, expect, it } from 'vitest';
import { everyPostOnTopic, feedClassifier, ON_TOPIC_RELEVANCE } from '../../../../utils/curation/feed-classifier';
import { TRAINED_MODEL } from '../../../support/relevance-model';

const offTopic = { title: 'Banana bread', summary: 'My grandmother’s recipe.', categories: [] };
const raft = { title: 'Leader election with Raft', summary: 'Terms, votes and a quorum of replicas.', categories: [] };

describe('feedClassifier', () => {
  it('judges a feed’s posts by the model, nudged by the reader’s feedback on the feed', () => {
    const plain = feedClassifier({}, TRAINED_MODEL);
    const lowered = feedClassifier({ relevanceAdjust: -0.1 }, TRAINED_MODEL);
    expect(plain(offTopic).relevance).toBeLessThan(0.35);
    expect(plain(raft).relevance).toBeGreaterThan(0.35);
    expect(lowered(raft).relevance).toBeCloseTo(plain(raft).relevance - 0.1, 5);
  });

  it('keeps every post of a feed marked all about distributed systems, and still reads its topics', () => {
    const onTopic = feedClassifier({ allOnTopic: true, relevanceAdjust: -0.2 }, TRAINED_MODEL);
    expect(onTopic(offTopic).relevance).toBe(ON_TOPIC_RELEVANCE);
    expect(onTopic(raft)).toEqual({ ...feedClassifier({}, TRAINED_MODEL)(raft), relevance: ON_TOPIC_RELEVANCE });
    expect(onTopic(raft).topics).toContain('consensus');
    expect(everyPostOnTopic(() => ({ topics: [], relevance: 0 }))(offTopic).relevance).toBe(1);
  });
});
