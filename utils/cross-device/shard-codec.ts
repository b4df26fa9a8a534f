import type { Mark } from '../schemas/reading';
import { decodeBase85, encodeBase85 } from './base85';
import { ByteReader, ByteWriter, crc32, varintSize } from './bytes';
import { monthEnd, monthStart, parseMonthKey, type SyncEntry } from './sync-entry';

/**
 * One month shard item: the marks changed in that month (UTC), as text for sync storage.
 *
 *   value   = "a" + base85(crc32(key + body) · body)
 *   body    = block*          one block per device that made changes in this item
 *   block   = device (6 bytes, zeros for "no device") · count (varint)
 *             · count × hash (6 bytes) · count × step (varint)
 *   step    = seconds since the previous change in the block (the month's start for the
 *             first) × 8 + mark × 2 + set
 *
 * Changes are sorted by time in a block, so steps are small: a burst (mark all read) costs
 * one byte a mark besides the hash, a month of ordinary reading two or three. That is the
 * compression, and it is exact and deterministic, so every device computes the same sizes.
 * The checksum covers the key, so a damaged value, or one under the wrong key, is refused.
 */
const LAYOUT = 'a';
const MARK_CODES: readonly Mark[] = ['read', 'saved', 'dismissed'];
const markCode = (mark: Mark) => MARK_CODES.indexOf(mark);
const encoder = new TextEncoder();

function deviceBytes(by: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]{8}$/.test(by)) return new Uint8Array(6);
  const binary = atob(by.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function deviceId(bytes: Uint8Array): string {
  if (bytes.every((byte) => byte === 0)) return '';
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** The order of entries inside an item: by device, then time, then hash. */
export function compareForLayout(a: SyncEntry, b: SyncEntry): number {
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return a.at - b.at || a.hash - b.hash || markCode(a.mark) - markCode(b.mark);
}

const seconds = (at: number) => Math.floor(at / 1000);

function step(previous: number, entry: SyncEntry): number {
  return (seconds(entry.at) - previous) * 8 + markCode(entry.mark) * 2 + (entry.on ? 1 : 0);
}

/** Bytes of a base85 text of n bytes. */
const base85Length = (bytes: number) => Math.floor(bytes / 4) * 5 + (bytes % 4 ? (bytes % 4) + 1 : 0);

/**
 * Measures items as they are laid out, entry by entry, without encoding: what the planner
 * uses to fit items and the whole set within the quotas. `add` returns the item's size with
 * the entry; entries must come in layout order.
 */
export class ItemSizer {
  private body = 0;
  private device: string | undefined;
  private count = 0;
  private previous = 0;

  constructor(
    private readonly key: string,
    private readonly start: number,
  ) {}

  /** What the item would measure (key plus JSON string) with `entry` added. */
  sizeWith(entry: SyncEntry): number {
    return this.measure(this.bodyWith(entry).body);
  }

  add(entry: SyncEntry): void {
    const next = this.bodyWith(entry);
    this.body = next.body;
    this.previous = seconds(entry.at);
    if (next.newBlock) {
      this.device = entry.by;
      this.count = 0;
    }
    this.count += 1;
  }

  size(): number {
    return this.measure(this.body);
  }

  private bodyWith(entry: SyncEntry) {
    const newBlock = entry.by !== this.device;
    const previous = newBlock ? seconds(this.start) : this.previous;
    const count = newBlock ? 0 : this.count;
    const header = newBlock ? 6 + 1 : varintSize(count + 1) - varintSize(count);
    return { body: this.body + header + 6 + varintSize(step(previous, entry)), newBlock };
  }

  private measure(body: number): number {
    // Key, the JSON string's two quotes, the layout letter, then checksum and body in base85.
    return this.key.length + 2 + 1 + base85Length(4 + body);
  }
}

/** Encodes one item. `entries` all fall in the key's month. */
export function encodeItem(key: string, entries: readonly SyncEntry[]): string {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new Error(`not a month key: ${key}`);
  const start = seconds(monthStart(parsed.month));
  const sorted = [...entries].sort(compareForLayout);
  const body = new ByteWriter();
  for (let i = 0; i < sorted.length;) {
    const by = sorted[i]!.by;
    let end = i;
    while (end < sorted.length && sorted[end]!.by === by) end += 1;
    const block = sorted.slice(i, end);
    body.bytes(deviceBytes(by));
    body.varint(block.length);
    for (const entry of block) body.hash(entry.hash);
    let previous = start;
    for (const entry of block) {
      body.varint(step(previous, entry));
      previous = seconds(entry.at);
    }
    i = end;
  }
  const bodyBytes = body.result();
  const payload = new ByteWriter();
  const checksum = crc32(concat(encoder.encode(key), bodyBytes));
  for (let shift = 3; shift >= 0; shift -= 1) payload.byte(Math.floor(checksum / 256 ** shift) % 256);
  payload.bytes(bodyBytes);
  return LAYOUT + encodeBase85(payload.result());
}

export type DecodedItem = { ok: true; entries: SyncEntry[] } | { ok: false; reason: string };

/** Decodes one month item, or says why it cannot be trusted. Never throws. */
export function decodeItem(key: string, value: unknown): DecodedItem {
  const parsed = parseMonthKey(key);
  if (!parsed) return { ok: false, reason: 'not a month shard' };
  if (typeof value !== 'string') return { ok: false, reason: 'not text' };
  if (value[0] !== LAYOUT) return { ok: false, reason: 'written in a layout this version does not know' };
  const payload = decodeBase85(value.slice(1));
  if (!payload || payload.length < 4) return { ok: false, reason: 'damaged (not base85)' };
  const stored = ((payload[0]! << 24) | (payload[1]! << 16) | (payload[2]! << 8) | payload[3]!) >>> 0;
  const body = payload.subarray(4);
  if (crc32(concat(encoder.encode(key), body)) !== stored) return { ok: false, reason: 'damaged (checksum)' };
  const first = seconds(monthStart(parsed.month));
  const last = seconds(monthEnd(parsed.month));
  const entries: SyncEntry[] = [];
  try {
    const reader = new ByteReader(body);
    while (!reader.done) {
      const device = new Uint8Array(6);
      for (let i = 0; i < 6; i += 1) device[i] = reader.byte();
      const by = deviceId(device);
      const count = reader.varint();
      if (count > body.length) return { ok: false, reason: 'damaged (count)' };
      const hashes = Array.from({ length: count }, () => reader.hash());
      let previous = first;
      for (const hash of hashes) {
        const value = reader.varint();
        const code = Math.floor(value / 2) % 4;
        const at = previous + Math.floor(value / 8);
        if (code > 2 || at >= last) return { ok: false, reason: 'damaged (entry out of range)' };
        entries.push({ hash, mark: MARK_CODES[code]!, on: value % 2 === 1, at: at * 1000, by });
        previous = at;
      }
    }
  } catch {
    return { ok: false, reason: 'damaged (cut short)' };
  }
  return { ok: true, entries };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
