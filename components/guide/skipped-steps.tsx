interface SkippedStepsProps {
  /** In the path's order. */
  urls: readonly string[];
  titles: ReadonlyMap<string, string>;
  onUnskip(url: string): void;
}

/**
 * A path's skipped steps, folded away under the path. A skip is easy to regret after its toast
 * is gone ("I will read Paxos later"); bringing a step back makes it Next up again if it comes
 * first in the path's order.
 */
export function SkippedSteps({ urls, titles, onUnskip }: SkippedStepsProps) {
  return (
    <details className="path-picker__skipped">
      <summary>Skipped steps ({urls.length})</summary>
      <ul>
        {urls.map((url) => {
          const title = titles.get(url) ?? url;
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
