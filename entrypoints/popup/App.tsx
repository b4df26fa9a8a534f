import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/brand';
import { PickCard } from '@/components/pick-card';
import { usePicks } from '@/components/use-picks';
import { unreadLabel } from '@/components/unread-label';
import { db } from '@/utils/db';
import { unreadCount } from '@/utils/db/queries';

export const POPUP_PICK_COUNT = 5;

export function App() {
  const picks = usePicks(POPUP_PICK_COUNT);
  const unread = useLiveQuery(() => unreadCount(db), []);

  return (
    <div className="popup">
      <header className="popup__header">
        <Brand />
        {unread !== undefined && <span className="popup__count">{unreadLabel(unread)}</span>}
      </header>
      <main>
        {picks === undefined ? null : picks.length === 0 ? (
          <p className="notice">{unread === 0 ? 'Nothing unread. Enjoy the quiet.' : 'Preparing your starter picks…'}</p>
        ) : (
          <ul className="picks" aria-label="Top unread picks">
            {picks.map((pick) => (
              <li key={pick.article.url}>
                <PickCard pick={pick} compact />
              </li>
            ))}
          </ul>
        )}
      </main>
      <nav className="popup__nav">
        <a href={browser.runtime.getURL('/newtab.html')} target="_blank" rel="noopener">
          Open Quorum
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </nav>
    </div>
  );
}
