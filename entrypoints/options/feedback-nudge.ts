/**
 * What a reader's "Not distributed systems" and "More like this" have done to a feed, in words
 * for its row in Options: the nudge is invisible on the cards it affects (it applies to posts
 * not yet fetched), so this is where a reader sees it and takes it back.
 */
export function describeFeedbackNudge(adjust: number | undefined): string | undefined {
  // Any nudge is said, however small: an imported file may carry one the buttons never make.
  if (!adjust) return undefined;
  const points = Math.round(Math.abs(adjust) * 100);
  const size = points === 0 ? 'less than 1 percentage point' : `${points} percentage point${points === 1 ? '' : 's'}`;
  return adjust < 0
    ? `Fewer of its new posts in Picks: your feedback lowers their relevance by ${size}.`
    : `More of its new posts in Picks: your feedback raises their relevance by ${size}.`;
}
