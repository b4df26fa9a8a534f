import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
import { Brand } from '@/components/brand';
import { PathPicker } from '@/components/guide/path-picker';
import { CardGuidanceContext } from '@/components/card-guidance';
import { FeedNotice } from '@/components/feed-notice';
import { PathReasonsContext, usePathStepReasons } from '@/components/path-reasons';
import { OfflineLine } from '@/components/offline-line';
import { SyncStatus } from '@/components/sync-status';
import { UndoToast } from '@/components/undo-toast';
import { useReplaceSnapshot } from '@/components/snapshot/replace-snapshot';
import { useSaveSnapshot } from '@/components/snapshot/save-snapshot';
import { useCardActions } from '@/components/use-card-actions';
import { useFocusKeeper } from '@/components/use-focus-keeper';
import { useCardGuidanceValue } from '@/components/use-card-guidance';
import { useGuide } from '@/components/use-guide';
import { usePicksAnswer } from '@/components/use-picks';
import { useSettings } from '@/components/use-settings';
import { useSyncProgress } from '@/components/use-sync-progress';
import { useUnread } from '@/components/use-unread';
import { hasFilters, withoutFilters } from '@/utils/curation/filters';
import { DEFAULT_RELEVANCE_THRESHOLD } from '@/utils/curation/threshold';
import { db } from '@/utils/db';
import { libraryStatus, queryDismissed } from '@/utils/db/library-queries';
import { facetCounts, isDismissed, isRead, queryHistory, querySaved, type PickedArticle } from '@/utils/db/queries';
import { EmptyState } from './empty-state';
import { FiltersBar } from './filters-bar';
import { FocusedCard } from './guide/focused-card';
import { GuideSection } from './guide/guide-section';
import { useGuideWithUndo } from './guide/use-guide-undo';
import { Clock } from './minimal-page';
import { SearchBox } from './search/search-box';
import { searchCountLabel } from './search/search-count';
import { useSearch } from './search/use-search';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useKeyboard } from './use-keyboard';
import { useViewState } from './use-view-state';
import { CompactList } from './views/compact-list';
import { ListEnd } from './views/list-end';
import { PickList } from './views/pick-list';
import { ViewTabs } from './views/view-tabs';

export const NEW_TAB_PICK_COUNT = 30;
const LIST_LIMIT = 200;
const StatsPanel = lazy(() => import('./stats/stats-panel'));
const GuideStats = lazy(() => import('./stats/guide-stats'));

const LIST_LABELS = {
  picks: 'Picks',
  saved: 'Saved articles',
  history: 'Reading history',
  dismissed: 'Dismissed',
  paths: 'Learning paths',
};

export function App() {
  const settings = useSettings();
  const threshold = settings?.relevanceThreshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const [state, update] = useViewState();
  const [query, setQuery] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const cardRefs = useRef<(HTMLElement | null)[]>([]);

  const filters = {
    topic: state.topic,
    source: state.source,
    level: state.level,
    showRead: state.showRead,
    showLowRelevance: state.showLowRelevance,
  };
  const filterKey = JSON.stringify(filters);
  // "Show more" adds a page; new filters start again from one.
  const [more, setMore] = useState({ key: filterKey, pages: 1 });
  const pages = more.key === filterKey ? more.pages : 1;
  const picksAnswer = usePicksAnswer(NEW_TAB_PICK_COUNT * pages, threshold, filters, true);
  const picks = picksAnswer?.picks;
  const saved = useLiveQuery(() => (state.view === 'saved' ? querySaved(db, LIST_LIMIT) : undefined), [state.view]);
  const history = useLiveQuery(
    () => (state.view === 'history' ? queryHistory(db, LIST_LIMIT) : undefined),
    [state.view],
  );
  const dismissed = useLiveQuery(
    () => (state.view === 'dismissed' ? queryDismissed(db, LIST_LIMIT) : undefined),
    [state.view],
  );
  const [showDismissedFor, setShowDismissedFor] = useState<string>();
  const library = useLiveQuery(() => libraryStatus(db), []);
  const { unread, countLabel } = useUnread(threshold);
  const progress = useSyncProgress();
  // Focus that an action takes away (a card folded, the toast closed) comes back to its article.
  const followFocus = useFocusKeeper();
  const { actions, undo, clearUndo, undoLast, offerUndo } = useCardActions(settings, followFocus);
  const liveGuide = useGuide();
  const guide = useGuideWithUndo(liveGuide, offerUndo);
  const pathReasons = usePathStepReasons(guide);
  const [focusUrl, setFocusUrl] = useState<string>();
  const minimal = settings?.newTabMode === 'minimal';
  // Next up is part of the first screen: waiting for it keeps the picks from jumping down.
  const loaded =
    settings !== undefined && (minimal || (picks !== undefined && countLabel !== undefined && guide !== undefined));
  // The search index is built when the reader shows they are about to search, not on every
  // new tab: most new tabs are never searched, and indexing a large library costs real CPU.
  const [searchIntent, setSearchIntent] = useState(false);
  const search = useSearch(query, loaded && searchIntent);
  const filtered = hasFilters(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Counts are a pass over the whole library, repeated on every change to it: worked out only
  // when something shows them (the chips, a filtered list's total, the empty state), and only
  // after the first screen. The plain list's total is the kept unread count.
  const needCounts = filtersOpen || filtered || picks?.length === 0;
  const counts = useLiveQuery(
    () => (loaded && !minimal && needCounts ? facetCounts(db, threshold, JSON.parse(filterKey)) : undefined),
    [loaded, minimal, needCounts, threshold, filterKey],
  );

  const searching = query.trim().length > 0;
  const showDismissedMatches = searching && showDismissedFor === query;
  const list = useMemo<PickedArticle[] | undefined>(() => {
    if (searching) return search && [...search.picks, ...(showDismissedMatches ? search.dismissed : [])];
    const lists = { picks, saved, history, dismissed, paths: undefined };
    return lists[state.view];
  }, [searching, search, showDismissedMatches, state.view, picks, saved, history, dismissed]);
  const isDefaultPicks = state.view === 'picks' && !filtered;

  // Keyboard navigation starts again from the top in another view, filter or search.
  const navKey = `${state.view}|${filterKey}|${searching}`;
  const [active, setActive] = useState({ key: navKey, index: -1 });
  const activeIndex = active.key === navKey ? active.index : -1;

  // "Read first" and "Gentler" links: to the card when it is in the list, else pinned above it.
  const showCard = useCallback(
    (url: string) => {
      const index = list?.findIndex((pick) => pick.article.url === url) ?? -1;
      const card = cardRefs.current[index];
      if (index >= 0 && card) {
        setActive({ key: navKey, index });
        card.scrollIntoView({ block: 'nearest' });
        card.focus();
      } else setFocusUrl(url);
    },
    [list, navKey],
  );
  // The picks' own query has read what their cards link to; other lists look it up.
  const guidance = useCardGuidanceValue(list, showCard, list === picks ? picksAnswer?.linked : undefined);
  // Saved once the guidance lines are known too, so the next first paint draws them all; not
  // while searching (the picks do not change then), and only when they do: each keystroke
  // re-renders the page, and a snapshot written on each one would cost it several milliseconds.
  const snapshotPicks = useMemo(
    () =>
      isDefaultPicks && !minimal && !searching && guidance.ready
        ? picks?.filter((pick) => !isDismissed(pick.reading))
        : undefined,
    [isDefaultPicks, minimal, searching, guidance.ready, picks],
  );
  useSaveSnapshot('newtab', snapshotPicks, countLabel, guide?.nextUp, guidance.linked);
  // The first live screen waits for the cards' "Read first" lines as well, which the snapshot
  // painted: a card that gained its line a moment later would push the cards below it down.
  // Once shown, the page stays: later lookups of those lines must not blank it.
  const [shown, setShown] = useState(false);
  if (!shown && loaded && (minimal || guidance.ready)) setShown(true);
  useReplaceSnapshot(shown);

  const activePick = list?.[activeIndex];
  // The card focus lands on (a click, Tab, focus kept through an undo) is the one j, k and x act from.
  const followFocusInList = (event: FocusEvent<HTMLElement>) => {
    const url = (event.target as HTMLElement).closest<HTMLElement>('[data-url]')?.dataset.url;
    const index = url === undefined ? -1 : (list?.findIndex((pick) => pick.article.url === url) ?? -1);
    if (index >= 0 && index !== activeIndex) setActive({ key: navKey, index });
  };
  const move = (step: number) => {
    if (!list?.length) return;
    let next = Math.min(list.length - 1, Math.max(0, activeIndex + step));
    // A dismissed pick folded into a line is not a card to land on: step over it.
    while (!cardRefs.current[next] && next + step >= 0 && next + step < list.length) next += step;
    if (!cardRefs.current[next]) return;
    setActive({ key: navKey, index: next });
    cardRefs.current[next]?.focus();
    cardRefs.current[next]?.scrollIntoView({ block: 'nearest' });
  };
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
    // The card with focus (Next up's "Read first" card too), else the one j and k reached. Focus
    // opens its "Why this pick?" as Tab would, and Escape gives focus back to the toggle; on a
    // toggle that has focus already, with its panel closed, it takes a press.
    explain: () => {
      const card = document.activeElement?.closest('article') ?? cardRefs.current[activeIndex];
      const toggle = card?.querySelector<HTMLButtonElement>('.why__toggle');
      if (!toggle) return;
      if (toggle === document.activeElement && toggle.getAttribute('aria-expanded') === 'false') toggle.click();
      else toggle.focus();
    },
    undo: () => void undoLast(),
    focusSearch: () => searchRef.current?.focus(),
    showHelp: () => setHelpOpen(true),
  });

  // Until live data is here, the snapshot painted before this script ran stays on screen.
  if (!shown) return null;

  const listLabel = searching ? 'Search results' : LIST_LABELS[state.view];
  // Until the library has been looked at, an empty count may only mean it is not in yet.
  const firstRun = library === undefined ? unread === 0 : library.articles === 0;
  const picksCount = picks?.filter((pick) => !isDismissed(pick.reading)).length ?? 0;
  // What the total counts: a card marked read here stays in place, but is no longer an unread pick.
  const countedCount =
    picks?.filter((pick) => !isDismissed(pick.reading) && (state.showRead || !isRead(pick.reading))).length ?? 0;
  const noun = state.showRead ? 'pick' : 'unread pick';
  const headerCount = firstRun
    ? 'Preparing your library…'
    : searching && search
      ? searchCountLabel(list?.length ?? 0, search.picks.length + search.dismissed.length, query)
      : filtered && state.view === 'picks'
        ? counts && `${counts.total.toLocaleString('en')} ${noun}${counts.total === 1 ? '' : 's'} match`
        : countLabel;
  const clear = () => update(withoutFilters(state));
  const focusFirst = () => {
    const first = cardRefs.current.find(Boolean);
    (first?.querySelector<HTMLElement>('a[href]') ?? first)?.focus();
  };
  return (
    <PathReasonsContext.Provider value={pathReasons}>
      <div className={`newtab${minimal ? ' newtab--minimal' : ''}`}>
        {/* Minimal mode shows no list until the reader searches: no link to nothing. */}
        {(!minimal || searching) && (
          <a
            className="skip-link"
            href="#quorum-list"
            onClick={(event) => {
              // The hash holds the view: jump by focus instead of by address.
              event.preventDefault();
              focusFirst();
            }}
          >
            Skip to the list
          </a>
        )}
        <header className="newtab__header">
          <Brand />
          <SearchBox ref={searchRef} value={query} onChange={setQuery} onIntent={() => setSearchIntent(true)} />
          {/* Counts and status share the header's row, so they never push the cards down. */}
          <div className="newtab__status">
            {!minimal && (
              <p className="newtab__count" aria-live="polite">
                {headerCount}
              </p>
            )}
            {/* One status at a time: a running refresh, else the offline line if there is one. */}
            {progress?.running ? <SyncStatus progress={progress} /> : <OfflineLine />}
          </div>
        </header>
        <FeedNotice />
        {minimal && !searching && <Clock />}
        {!minimal && !searching && (
          <div className="newtab__bar">
            <ViewTabs view={state.view} onChange={(view) => update({ view })} />
            {state.view === 'picks' && (
              <FiltersBar
                state={state}
                counts={counts}
                open={filtersOpen}
                onToggle={() => setFiltersOpen(!filtersOpen)}
                onChange={update}
                onClear={clear}
              />
            )}
          </div>
        )}
        <main onFocus={followFocusInList}>
          <h1 className="visually-hidden">{minimal && !searching ? 'Quorum' : listLabel}</h1>
          {searching && search && search.dismissed.length > 0 && !showDismissedMatches && (
            <p className="search__dismissed">
              {search.dismissed.length === 1
                ? '1 dismissed article matches'
                : `${search.dismissed.length} dismissed articles match`}{' '}
              —{' '}
              <button type="button" className="link-button" onClick={() => setShowDismissedFor(query)}>
                show
              </button>
            </p>
          )}
          {!minimal && !searching && state.view === 'dismissed' && list && list.length > 0 && (
            <p className="list-head">
              Dismissed picks leave your picks; restore one to bring it back.{' '}
              <button
                type="button"
                onClick={() => {
                  // The list, and this button with it, goes: focus stays on the section's tab.
                  document.querySelector<HTMLElement>('.views [aria-pressed="true"]')?.focus();
                  actions.restoreAll();
                }}
              >
                Restore all
              </button>
            </p>
          )}
          {!minimal && !searching && state.view === 'picks' && guide && (
            <GuideSection
              guide={guide}
              threshold={threshold}
              actions={actions}
              guidance={guidance}
              resurface={settings?.resurfaceSaved ?? true}
            />
          )}
          {!minimal && !searching && state.view === 'paths' && guide && (
            <PathPicker
              statuses={guide.statuses}
              currentPathId={guide.currentPathId}
              steps={guide.steps}
              onUnskip={guide.unskip}
              onChoose={(pathId) => {
                guide.choose(pathId);
                update({ view: 'picks' });
              }}
              onClose={() => update({ view: 'picks' })}
            />
          )}
          {focusUrl && (
            <CardGuidanceContext.Provider value={guidance}>
              <FocusedCard url={focusUrl} actions={actions} onClose={() => setFocusUrl(undefined)} />
            </CardGuidanceContext.Provider>
          )}
          {!minimal && !searching && state.view === 'history' && (
            <Suspense fallback={null}>
              <StatsPanel>
                <GuideStats />
              </StatsPanel>
            </Suspense>
          )}
          {(!minimal || searching) &&
            list !== undefined &&
            (list.length > 0 ? (
              searching || state.view === 'picks' || state.view === 'saved' ? (
                <CardGuidanceContext.Provider value={guidance}>
                  <PickList
                    picks={list}
                    actions={actions}
                    activeIndex={activeIndex}
                    cardRefs={cardRefs}
                    label={listLabel}
                    foldDismissed={!searching && state.view === 'picks'}
                  />
                </CardGuidanceContext.Provider>
              ) : (
                <CompactList
                  picks={list}
                  mark={state.view === 'history' ? 'readAt' : 'dismissedAt'}
                  label={listLabel}
                  action={
                    state.view === 'history'
                      ? { label: 'Mark as unread', run: actions.toggleRead }
                      : { label: 'Restore', run: actions.restore }
                  }
                  activeIndex={activeIndex}
                  rowRefs={cardRefs}
                />
              )
            ) : (
              <EmptyState
                view={searching ? 'search' : state.view}
                query={query}
                library={library}
                filtered={filtered}
                counts={counts}
                suggestion={search?.suggestion}
                onSuggest={setQuery}
                onChange={update}
                onClear={clear}
              />
            ))}
          {!minimal && !searching && state.view === 'picks' && picksCount > 0 && (
            <ListEnd
              shown={countedCount}
              total={filtered ? counts?.total : unread}
              noun={noun}
              onMore={() => setMore({ key: filterKey, pages: pages + 1 })}
            />
          )}
        </main>
        {!minimal && (
          <footer className="newtab__footer">
            <button type="button" className="link-button" onClick={() => setHelpOpen(true)}>
              Keyboard shortcuts (?)
            </button>
          </footer>
        )}
        <UndoToast undo={undo} onExpire={clearUndo} />
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </PathReasonsContext.Provider>
  );
}
