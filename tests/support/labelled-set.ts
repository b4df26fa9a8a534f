import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { TOPIC_IDS } from '../../utils/curation/taxonomy';
import { ROOT } from './paths';

/**
 * The hand-labelled classifier set (tests/fixtures/classifier/labelled.json) and its one
 * fixed split. Shared by the held-out test and by scripts/train-relevance.mjs, so the script
 * can never learn from a post the test holds out.
 */
const Topics = z.array(z.enum(TOPIC_IDS)).max(2);

export const LabelledItemSchema = z.object({
  url: z.url(),
  /** A source id from `sources`. */
  source: z.string().min(1),
  title: z.string().min(1),
  /** The opening text as the feed carries it: bios, footers and "Comments" links included. */
  summary: z.string(),
  categories: z.array(z.string()),
  relevant: z.boolean(),
  topics: Topics,
  /** A negative that uses the field's words in passing, or a positive that avoids its jargon. */
  hard: z.literal(true).optional(),
  /**
   * 2 for the posts added after the first held-out figures were reported, 3 for the real
   * title-only blog posts added after that (absent: the first batch). The test reports the
   * first batch's held-out posts on their own as well, so that half stays one fixed yardstick
   * however the set grows.
   */
  batch: z.union([z.literal(2), z.literal(3)]).optional(),
  /** Where a real post was read: a stored page, feed or the blog's own source repository. */
  where: z.string().min(1).optional(),
});
export type LabelledItem = z.infer<typeof LabelledItemSchema>;

export const EarlierItemSchema = z.object({
  title: z.string().min(1),
  summary: z.string(),
  categories: z.array(z.string()),
  relevant: z.boolean(),
  topics: Topics,
});
export type EarlierItem = z.infer<typeof EarlierItemSchema>;

export const LabelledSetSchema = z.object({
  format: z.literal('quorum-labelled'),
  version: z.literal(2),
  about: z.string(),
  sources: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      kind: z.enum(['aggregator', 'newsletter', 'engineering-blog', 'programming-blog', 'personal-blog']),
      home: z.url(),
    }),
  ),
  items: z.array(LabelledItemSchema),
  earlier: z.array(EarlierItemSchema),
});
export type LabelledSet = z.infer<typeof LabelledSetSchema>;

/**
 * Training-only examples written for the model (tests/fixtures/classifier/written.json): short
 * posts in the styles of the sources, each a situation of the field told in plain words, or a
 * post that borrows the field's words for something else. They teach the model the field's
 * situations beyond the few hundred labelled posts; they are never scored, so no figure the
 * test reports rests on them.
 */
export const WrittenExamplesSchema = z.object({
  format: z.literal('quorum-written-examples'),
  version: z.literal(1),
  about: z.string(),
  items: z.array(EarlierItemSchema.omit({ topics: true })),
});
export type WrittenExamples = z.infer<typeof WrittenExamplesSchema>;

export function loadWrittenExamples(): WrittenExamples {
  const path = resolve(ROOT, 'tests/fixtures/classifier/written.json');
  return WrittenExamplesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadLabelledSet(): LabelledSet {
  const path = resolve(ROOT, 'tests/fixtures/classifier/labelled.json');
  return LabelledSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Fixed once, before any rule or weight was changed against the new set. Never change it. */
export const SPLIT_SEED = 'quorum-relevance-split-1';

/** FNV-1a, 32 bits: small, stable across platforms, and good enough to split a few hundred URLs. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function isHeldOut(url: string): boolean {
  return fnv1a(`${SPLIT_SEED}\n${url}`) % 2 === 1;
}

export function splitLabelledSet(set: LabelledSet): { tuning: LabelledItem[]; heldOut: LabelledItem[] } {
  return {
    tuning: set.items.filter((item) => !isHeldOut(item.url)),
    heldOut: set.items.filter((item) => isHeldOut(item.url)),
  };
}
