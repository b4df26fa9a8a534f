import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/brand';
import { NextUp } from '@/components/guide/next-up';
import { PickCard } from '@/components/pick-card';
import { SyncStatus } from '@/components/sync-status';
import { useReplaceSnapshot } from '@/components/snapshot/replace-snapshot';
import { useSaveSnapshot } from '@/components/snapshot/save-snapshot';
import { useCardActions } from '@/components/use-card-actions';
import { useFocusKeeper } from '@/components/use-focus-keeper';
import { useGuide } from '@/components/use-guide';
import { usePicks } from '@/components/use-picks';
import { useSettings } from '@/components/use-settings';
import { useSyncProgress } from '@/components/use-sync-progress';
import { useUnread } from '@/components/use-unread';
import { DEFAULT_RELEVANCE_THRESHOLD } from '@/utils/curation/threshold';
import { db } from '@/utils/db';
import { libraryStatus } from '@/utils/db/library-queries';
import { isDismissed } from '@/utils/db/queries';
import { sendRequest } from '@/utils/messaging';
import { refreshResult } from './refresh-result';
import { SiteBadgesToggle } from './site-badges-toggle';
import { useCurrentArticle } from './use-current-article';

export const POPUP_PICK_COUNT = 5;

export function App() {
  const settings = useSettings();
  const threshold = settings?.relevanceThreshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const picks = usePicks(POPUP_PICK_COUNT, threshold);
  const { unread, countLabel } = useUnread(threshold);
  const current = useCurrentArticle();
  const progress = useSyncProgress();
  // Dismissing takes a card out of the list: focus goes to the pick that took its place.
  const followFocus = useFocusKeeper();
  const { actions } = useCardActions(settings, followFocus);
  const library = useLiveQuery(() => libraryStatus(db), []);
  const [refreshError, setRefreshError] = useState<string>();
  const [refreshed, setRefreshed] = useState<string>();

  const refresh = async () => {
    setRefreshError(undefined);
    setRefreshed(undefined);
    try {
      const answer = await sendRequest({ type: 'sync-now' });
      if (!answer.ok) setRefreshError(answer.error);
      else setRefreshed(refreshResult(answer));
    } catch {
      setRefreshError('Quorum’s background could not be reached. Try again in a moment.');
    }
  };
  const others = picks?.filter((pick) => pick.article.url !== current?.article.url && !isDismissed(pick.reading));
  const guide = useGuide();
  useSaveSnapshot('popup', picks, countLabel, guide?.nextUp);
  const loaded = picks !== undefined && countLabel !== undefined && guide !== undefined;
  useReplaceSnapshot(loaded);
  // Until live data is here, the snapshot painted before this script ran stays on screen.
  if (!loaded) return null;

  return (
    <div className="popup">
      <header className="popup__header">
        <Brand />
        <span className="popup__count">{library?.articles === 0 ? 'Preparing your library…' : countLabel}</span>
      </header>
      <SyncStatus progress={progress} />
      <main>
        {guide?.nextUp && <NextUp nextUp={guide.nextUp} onMarkRead={guide.markRead} onSkip={guide.skip} compact />}
        {current && (
          <section aria-label="This page" className="popup__current">
            <PickCard pick={current} actions={actions} compact />
          </section>
        )}
        {others === undefined ? null : others.length === 0 ? (
          <p className="notice">
            {unread === 0 && library && library.articles > 0
              ? 'Nothing unread. Enjoy the quiet.'
              : 'Preparing your starter library…'}
          </p>
        ) : (
          <ul className="picks" aria-label="Top unread picks">
            {others.map((pick) => (
              <li key={pick.article.url}>
                <PickCard pick={pick} actions={actions} compact />
              </li>
            ))}
          </ul>
        )}
        {refreshed && (
          <p role="status" className="popup__result">
            {refreshed}
          </p>
        )}
        {refreshError && (
          <p role="alert" className="popup__error">
            {refreshError}
          </p>
        )}
      </main>
      <nav className="popup__nav">
        <a href={browser.runtime.getURL('/newtab.html')} target="_blank" rel="noopener">
          Open Quorum
        </a>
        <button type="button" onClick={() => void refresh()} disabled={progress?.running}>
          {progress?.running ? 'Refreshing…' : 'Refresh now'}
        </button>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </nav>
      <SiteBadgesToggle settings={settings} />
    </div>
  );
}
