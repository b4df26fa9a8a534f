import { READ_SCROLL_FRACTION, READ_VISIBLE_MS } from '@/utils/auto-mark-rule';
import type { KnownLink } from '@/utils/messaging';
import { childLifetime, type Lifetime } from './lifetime';
import type { PageSettings } from './page-settings';
import { takeOpenedFromQuorum } from './take-opened-from-quorum';

const TICK_MS = 1_000;

/**
 * Marks the article on this page read as the user's autoMarkRead setting says:
 * 'from-quorum' when Quorum opened this tab (a note the new tab or popup left moments ago),
 * 'after-reading' once the reader scrolled far enough or had it in view long enough (auto-mark-rule.ts),
 * 'never' not at all. Watches for as long as `life` (this article's visit), and marks once.
 */
export function autoMarkRead(
  visit: Lifetime,
  link: KnownLink,
  mode: PageSettings['autoMarkRead'],
  markRead: () => void,
): void {
  const life = childLifetime(visit);
  const done = () => {
    if (life.isInvalid) return;
    life.end();
    markRead();
  };
  // The note is used up whatever the mode, so it cannot linger for a later visit.
  void takeOpenedFromQuorum(link.url)
    .then((fromQuorum) => {
      if (fromQuorum && mode === 'from-quorum' && link.state !== 'read') done();
    })
    .catch(() => undefined);
  if (mode !== 'after-reading' || link.state === 'read') return;

  let visibleMs = 0;
  // Only time the page is on screen counts: a tab left in the background is not being read.
  life.setInterval(() => {
    if (document.visibilityState === 'visible') visibleMs += TICK_MS;
    if (visibleMs >= READ_VISIBLE_MS) done();
  }, TICK_MS);
  // A scroll event, not the position at load: a short page is not read just by being opened.
  life.addEventListener(
    window,
    'scroll',
    () => {
      const scroller = document.scrollingElement ?? document.documentElement;
      const reached = (scrollY + innerHeight) / Math.max(1, scroller.scrollHeight);
      if (reached >= READ_SCROLL_FRACTION) done();
    },
    { passive: true },
  );
}
