import { z } from './zod';
import { MarkClockSchema } from './reading';

const RegisterSchema = z.extend(MarkClockSchema, { on: z.boolean() });
export type PendingRegister = z.infer<typeof RegisterSchema>;

/**
 * Marks that arrived from another device for an article this device does not have yet, kept
 * by the short hash of the article's URL (all that travels) until the article arrives.
 */
export const PendingMarkSchema = z.object({
  hash: z.number().check(z.int(), z.gte(0)),
  read: z.optional(RegisterSchema),
  saved: z.optional(RegisterSchema),
  dismissed: z.optional(RegisterSchema),
});
export type PendingMark = z.infer<typeof PendingMarkSchema>;
