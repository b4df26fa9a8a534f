import { restoreBadgeOrigins, watchBadgeOrigins } from '@/utils/badges/register-origin';
import { db } from '@/utils/db';
import { registerMessageHandlers } from '@/utils/message-handlers';
import { getSettings, watchSettings } from '@/utils/settings';
import { registerInstallHooks } from '@/utils/sync/install-hooks';
import { scheduleSync, SYNC_ALARM } from '@/utils/sync/schedule';
import { createSyncService } from '@/utils/sync/sync-service';

export default defineBackground(() => {
  const service = createSyncService(db);

  registerInstallHooks(db, {
    onReady: async () => {
      await scheduleSync((await getSettings()).refreshMinutes);
      await service.sync();
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void service.sync();
  });
  watchSettings((settings) => void scheduleSync(settings.refreshMinutes));
  registerMessageHandlers(service, db);
  // Badges on the sites of feeds the user added: their run-time registrations follow the
  // granted permissions, checked at every start of the worker.
  watchBadgeOrigins();
  void restoreBadgeOrigins().catch((error: unknown) =>
    console.warn('Quorum: could not restore badges for added sites:', error),
  );
});
