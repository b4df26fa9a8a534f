import { z } from './zod';
import { MarkClockSchema } from './reading';

const RegisterSchema = MarkClockSchema.extend({ on: z.boolean() });
export type PendingRegister = z.infer<typeof RegisterSchema>;

/**
 * Marks that arrived from another device for an article this device does not have yet, kept
 * by the short hash of the article's URL (all that travels) until the article arrives.
 */
export const PendingMarkSchema = z.object({
  hash: z.number().int().nonnegative(),
  read: RegisterSchema.optional(),
  saved: RegisterSchema.optional(),
  dismissed: RegisterSchema.optional(),
});
export type PendingMark = z.infer<typeof PendingMarkSchema>;
