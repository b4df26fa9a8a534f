import { toolbarAction } from '../toolbar-badge';

/** The toolbar mark of a tab showing an article Quorum knows. */
export const TAB_MARK = '✓';

/**
 * Shows or clears the per-tab mark. A tab's own text wins over the global unread count, and
 * clearing it (no text) hands the tab back to that count. Chromium also drops it by itself
 * when the tab navigates to another page.
 */
export async function setTabMark(tabId: number, known: boolean): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText(known ? { tabId, text: TAB_MARK } : { tabId });
  await action.setTitle({ tabId, title: known ? 'Quorum: you are reading an article Quorum knows' : 'Quorum' });
}
