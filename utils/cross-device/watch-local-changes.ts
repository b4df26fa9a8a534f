import { getDeviceId } from '../marks/device-id';
import { watchPathProgress } from '../paths/path-progress';
import { getSettings, watchSettings } from '../settings';
import type { CrossDeviceSync } from './cross-device-sync';
import { stampIfChanged } from './reader-settings';
import { watchCrossDeviceEnabled } from './switch';

/**
 * The background's ears for what else travels: reader settings and path progress changed in
 * any page, and the switch. Marks need none: their owner calls the sync itself.
 */
export function watchLocalChanges(sync: CrossDeviceSync, now: () => number = Date.now): void {
  const stamp = async () => {
    if (await stampIfChanged(await getSettings(), await getDeviceId(), now())) await sync.request();
  };
  watchSettings(() => void stamp());
  watchPathProgress(() => void sync.request());
  watchCrossDeviceEnabled((enabled) => {
    if (enabled) void sync.syncNow();
  });
}
