import type { Feed } from '../schemas/feed';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A feed failing this long deserves a word on the new tab; shorter outages fix themselves. */
export const LONG_FAILURE_MS = 3 * DAY_MS;

export interface FeedHealth {
  /** Every feed fetched over the network is failing: the device is offline, or a proxy blocks it. */
  offline: boolean;
  /** When the library last took in anything (the newest success of any feed or pack). */
  updatedAt: number | undefined;
  /** Feeds failing for days while others work: worth a notice the reader can dismiss. */
  longFailing: { feed: Feed; since: number }[];
  /** Failing feeds grouped by what went wrong, largest group first. */
  groups: { reason: string; feeds: Feed[] }[];
}

/** Feeds fetched over the network: the bundled pack is installed, never fetched. */
function isNetworkFeed(feed: Feed): boolean {
  return feed.enabled && !(feed.builtin && feed.kind === 'pack');
}

/**
 * The reason of a failure without the feed's own host, so twenty "Could not reach <host>"
 * messages read as one reason.
 */
export function failureReason(message: string): string {
  if (/^Could not reach /.test(message)) return 'unreachable';
  if (/^Timed out/.test(message)) return 'timed-out';
  return message;
}

export function feedHealth(feeds: readonly Feed[], now: number, online = true): FeedHealth {
  const network = feeds.filter(isNetworkFeed);
  const failing = network.filter((feed) => feed.errorCount > 0);
  const offline = !online || (network.length > 0 && failing.length === network.length);
  const successes = feeds.map((feed) => feed.lastSuccessAt ?? 0).filter((time) => time > 0);
  const updatedAt = successes.length ? Math.max(...successes) : undefined;
  const longFailing = offline
    ? []
    : failing
        .map((feed) => ({ feed, since: feed.lastSuccessAt ?? feed.addedAt }))
        .filter((entry) => now - entry.since >= LONG_FAILURE_MS);
  const byReason = new Map<string, Feed[]>();
  for (const feed of failing) {
    const reason = failureReason(feed.lastError ?? '');
    byReason.set(reason, [...(byReason.get(reason) ?? []), feed]);
  }
  const groups = [...byReason.entries()]
    .map(([reason, members]) => ({ reason, feeds: members }))
    .sort((a, b) => b.feeds.length - a.feeds.length);
  return { offline, updatedAt, longFailing, groups };
}

/** One failing stretch of one feed: dismissing its notice hides this stretch, not the next. */
export function incidentKey(feed: Feed, since: number): string {
  return `${feed.id}@${since}`;
}
