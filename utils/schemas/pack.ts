import { z } from './zod';
import { ArticleKindSchema, LevelSchema } from './article';
import { HttpUrlSchema } from './http-url';
import { checkPackPaths } from './pack-paths';
import { TopicSchema } from './topic';

/** YYYY, YYYY-MM, YYYY-MM-DD or a full ISO 8601 date-time: old papers often have only a year. */
export const PackDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/, {
    message: 'must be an ISO 8601 date such as 2026-01-14, 1978-07 or 1978',
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'is not a real date' });

export const PackItemSchema = z.object({
  url: HttpUrlSchema,
  title: z.string().trim().min(1).max(500),
  source: z.string().trim().min(1).max(200),
  author: z.string().trim().max(200).optional(),
  published: PackDateSchema.optional(),
  summary: z.string().trim().min(1).max(2000),
  topics: z.array(TopicSchema).min(1).max(8),
  kind: ArticleKindSchema.optional(),
  // Version 2: required there (see PackSchema), absent in version 1.
  level: LevelSchema.optional(),
  /** Reading time in minutes, honestly: a fourteen-page paper is an evening, not ten minutes. */
  minutes: z.number().int().positive().max(10_000).optional(),
  /** URLs of items of the same pack that a reader should have read first. */
  prerequisites: z.array(HttpUrlSchema).max(20).optional(),
  /** URL of a gentler item of the same pack that covers the same ground. */
  easier: HttpUrlSchema.optional(),
});

/** A learning path: items of the pack in the order a careful teacher would hand them out. */
export const PackPathSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'must be lowercase letters, digits and dashes' }),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(1000),
  steps: z.array(HttpUrlSchema).min(1).max(200),
});

/**
 * A curated pack: JSON that anyone can publish and Quorum can subscribe to. Version 1 has
 * items only; version 2 adds level and minutes to every item, optional prerequisites and
 * gentler items, and learning paths. Both versions are read.
 */
export const PackSchema = z
  .object({
    format: z.literal('quorum-pack'),
    version: z.union([z.literal(1), z.literal(2)]),
    title: z.string().trim().min(1).max(200),
    updated: PackDateSchema,
    items: z.array(PackItemSchema).max(5000),
    paths: z.array(PackPathSchema).max(50).optional(),
  })
  .superRefine((pack, context) => {
    if (pack.version === 1) {
      if (pack.paths !== undefined) {
        context.addIssue({ code: 'custom', path: ['paths'], message: 'paths need "version": 2' });
      }
      return;
    }
    pack.items.forEach((item, index) => {
      if (item.level === undefined) {
        context.addIssue({ code: 'custom', path: ['items', index, 'level'], message: `"${item.title}" needs a level` });
      }
      if (item.minutes === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'minutes'],
          message: `"${item.title}" needs minutes`,
        });
      }
    });
    for (const problem of checkPackPaths(pack.items, pack.paths ?? [])) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
export type Pack = z.infer<typeof PackSchema>;
export type PackItem = z.infer<typeof PackItemSchema>;
export type PackPath = z.infer<typeof PackPathSchema>;
