import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions stay minimal: every one listed here is used.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Quorum',
    description:
      'Curated distributed-systems reading on every new tab: offline, private, and fast.',
    permissions: ['storage', 'alarms'],
    action: { default_title: 'Quorum' },
  },
});
