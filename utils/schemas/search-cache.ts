import { z } from './zod';

/**
 * What the search worker stores between new tabs (utils/db/search-cache.ts). Each entry says
 * which build of the index it suits (`format`, bumped when the index's options change) and
 * which state of the library it was made from (`version`, see libraryVersion).
 */
const Stamp = {
  format: z.number().check(z.int()),
  version: z.string(),
};

/** The search index, serialised by MiniSearch, with the URLs it holds and a print of each one's text. */
export const StoredSearchIndexSchema = z.object({
  ...Stamp,
  json: z.string(),
  urls: z.array(z.string()),
  prints: z.array(z.number()),
});
export type StoredSearchIndex = z.infer<typeof StoredSearchIndexSchema>;

/** The hits, as URLs best first, of each one-character query: the first key a reader types. */
export const StoredFirstKeysSchema = z.object({
  ...Stamp,
  answers: z.record(z.string(), z.array(z.string())),
});
export type StoredFirstKeys = z.infer<typeof StoredFirstKeysSchema>;
