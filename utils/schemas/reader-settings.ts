import { z } from './zod';
import { MarkClockSchema } from './reading';
import { SettingsSchema } from './settings';

/**
 * The settings that are about the reader rather than the device; they travel between the
 * reader's browsers. The refresh interval, the new-tab layout and the toolbar count stay
 * with each device.
 */
export const ReaderSettingsSchema = z.pick(SettingsSchema, {
  autoMarkRead: true,
  relevanceThreshold: true,
  theme: true,
  badgesEnabled: true,
  badgesDisabledHosts: true,
});
export type ReaderSettings = z.infer<typeof ReaderSettingsSchema>;

/** The reader settings with the time and device of their last change: as stored here and in sync. */
export const StampedReaderSettingsSchema = z.extend(MarkClockSchema, { values: ReaderSettingsSchema });
export type StampedReaderSettings = z.infer<typeof StampedReaderSettingsSchema>;
