import { badgeMatchPatterns } from '@/utils/sources';
import { startBadges } from './start-badges';

/**
 * Badges on source sites and aggregators: the hosts come from the source registry, so a
 * source added there gets badges with no second list. Sites of feeds the user adds get this
 * same script registered at run time (utils/badges/register-origin.ts).
 */
export default defineContentScript({
  matches: badgeMatchPatterns(),
  registration: 'manifest',
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with a window.postMessage, which the
  // page's own scripts can read: the page must not learn that Quorum runs here.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBadges(ctx);
  },
});
