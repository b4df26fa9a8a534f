import { browser } from 'wxt/browser';
import { DISCUSSIONS_PER_PAGE_MAX } from './badges/discussion-sites';
import { z } from './schemas/zod';
import { LINK_STATES, LOOKUP_BATCH_MAX, MAX_URL_LENGTH } from './badges/protocol';

const UrlField = z.string().check(z.minLength(1), z.maxLength(MAX_URL_LENGTH));

/**
 * Every message between Quorum's contexts, validated with Zod on arrival: one protocol map,
 * so a page and the background can never disagree on a shape.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('sync-now'),
    feedIds: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(1000))),
  }),
  // Badges (content script → background). The hosts of known articles first: links elsewhere
  // are never asked about. Lookups are bounded, so a page with 20,000 links asks in batches.
  z.object({ type: z.literal('known-hosts') }),
  z.object({
    type: z.literal('lookup-urls'),
    urls: z.array(UrlField).check(z.minLength(1), z.maxLength(LOOKUP_BATCH_MAX)),
  }),
  // The page's own address and its <link rel=canonical>: is the tab showing a known article?
  z.object({ type: z.literal('page-article'), urls: z.array(UrlField).check(z.maxLength(2)) }),
  z.object({ type: z.literal('set-reading'), url: UrlField, mark: z.enum(['read', 'saved']), on: z.boolean() }),
  z.object({
    type: z.literal('set-site-badges'),
    host: z.string().check(z.minLength(1), z.maxLength(253)),
    enabled: z.boolean(),
  }),
  // An extension page changed reading marks: the background tells the tabs with badges.
  z.object({ type: z.literal('reading-changed') }),
  // An aggregator's page links articles to their discussion threads: kept for known articles.
  z.object({
    type: z.literal('discussions-seen'),
    discussions: z
      .array(
        z.object({
          articleUrl: UrlField,
          url: UrlField,
          comments: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000_000))),
        }),
      )
      .check(z.minLength(1), z.maxLength(DISCUSSIONS_PER_PAGE_MAX)),
  }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const SyncNowResponseSchema = z.object({
  ok: z.literal(true),
  total: z.number(),
  updated: z.number(),
  notModified: z.number(),
  failed: z.number(),
  added: z.number(),
  pruned: z.number(),
});

/** What the content script learns about one known article: enough for a badge and its card. */
export const KnownLinkSchema = z.object({
  url: z.string(),
  state: z.enum(LINK_STATES),
  /** Saved, whatever the state shows: a read article can still be saved. */
  saved: z.boolean(),
  title: z.string(),
  source: z.string(),
  summary: z.string(),
  /** Topic labels, ready to show: the content script carries no taxonomy. */
  topics: z.array(z.string()),
  /** "Intermediate · 45 min", ready to show. */
  guide: z.optional(z.string()),
  /** Title of the first unread prerequisite, when there is one. */
  readFirst: z.optional(z.string()),
});
export type KnownLink = z.infer<typeof KnownLinkSchema>;

/** utils/sync/known-urls.ts: LinkTargets. */
export const KnownHostsResponseSchema = z.object({
  ok: z.literal(true),
  hosts: z.array(z.string()),
  anchoredUrls: z.array(z.string()),
});
export const LookupUrlsResponseSchema = z.object({ ok: z.literal(true), known: z.array(KnownLinkSchema) });
export const LinkResponseSchema = z.object({ ok: z.literal(true), link: z.nullable(KnownLinkSchema) });
export const DoneResponseSchema = z.object({ ok: z.literal(true) });

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });

interface ResponseMap {
  'sync-now': z.infer<typeof SyncNowResponseSchema>;
  'known-hosts': z.infer<typeof KnownHostsResponseSchema>;
  'lookup-urls': z.infer<typeof LookupUrlsResponseSchema>;
  'page-article': z.infer<typeof LinkResponseSchema>;
  'set-reading': z.infer<typeof LinkResponseSchema>;
  'set-site-badges': z.infer<typeof DoneResponseSchema>;
  'reading-changed': z.infer<typeof DoneResponseSchema>;
  'discussions-seen': z.infer<typeof DoneResponseSchema>;
}
const RESPONSE_SCHEMAS = {
  'sync-now': SyncNowResponseSchema,
  'known-hosts': KnownHostsResponseSchema,
  'lookup-urls': LookupUrlsResponseSchema,
  'page-article': LinkResponseSchema,
  'set-reading': LinkResponseSchema,
  'set-site-badges': DoneResponseSchema,
  'reading-changed': DoneResponseSchema,
  'discussions-seen': DoneResponseSchema,
} as const;

export type ResponseFor<T extends Request['type']> = ResponseMap[T];
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Sends a request to the background and validates the answer. */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseFor<R['type']> | ErrorResponse> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  const error = ErrorResponseSchema.safeParse(answer);
  if (error.success) return error.data;
  return RESPONSE_SCHEMAS[request.type].parse(answer) as ResponseFor<R['type']>;
}
