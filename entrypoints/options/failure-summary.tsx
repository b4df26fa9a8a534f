import type { FeedHealth } from '@/utils/sync/feed-health';

/** Groups this size or larger are told once, above the list, instead of on every row. */
export const GROUP_AT = 2;

const REASONS: Record<string, (count: number) => string> = {
  unreachable: (count) =>
    `${count} feeds could not be reached. This device may be offline, or a proxy or firewall blocks them; Quorum tries again on its own, and your library stays readable meanwhile.`,
  'timed-out': (count) =>
    `${count} feeds took too long to answer. The network may be slow; Quorum tries again on its own.`,
};

/**
 * Failures that share one reason, said once: twenty identical "Could not reach …" rows tell
 * the reader less than one sentence with the names folded under it.
 */
export function FailureSummary({ groups }: { groups: FeedHealth['groups'] }) {
  const shown = groups.filter((group) => group.feeds.length >= GROUP_AT);
  if (shown.length === 0) return null;
  return (
    <div className="failure-groups" role="status">
      {shown.map((group) => (
        <div key={group.reason} className="failure-group">
          <p>
            {REASONS[group.reason]?.(group.feeds.length) ??
              `${group.feeds.length} feeds failed the same way: ${group.reason}`}
          </p>
          <details>
            <summary>Which feeds</summary>
            <p>{group.feeds.map((feed) => feed.title || feed.url).join(' · ')}</p>
          </details>
        </div>
      ))}
    </div>
  );
}
