import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { withoutSourceBoilerplate } from './clean-labelled';
import { ROOT } from './paths';

/**
 * Real posts gathered after the relevance model was built (tests/fixtures/classifier/fresh.json):
 * a yardstick from outside the labelled set, which nothing trains on. The labelled set's batches
 * were written and chosen to be hard, with many negatives that borrow the field's words; these
 * are posts as listing pages and feeds carry them, so they show how the model does on the mix a
 * reader meets, including blogs whose listings give a title and nothing else.
 */
export const FreshPostSchema = z.object({
  /** Absent when the page the post was read from gave no link. */
  url: z.url().optional(),
  source: z.string().min(1),
  kind: z.enum(['aggregator', 'newsletter', 'engineering-blog', 'programming-blog', 'personal-blog']),
  title: z.string().min(1),
  /** The opening text exactly as the page showed it; empty when it showed none. */
  summary: z.string(),
  relevant: z.boolean(),
  hard: z.literal(true).optional(),
  /** The stored page the post was read from. */
  where: z.string().min(1),
});
export type FreshPost = z.infer<typeof FreshPostSchema>;

export const FreshSetSchema = z.object({
  format: z.literal('quorum-fresh-posts'),
  version: z.literal(1),
  about: z.string(),
  items: z.array(FreshPostSchema),
});

export function loadFreshPosts(): FreshPost[] {
  const path = resolve(ROOT, 'tests/fixtures/classifier/fresh.json');
  return FreshSetSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).items;
}

/** The posts as a sync would classify them: each source's boilerplate learned and removed. */
export function cleanFreshPosts(posts: readonly FreshPost[]): (FreshPost & { categories: string[] })[] {
  return withoutSourceBoilerplate(posts).map((post) => ({ ...post, categories: [] }));
}
