import { DISCUSSION_SITE_NAMES } from '@/utils/badges/discussion-sites';
import type { Discussion } from '@/utils/schemas/discussion';
import { countOf } from '@/utils/text/count-of';

/** "Hacker News (212 comments)": how a card names a thread, live and in the snapshot. */
export function discussionLabel(discussion: Discussion): string {
  const site = DISCUSSION_SITE_NAMES[discussion.site];
  const { comments } = discussion;
  if (comments === undefined) return site;
  return `${site} (${countOf(comments, 'comment')})`;
}
