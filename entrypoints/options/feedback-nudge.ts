/**
 * What a reader's "Not distributed systems" and "More like this" have done to a feed, in words
 * for its row in Options: the nudge is invisible on the cards it affects (it applies to posts
 * not yet fetched), so this is where a reader sees it and takes it back.
 */
export function describeFeedbackNudge(adjust: number | undefined): string | undefined {
  const points = Math.round(Math.abs(adjust ?? 0) * 100);
  if (points === 0) return undefined;
  return adjust! < 0
    ? `Fewer of its new posts in Picks: your feedback lowers their relevance by ${points} points.`
    : `More of its new posts in Picks: your feedback raises their relevance by ${points} points.`;
}
