import { useLiveQuery } from 'dexie-react-hooks';
import { Brand } from '@/components/brand';
import { PickCard } from '@/components/pick-card';
import { usePicks } from '@/components/use-picks';
import { unreadLabel } from '@/components/unread-label';
import { db } from '@/utils/db';
import { unreadCount } from '@/utils/db/queries';
import { useReplaceSnapshot } from './snapshot/replace-snapshot';
import { useSaveSnapshot } from './snapshot/save-snapshot';

export const NEW_TAB_PICK_COUNT = 30;

export function App() {
  // undefined while the first query runs; an empty list means the database has no articles yet.
  const picks = usePicks(NEW_TAB_PICK_COUNT);
  const unread = useLiveQuery(() => unreadCount(db), []);
  const countLabel = unread === undefined ? undefined : unreadLabel(unread);
  const loaded = picks !== undefined && countLabel !== undefined;

  useSaveSnapshot(picks, countLabel);
  useReplaceSnapshot(loaded);
  // Until live data is here, the snapshot painted before this script ran stays on screen.
  if (!loaded) return null;

  return (
    <div className="newtab">
      <header className="newtab__header">
        <Brand />
        {picks.length > 0 && (
          <p className="newtab__count" aria-live="polite">
            {countLabel}
          </p>
        )}
      </header>
      <main>
        <h1 className="newtab__heading">Picks</h1>
        {picks.length === 0 ? (
          <p className="notice">Preparing your starter picks…</p>
        ) : (
          <ul className="picks">
            {picks.map((pick) => (
              <li key={pick.article.url}>
                <PickCard pick={pick} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
