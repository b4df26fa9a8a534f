import { defineConfig } from 'wxt';
import { feedHostPermissions } from './utils/sources';

// Manifest and build settings. Permissions stay minimal: every one listed here is used.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Quorum',
    description:
      'Curated distributed-systems reading on every new tab: offline, private, and fast.',
    // activeTab: the popup reads the address of the tab it was opened on, and only that one.
    permissions: ['storage', 'alarms', 'activeTab'],
    // The default feeds' hosts, so the background can fetch them; derived from one registry.
    host_permissions: feedHostPermissions(),
    action: { default_title: 'Quorum' },
  },
});
