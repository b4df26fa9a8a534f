import { isDismissed, isRead, isSaved, type PickedArticle } from '@/utils/db/queries';
import type { CardActions } from './pick-card';

/**
 * A card's buttons. On the new tab they show on hover and on focus (CSS), and stay in the tab
 * order all the time, so a keyboard reaches them as it always did.
 */
export function PickActions({
  pick,
  actions,
  compact,
}: {
  pick: PickedArticle;
  actions: CardActions;
  compact: boolean;
}) {
  const read = isRead(pick.reading);
  const saved = isSaved(pick.reading);
  return (
    <div className="pick__actions">
      <button type="button" onClick={() => actions.toggleRead(pick)}>
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
      <button type="button" onClick={() => actions.toggleSaved(pick)} aria-pressed={saved}>
        {saved ? 'Unsave' : 'Save'}
      </button>
      {!compact && isDismissed(pick.reading) && (
        <button type="button" onClick={() => actions.dismiss(pick)}>
          Restore
        </button>
      )}
      {!compact && !isDismissed(pick.reading) && (
        <button
          type="button"
          className="pick__dismiss"
          onClick={() => actions.dismiss(pick)}
          title="Dismiss: take this pick out of your picks (u undoes)"
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
