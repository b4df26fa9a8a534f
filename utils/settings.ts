import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schemas/settings';

/**
 * Settings live in extension storage as one versioned item: every context (background, pages,
 * content script) reads the same value and hears every change. Bump `version` and add a
 * migration when the shape changes; stored values from any older version are upgraded.
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/**
 * Reads settings field by field: one unreadable field (storage is not a trust boundary we
 * control across versions) falls back to its default instead of losing all the others.
 */
export function coerceSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as Settings;
}

export async function getSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(coerceSettings(value)));
}
