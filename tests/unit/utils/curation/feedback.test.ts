import { describe, expect, it } from 'vitest';
import {
  adjustedClassifier,
  FEEDBACK_STEP,
  MAX_FEEDBACK_ADJUST,
  nextAdjust,
} from '../../../../utils/curation/feedback';

describe('nextAdjust', () => {
  it('moves a little each time, both ways, within bounds', () => {
    expect(nextAdjust(undefined, 'not-relevant')).toBe(-FEEDBACK_STEP);
    expect(nextAdjust(undefined, 'more-like-this')).toBe(FEEDBACK_STEP);
    expect(nextAdjust(nextAdjust(undefined, 'not-relevant'), 'more-like-this')).toBe(0);
    let adjust: number | undefined;
    for (let click = 0; click < 50; click += 1) adjust = nextAdjust(adjust, 'not-relevant');
    expect(adjust).toBe(-MAX_FEEDBACK_ADJUST);
  });
});

describe('adjustedClassifier', () => {
  const fixed = (relevance: number) => () => ({ topics: ['consensus' as const], relevance });
  const input = { title: 't', summary: '', categories: [] };

  it('shifts relevance by the feed’s adjustment and stays in [0, 1]', () => {
    expect(adjustedClassifier(fixed(0.5), -0.1)(input).relevance).toBeCloseTo(0.4);
    expect(adjustedClassifier(fixed(0.05), -0.2)(input).relevance).toBe(0);
    expect(adjustedClassifier(fixed(0.95), 0.2)(input).relevance).toBe(1);
    expect(adjustedClassifier(fixed(0.5), 0.1)(input).topics).toEqual(['consensus']);
  });

  it('is the classifier itself when there is no adjustment', () => {
    const classify = fixed(0.5);
    expect(adjustedClassifier(classify, undefined)).toBe(classify);
    expect(adjustedClassifier(classify, 0)).toBe(classify);
  });
});
