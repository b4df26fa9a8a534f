import { z } from './zod';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../curation/threshold';

/** The user's settings. Stored as a versioned storage item (utils/settings.ts) with migrations. */
export const SettingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  newTabMode: z.enum(['picks', 'minimal']),
  autoMarkRead: z.enum(['never', 'from-quorum', 'after-reading']),
  refreshMinutes: z.number().check(z.int(), z.gte(15), z.lte(24 * 60)),
  toolbarBadge: z.boolean(),
  relevanceThreshold: z.number().check(z.gte(0), z.lte(1)),
  badgesEnabled: z.boolean(),
  badgesDisabledHosts: z.array(z.string()),
  /** Bring saved articles left unread for two weeks back to the new tab, once. */
  resurfaceSaved: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  newTabMode: 'picks',
  autoMarkRead: 'from-quorum',
  refreshMinutes: 60,
  toolbarBadge: true,
  relevanceThreshold: DEFAULT_RELEVANCE_THRESHOLD,
  badgesEnabled: true,
  badgesDisabledHosts: [],
  resurfaceSaved: true,
};
