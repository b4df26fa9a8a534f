import { z } from './zod';
import { ArticleKindSchema, LevelSchema } from './article';
import { HttpUrlSchema } from './http-url';
import { checkPackPaths } from './pack-paths';
import { TopicSchema } from './topic';

/** YYYY, YYYY-MM, YYYY-MM-DD or a full ISO 8601 date-time: old papers often have only a year. */
export const PackDateSchema = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/, {
    message: 'must be an ISO 8601 date such as 2026-01-14, 1978-07 or 1978',
  }),
  z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'is not a real date' }),
);

export const PackItemSchema = z.object({
  url: HttpUrlSchema,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  source: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  author: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  published: z.optional(PackDateSchema),
  summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  topics: z.array(TopicSchema).check(z.minLength(1), z.maxLength(8)),
  kind: z.optional(ArticleKindSchema),
  // Version 2: required there (see PackSchema), absent in version 1.
  level: z.optional(LevelSchema),
  /** Reading time in minutes, honestly: a fourteen-page paper is an evening, not ten minutes. */
  minutes: z.optional(z.number().check(z.int(), z.gt(0), z.lte(10_000))),
  /** URLs of items of the same pack that a reader should have read first. */
  prerequisites: z.optional(z.array(HttpUrlSchema).check(z.maxLength(20))),
  /** URL of a gentler item of the same pack that covers the same ground. */
  easier: z.optional(HttpUrlSchema),
});

/** A learning path: items of the pack in the order a careful teacher would hand them out. */
export const PackPathSchema = z.object({
  id: z
    .string()
    .check(z.trim(), z.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'must be lowercase letters, digits and dashes' })),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  steps: z.array(HttpUrlSchema).check(z.minLength(1), z.maxLength(200)),
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
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    updated: PackDateSchema,
    items: z.array(PackItemSchema).check(z.maxLength(5000)),
    paths: z.optional(z.array(PackPathSchema).check(z.maxLength(50))),
  })
  .check(
    z.superRefine((pack, context) => {
      if (pack.version === 1) {
        if (pack.paths !== undefined) {
          context.addIssue({ code: 'custom', path: ['paths'], message: 'paths need "version": 2' });
        }
        return;
      }
      pack.items.forEach((item, index) => {
        if (item.level === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['items', index, 'level'],
            message: `"${item.title}" needs a level`,
          });
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
    }),
  );
export type Pack = z.infer<typeof PackSchema>;
export type PackItem = z.infer<typeof PackItemSchema>;
export type PackPath = z.infer<typeof PackPathSchema>;
