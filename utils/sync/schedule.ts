import { browser } from 'wxt/browser';

export const SYNC_ALARM = 'quorum-sync';

/**
 * Keeps one repeating alarm at the user's refresh interval. Alarms outlive the service worker,
 * which is why scheduling never relies on timers. An alarm already at that period is left
 * alone, so its next firing is not pushed back every time the worker starts.
 */
export async function scheduleSync(refreshMinutes: number): Promise<void> {
  const current = await browser.alarms.get(SYNC_ALARM);
  if (current?.periodInMinutes === refreshMinutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: refreshMinutes, delayInMinutes: refreshMinutes });
}
