import { storage } from 'wxt/utils/storage';
import { z } from '../schemas/zod';

const Time = z.number().check(z.int(), z.gte(0));

/**
 * What the options page says about sync between devices. Written by the background, read by
 * the page; never trusted further than its schema.
 */
export const CrossDeviceStatusSchema = z.object({
  /** Bytes of sync storage in use (all of it, Quorum's items and any others), and the quota. */
  bytesUsed: z.number().check(z.int(), z.gte(0)),
  quotaBytes: z.number().check(z.int(), z.gt(0)),
  /** Marks in sync storage, and those that did not fit (they stay on this device). */
  marksSynced: z.number().check(z.int(), z.gte(0)),
  marksLeftOut: z.number().check(z.int(), z.gte(0)),
  /** Every read mark older than this stays on this device only. */
  leftOutBefore: z.optional(Time),
  /** Marked articles not synced because their short code is shared with another article here. */
  collided: z.number().check(z.int(), z.gte(0)),
  /** Marks from other devices waiting for their article to arrive here. */
  waiting: z.number().check(z.int(), z.gte(0)),
  lastWriteAt: z.optional(Time),
  /** How long the last merge of what arrived took, in ms (marks only): for diagnosis. */
  lastMergeMs: z.optional(z.number().check(z.gte(0))),
  lastArrivalAt: z.optional(Time),
  /** Items in sync storage that were ignored lately, and why: "1m202611.0: damaged (checksum)". */
  ignored: z.array(z.object({ reason: z.string().check(z.maxLength(200)), at: Time })).check(z.maxLength(20)),
  /** The last write that failed, and when it is tried again. */
  error: z.optional(z.object({ message: z.string().check(z.maxLength(500)), at: Time, retryAt: Time })),
});
export type CrossDeviceStatus = z.infer<typeof CrossDeviceStatusSchema>;

export const EMPTY_STATUS: CrossDeviceStatus = {
  bytesUsed: 0,
  quotaBytes: 102_400,
  marksSynced: 0,
  marksLeftOut: 0,
  collided: 0,
  waiting: 0,
  ignored: [],
};

export const crossDeviceStatusItem = storage.defineItem<unknown>('local:cross-device-status');

export function coerceStatus(raw: unknown): CrossDeviceStatus {
  const parsed = CrossDeviceStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_STATUS;
}

export async function getStatus(): Promise<CrossDeviceStatus> {
  return coerceStatus(await crossDeviceStatusItem.getValue());
}

export async function updateStatus(patch: Partial<CrossDeviceStatus>): Promise<CrossDeviceStatus> {
  const next = CrossDeviceStatusSchema.parse({ ...(await getStatus()), ...patch });
  await crossDeviceStatusItem.setValue(next);
  return next;
}

const NOTE_DAYS = 7;

/**
 * The notes about ignored items: the new ones, and the earlier ones of the last week. A damaged
 * item is replaced by the next write, so its note outlives it, for the reader to see.
 */
export function keepNotes(
  previous: CrossDeviceStatus['ignored'],
  reasons: readonly string[],
  now: number,
): CrossDeviceStatus['ignored'] {
  const fresh = reasons.map((reason) => ({ reason, at: now }));
  const recent = previous.filter((note) => note.at > now - NOTE_DAYS * 86_400_000 && !reasons.includes(note.reason));
  return [...fresh, ...recent].slice(0, 20);
}
