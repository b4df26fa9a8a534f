/**
 * What a reader's "Not distributed systems" and "More like this" do to a feed: nudge the
 * relevance of its future items a little, down or up. A nudge is small and bounded, so a few
 * clicks tune a general feed without silencing it, and it never touches articles already
 * stored (the one the reader judged is hidden or kept by their own mark instead).
 */
import type { Classify } from '../feeds/normalise';

export const FEEDBACK_STEP = 0.05;
export const MAX_FEEDBACK_ADJUST = 0.2;

export type Feedback = 'not-relevant' | 'more-like-this';

/** The feed's adjustment after one more piece of feedback, within ±MAX_FEEDBACK_ADJUST. */
export function nextAdjust(current: number | undefined, feedback: Feedback): number {
  const step = feedback === 'not-relevant' ? -FEEDBACK_STEP : FEEDBACK_STEP;
  const next = (current ?? 0) + step;
  // Rounded so that down-then-up lands back on 0 exactly, not on 1e-17.
  return Math.round(Math.min(MAX_FEEDBACK_ADJUST, Math.max(-MAX_FEEDBACK_ADJUST, next)) * 1000) / 1000;
}

/** A classifier whose relevance is moved by the feed's adjustment, kept within [0, 1]. */
export function adjustedClassifier(classify: Classify, adjust: number | undefined): Classify {
  if (!adjust) return classify;
  return (input) => {
    const result = classify(input);
    return { ...result, relevance: Math.min(1, Math.max(0, result.relevance + adjust)) };
  };
}
