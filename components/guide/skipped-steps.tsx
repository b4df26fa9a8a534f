import type { PickedArticle } from '@/utils/db/queries';

interface SkippedStepsProps {
  /** In the path's order. */
  urls: readonly string[];
  steps: ReadonlyMap<string, PickedArticle>;
  onUnskip(url: string): void;
}

/**
 * A path's skipped steps, folded away under the path. A skip is easy to regret after its toast
 * is gone ("I will read Paxos later"); bringing a step back makes it Next up again if it comes
 * first in the path's order.
 */
export function SkippedSteps({ urls, steps, onUnskip }: SkippedStepsProps) {
  return (
    <details className="path-picker__skipped">
      <summary>Skipped steps ({urls.length})</summary>
      <ul>
        {urls.map((url) => {
          const title = steps.get(url)?.article.title ?? url;
          return (
            <li key={url}>
              <a href={url} referrerPolicy="no-referrer">
                {title}
              </a>
              <button type="button" aria-label={`Bring back “${title}”`} onClick={() => onUnskip(url)}>
                Bring back
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
