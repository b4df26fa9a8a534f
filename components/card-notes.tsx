import type { PickedArticle } from '@/utils/db/queries';
import { DiscussedOn } from './discussed-on';

/**
 * Quiet lines under a card's meta: where else the story was published ("also on …", for
 * merged copies) and where the reader has seen it discussed.
 */
export function CardNotes({ pick }: { pick: PickedArticle }) {
  const alsoOn = pick.alsoOn ?? [];
  const discussions = pick.article.discussions ?? [];
  if (alsoOn.length === 0 && discussions.length === 0) return null;
  return (
    <div className="pick__notes">
      {alsoOn.length > 0 && (
        <p className="pick__also">
          Also on{' '}
          {alsoOn.map((copy, index) => (
            <span key={copy.url}>
              {index > 0 && ', '}
              <a href={copy.url} referrerPolicy="no-referrer">
                {copy.source}
              </a>
            </span>
          ))}
        </p>
      )}
      <DiscussedOn discussions={discussions} />
    </div>
  );
}
