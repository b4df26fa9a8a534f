import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Every message between Quorum's contexts, validated with Zod on arrival: one protocol map,
 * so a page and the background can never disagree on a shape.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync-now'), feedIds: z.array(z.string().min(1)).max(1000).optional() }),
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

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });

interface ResponseMap {
  'sync-now': z.infer<typeof SyncNowResponseSchema>;
}
const RESPONSE_SCHEMAS = { 'sync-now': SyncNowResponseSchema } as const;

export type ResponseFor<T extends Request['type']> = ResponseMap[T];
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Sends a request to the background and validates the answer. */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseFor<R['type']> | ErrorResponse> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  const error = ErrorResponseSchema.safeParse(answer);
  if (error.success) return error.data;
  return RESPONSE_SCHEMAS[request.type].parse(answer) as ResponseFor<R['type']>;
}
