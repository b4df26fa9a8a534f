import { restoreBadgeOrigins, watchBadgeOrigins } from '@/utils/badges/register-origin';
import { createCrossDeviceSync } from '@/utils/cross-device/cross-device-sync';
import { watchLocalChanges } from '@/utils/cross-device/watch-local-changes';
import { db } from '@/utils/db';
import { createBackgroundEffects } from '@/utils/marks/background-effects';
import { getDeviceId } from '@/utils/marks/device-id';
import { createMarks } from '@/utils/marks/marks';
import { refreshToolbarCount } from '@/utils/marks/toolbar-count';
import { registerMessageHandlers } from '@/utils/message-handlers';
import { getSettings, watchSettings } from '@/utils/settings';
import { registerInstallHooks, starterPackReady } from '@/utils/sync/install-hooks';
import { scheduleSync, SYNC_ALARM } from '@/utils/sync/schedule';
import { createSyncService } from '@/utils/sync/sync-service';

export default defineBackground(() => {
  // The one owner of reading marks here; its side effects end in the sync between devices.
  const marksChanged = createBackgroundEffects(db, { onMarksChanged: () => crossDevice.marksChanged() });
  const marks = createMarks(db, { deviceId: getDeviceId, afterChange: marksChanged });
  const crossDevice = createCrossDeviceSync(db, marks);

  const ensureStarterPack = registerInstallHooks(db, {
    onReady: async () => {
      // The starter pack is in: the count is right before any feed answers.
      await refreshToolbarCount(db);
      await scheduleSync((await getSettings()).refreshMinutes);
      await service.sync();
    },
  });
  // Badge lookups wait for the starter library: a page opened right after install gets badges.
  const service = createSyncService(db, {
    starterPackReady: starterPackReady(db, ensureStarterPack),
    afterSync: () => crossDevice.articlesArrived(),
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void service.sync();
  });
  watchSettings((settings) => {
    void scheduleSync(settings.refreshMinutes);
    void refreshToolbarCount(db);
  });
  registerMessageHandlers(service, db, { marks, marksChanged });
  crossDevice.start();
  watchLocalChanges(crossDevice);
  void refreshToolbarCount(db);
  // Badges on the sites of feeds the user added: their run-time registrations follow the
  // granted permissions, checked at every start of the worker.
  watchBadgeOrigins();
  void restoreBadgeOrigins().catch((error: unknown) =>
    console.warn('Quorum: could not restore badges for added sites:', error),
  );
});
