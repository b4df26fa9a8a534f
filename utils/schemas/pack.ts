import { z } from './zod';
import { ArticleKindSchema } from './article';
import { HttpUrlSchema } from './http-url';
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
});

/** A curated pack: JSON that anyone can publish and Quorum can subscribe to. */
export const PackSchema = z.object({
  format: z.literal('quorum-pack'),
  version: z.literal(1),
  title: z.string().trim().min(1).max(200),
  updated: PackDateSchema,
  items: z.array(PackItemSchema).max(5000),
});
export type Pack = z.infer<typeof PackSchema>;
export type PackItem = z.infer<typeof PackItemSchema>;
