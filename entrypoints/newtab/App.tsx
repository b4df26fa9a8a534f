import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Brand } from '@/components/brand';
import { FeedErrorsBanner } from '@/components/feed-errors-banner';
import { SyncStatus } from '@/components/sync-status';
import { UndoToast } from '@/components/undo-toast';
import { useReplaceSnapshot } from '@/components/snapshot/replace-snapshot';
import { useSaveSnapshot } from '@/components/snapshot/save-snapshot';
import { useCardActions } from '@/components/use-card-actions';
import { usePicks } from '@/components/use-picks';
import { useSettings } from '@/components/use-settings';
import { useSyncProgress } from '@/components/use-sync-progress';
import { useUnread } from '@/components/use-unread';
import { DEFAULT_RELEVANCE_THRESHOLD } from '@/utils/curation/threshold';
import { db } from '@/utils/db';
import { facetCounts, queryHistory, querySaved, type Pick } from '@/utils/db/queries';
import { EmptyState } from './empty-state';
import { FiltersBar } from './filters-bar';
import { Clock } from './minimal-page';
import { SearchBox } from './search/search-box';
import { useSearch } from './search/use-search';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useKeyboard } from './use-keyboard';
import { useViewState } from './use-view-state';
import { PickList } from './views/pick-list';
import { ViewTabs } from './views/view-tabs';

export const NEW_TAB_PICK_COUNT = 30;
const LIST_LIMIT = 200;
const StatsPanel = lazy(() => import('./stats/stats-panel'));

export function App() {
  const settings = useSettings();
  const threshold = settings?.relevanceThreshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const [state, update] = useViewState();
  const [query, setQuery] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const searchRef = useRef<HTMLInputElement>(null);
  const cardRefs = useRef<(HTMLElement | null)[]>([]);

  const filters = {
    topic: state.topic,
    source: state.source,
    showRead: state.showRead,
    showLowRelevance: state.showLowRelevance,
  };
  const picks = usePicks(NEW_TAB_PICK_COUNT, threshold, filters);
  const saved = useLiveQuery(() => (state.view === 'saved' ? querySaved(db, LIST_LIMIT) : undefined), [state.view]);
  const history = useLiveQuery(
    () => (state.view === 'history' ? queryHistory(db, LIST_LIMIT) : undefined),
    [state.view],
  );
  const results = useSearch(query);
  const { unread, countLabel } = useUnread(threshold);
  const progress = useSyncProgress();
  const { actions, undo, clearUndo } = useCardActions(settings);
  const minimal = settings?.newTabMode === 'minimal';
  const loaded = settings !== undefined && (minimal || (picks !== undefined && countLabel !== undefined));
  // Chip counts are a pass over the whole library: worth it, but only after the first screen.
  const counts = useLiveQuery(
    () =>
      loaded && !minimal
        ? facetCounts(db, threshold, { showRead: state.showRead, showLowRelevance: state.showLowRelevance })
        : undefined,
    [loaded, minimal, threshold, state.showRead, state.showLowRelevance],
  );

  const searching = query.trim().length > 0;
  const list: Pick[] | undefined = searching
    ? results
    : state.view === 'saved'
      ? saved
      : state.view === 'history'
        ? history
        : picks;
  const isDefaultPicks =
    state.view === 'picks' && !state.topic && !state.source && !state.showRead && !state.showLowRelevance;

  useSaveSnapshot('newtab', isDefaultPicks && !minimal ? picks : undefined, countLabel);
  useReplaceSnapshot(loaded);
  useEffect(() => setActiveIndex(-1), [state.view, state.topic, state.source, searching]);

  const activePick = list?.[activeIndex];
  const move = useCallback(
    (step: number) => {
      if (!list?.length) return;
      const next = Math.min(list.length - 1, Math.max(0, activeIndex + step));
      setActiveIndex(next);
      cardRefs.current[next]?.focus();
      cardRefs.current[next]?.scrollIntoView({ block: 'nearest' });
    },
    [list, activeIndex],
  );
  useKeyboard({
    next: () => move(1),
    previous: () => move(-1),
    open: () => {
      if (!activePick) return;
      // Store the read mark before leaving: navigating away would abort the write.
      void actions.opened(activePick).finally(() => location.assign(activePick.article.url));
    },
    toggleRead: () => activePick && actions.toggleRead(activePick),
    toggleSaved: () => activePick && actions.toggleSaved(activePick),
    dismiss: () => activePick && actions.dismiss(activePick),
    focusSearch: () => searchRef.current?.focus(),
    showHelp: () => setHelpOpen(true),
  });

  // Until live data is here, the snapshot painted before this script ran stays on screen.
  if (!loaded) return null;

  const listLabel = searching
    ? 'Search results'
    : state.view === 'saved'
      ? 'Saved articles'
      : state.view === 'history'
        ? 'Reading history'
        : 'Picks';
  return (
    <div className={`newtab${minimal ? ' newtab--minimal' : ''}`}>
      <header className="newtab__header">
        <Brand />
        <SearchBox ref={searchRef} value={query} onChange={setQuery} />
        {!minimal && (
          <p className="newtab__count" aria-live="polite">
            {countLabel}
          </p>
        )}
      </header>
      <SyncStatus progress={progress} />
      {minimal && !searching && <Clock />}
      {!minimal && <FeedErrorsBanner />}
      {!minimal && !searching && (
        <ViewTabs view={state.view} onChange={(view) => update({ view })} onHelp={() => setHelpOpen(true)} />
      )}
      <main>
        <h1 className={searching || state.view !== 'picks' ? 'visually-hidden' : 'newtab__heading'}>{listLabel}</h1>
        {!minimal && !searching && state.view === 'picks' && (
          <FiltersBar state={state} counts={counts} onChange={update} />
        )}
        {(!minimal || searching) &&
          list !== undefined &&
          (list.length > 0 ? (
            <PickList picks={list} actions={actions} activeIndex={activeIndex} cardRefs={cardRefs} label={listLabel} />
          ) : (
            <EmptyState
              view={searching ? 'search' : state.view}
              query={query}
              unread={unread ?? 0}
              filtered={!isDefaultPicks}
              counts={counts}
              onChange={update}
            />
          ))}
        {!minimal && !searching && state.view === 'history' && (
          <Suspense fallback={null}>
            <StatsPanel />
          </Suspense>
        )}
      </main>
      <UndoToast undo={undo} onExpire={clearUndo} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
