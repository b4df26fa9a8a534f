import { describe, expect, it } from 'vitest';
import { feedClassifier } from '../../../../utils/curation/feed-classifier';
import { TRAINED_MODEL } from '../../../support/relevance-model';

const offTopic = { title: 'Banana bread', summary: 'My grandmother’s recipe.', categories: [] };
const raft = { title: 'Leader election with Raft', summary: 'Terms, votes and a quorum of replicas.', categories: [] };

describe('feedClassifier', () => {
  it('judges a feed’s posts by the model, nudged by the reader’s feedback on the feed', () => {
    const plain = feedClassifier({}, TRAINED_MODEL);
    const lowered = feedClassifier({ relevanceAdjust: -0.1 }, TRAINED_MODEL);
    expect(plain(offTopic).relevance).toBeLessThan(0.35);
    expect(plain(raft).relevance).toBeGreaterThan(0.35);
    expect(plain(raft).topics).toContain('consensus');
    expect(lowered(raft).relevance).toBeCloseTo(plain(raft).relevance - 0.1, 5);
  });
});
