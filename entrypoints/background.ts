import { db } from '@/utils/db';
import { registerInstallHooks } from '@/utils/sync/install-hooks';

export default defineBackground(() => {
  registerInstallHooks(db);
});
