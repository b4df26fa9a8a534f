import { z } from 'zod';

/** The user's settings. `version` lets stored settings be migrated when this shape changes. */
export const SettingsSchema = z.object({
  version: z.literal(1),
  theme: z.enum(['system', 'light', 'dark']),
  newTabMode: z.enum(['picks', 'minimal']),
  autoMarkRead: z.enum(['never', 'from-quorum', 'after-reading']),
  refreshMinutes: z.number().int().min(15).max(24 * 60),
  toolbarBadge: z.boolean(),
  relevanceThreshold: z.number().min(0).max(1),
  badgesEnabled: z.boolean(),
  badgesDisabledHosts: z.array(z.string()),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  theme: 'system',
  newTabMode: 'picks',
  autoMarkRead: 'from-quorum',
  refreshMinutes: 60,
  toolbarBadge: true,
  relevanceThreshold: 0.35,
  badgesEnabled: true,
  badgesDisabledHosts: [],
};
