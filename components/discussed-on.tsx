import { DISCUSSION_SITE_NAMES } from '@/utils/badges/discussion-sites';
import type { Discussion } from '@/utils/schemas/discussion';

function commentCount(comments: number | undefined): string {
  if (comments === undefined) return '';
  return ` (${comments.toLocaleString('en')} ${comments === 1 ? 'comment' : 'comments'})`;
}

/** "Discussed on Hacker News (212 comments)": threads the reader came across, newest first. */
export function DiscussedOn({ discussions }: { discussions: readonly Discussion[] }) {
  if (discussions.length === 0) return null;
  return (
    <p className="pick__discussed">
      Discussed on{' '}
      {discussions.map((discussion, index) => (
        <span key={discussion.url}>
          {index > 0 && ', '}
          <a href={discussion.url} referrerPolicy="no-referrer">
            {DISCUSSION_SITE_NAMES[discussion.site]}
            {commentCount(discussion.comments)}
          </a>
        </span>
      ))}
    </p>
  );
}
