import type { Settings } from '@/utils/schemas/settings';

/** The settings the badges script reads: its own copy of their shape, since Zod stays out. */
export type PageSettings = Pick<Settings, 'badgesEnabled' | 'badgesDisabledHosts' | 'autoMarkRead'>;

/** Where utils/settings.ts keeps settings in storage.local ('local:settings'). */
export const SETTINGS_KEY = 'settings';

/** The same defaults as DEFAULT_SETTINGS (a unit test holds them equal). */
export const PAGE_SETTINGS_DEFAULTS: PageSettings = {
  badgesEnabled: true,
  badgesDisabledHosts: [],
  autoMarkRead: 'from-quorum',
};

const AUTO_MARK = new Set<unknown>(['never', 'from-quorum', 'after-reading']);

/** Reads stored settings field by field, as coerceSettings does: a bad field is its default. */
export function readPageSettings(raw: unknown): PageSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const hosts = stored.badgesDisabledHosts;
  return {
    badgesEnabled:
      typeof stored.badgesEnabled === 'boolean' ? stored.badgesEnabled : PAGE_SETTINGS_DEFAULTS.badgesEnabled,
    badgesDisabledHosts:
      Array.isArray(hosts) && hosts.every((host) => typeof host === 'string')
        ? (hosts as string[])
        : PAGE_SETTINGS_DEFAULTS.badgesDisabledHosts,
    autoMarkRead: AUTO_MARK.has(stored.autoMarkRead)
      ? (stored.autoMarkRead as PageSettings['autoMarkRead'])
      : PAGE_SETTINGS_DEFAULTS.autoMarkRead,
  };
}
