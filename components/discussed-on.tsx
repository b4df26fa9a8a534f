import type { Discussion } from '@/utils/schemas/discussion';
import { discussionLabel } from './discussion-label';

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
            {discussionLabel(discussion)}
          </a>
        </span>
      ))}
    </p>
  );
}
