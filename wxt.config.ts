import { defineConfig } from 'wxt';
import { inlinePageStylesPlugin } from './scripts/inline-page-styles.mjs';
import { zodWithoutEvalProbe } from './scripts/zod-without-eval-probe.mjs';
import { feedHostPermissions } from './utils/sources';

const USER_FEED_ORIGINS = ['https://*/*', 'http://*/*'];

// Manifest and build settings. Permissions stay minimal: every one listed here is used.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [zodWithoutEvalProbe(), inlinePageStylesPlugin()] }),
  manifest: ({ manifestVersion }) => ({
    name: 'Quorum',
    description: 'Curated distributed-systems reading on every new tab: offline, private, and fast.',
    // activeTab: the popup reads the address of the tab it was opened on, and only that one.
    // scripting: badges on the sites of feeds the user adds, registered once they are granted.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    // The default feeds' hosts, so the background can fetch them; derived from one registry.
    host_permissions: feedHostPermissions(),
    // Feeds the user adds: their hosts are asked for at that moment, from the user's click.
    // Manifest V2 (Firefox) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: USER_FEED_ORIGINS }
      : { optional_permissions: USER_FEED_ORIGINS }),
    action: { default_title: 'Quorum' },
    browser_specific_settings: {
      // Quorum collects nothing: said in the manifest, where Firefox asks.
      gecko: { id: 'quorum@quorum-reader', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
