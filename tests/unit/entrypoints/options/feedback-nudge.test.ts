import { describe, expect, it } from 'vitest';
import { describeFeedbackNudge } from '../../../../entrypoints/options/feedback-nudge';
import { MAX_FEEDBACK_ADJUST, nextAdjust } from '../../../../utils/curation/feedback';

describe('describeFeedbackNudge', () => {
  it('says nothing for a feed without feedback, or whose feedback cancelled out', () => {
    expect(describeFeedbackNudge(undefined)).toBeUndefined();
    expect(describeFeedbackNudge(0)).toBeUndefined();
    expect(describeFeedbackNudge(nextAdjust(nextAdjust(undefined, 'not-relevant'), 'more-like-this'))).toBeUndefined();
  });

  it('says a nudge too small to round to a point, as an imported file may carry', () => {
    expect(describeFeedbackNudge(-0.004)).toBe(
      'Fewer of its new posts in Picks: your feedback lowers their relevance by less than 1 percentage point.',
    );
    expect(describeFeedbackNudge(0.01)).toContain('by 1 percentage point.');
  });

  it('names the direction and the size in points of relevance', () => {
    expect(describeFeedbackNudge(nextAdjust(nextAdjust(undefined, 'not-relevant'), 'not-relevant'))).toBe(
      'Fewer of its new posts in Picks: your feedback lowers their relevance by 10 percentage points.',
    );
    expect(describeFeedbackNudge(nextAdjust(undefined, 'more-like-this'))).toBe(
      'More of its new posts in Picks: your feedback raises their relevance by 5 percentage points.',
    );
    expect(describeFeedbackNudge(MAX_FEEDBACK_ADJUST)).toContain('by 20 percentage points');
  });
});
