import { restoreBadgeOrigins, watchBadgeOrigins } from '@/utils/badges/register-origin';
import { db } from '@/utils/db';
import { registerMessageHandlers } from '@/utils/message-handlers';
import { getSettings, watchSettings } from '@/utils/settings';
import { registerInstallHooks, starterPackReady } from '@/utils/sync/install-hooks';
import { scheduleSync, SYNC_ALARM } from '@/utils/sync/schedule';
import { createSyncService } from '@/utils/sync/sync-service';

export default defineBackground(() => {
  const ensureStarterPack = registerInstallHooks(db, {
    onReady: async () => {
      await scheduleSync((await getSettings()).refreshMinutes);
      await service.sync();
    },
  });
  // Badge lookups wait for the starter library: a page opened right after install gets badges.
  const service = createSyncService(db, { starterPackReady: starterPackReady(db, ensureStarterPack) });
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
