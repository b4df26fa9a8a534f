import { browser } from 'wxt/browser';
import { BRAND_COLOUR } from './brand';

/** "1.2k" style: the badge has room for about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count < 1000) return String(count);
  return count < 10_000 ? `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k` : `${Math.floor(count / 1000)}k`;
}

/** The toolbar button's API: Manifest V2 (the Firefox build) names it browserAction. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Shows the number of unread picks on the toolbar icon (or nothing, when the user turned it
 * off). Called by whichever context last changed the count: the background after a sync, a
 * page after a mark, so the icon is right even while the service worker sleeps.
 */
export async function setToolbarCount(count: number, enabled: boolean): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: enabled ? badgeText(count) : '' });
  await action.setBadgeBackgroundColor({ color: BRAND_COLOUR });
}
