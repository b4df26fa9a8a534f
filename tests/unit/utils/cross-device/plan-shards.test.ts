import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../../../utils/cross-device/describe-status';
import { planShards } from '../../../../utils/cross-device/plan-shards';
import { earliestWrite, recordWrites } from '../../../../utils/cross-device/rate-budget';
import { readRemote } from '../../../../utils/cross-device/remote-contents';
import {
  ITEM_QUOTA_BYTES,
  itemBytes,
  QUOTA_MARGIN_BYTES,
  SYNC_QUOTA_BYTES,
} from '../../../../utils/cross-device/quotas';
import { EMPTY_STATUS } from '../../../../utils/cross-device/status';
import type { SyncEntry } from '../../../../utils/cross-device/sync-entry';
import { urlHash } from '../../../../utils/cross-device/url-hash';
import { seededRandom } from '../../../support/seeded-random';

const NOW = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;
/** What the marks get once reader settings and path progress have their items. */
const BUDGET = SYNC_QUOTA_BYTES - QUOTA_MARGIN_BYTES - 600;

/** A year of reading on one device: `count` read marks at random times, a few saved. */
function year(count: number, random = seededRandom(11)): SyncEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    hash: urlHash(`https://papers.example/${i}`),
    mark: i % 20 === 0 ? ('saved' as const) : ('read' as const),
    on: true,
    at: NOW - Math.floor(random() * 365 * 86_400) * 1000,
    by: 'AbCdEfGh',
  }));
}

function totalBytes(items: Record<string, string>) {
  return Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
}

describe('the capacity of sync storage', () => {
  it('holds about 9,700 marks from a year of reading, every item within the per-item quota', () => {
    const plan = planShards(year(20_000), BUDGET);
    expect(plan.kept).toBeGreaterThanOrEqual(9_500);
    expect(plan.kept).toBeLessThan(10_500);
    expect(totalBytes(plan.items)).toBe(plan.bytes);
    expect(plan.bytes).toBeLessThanOrEqual(BUDGET);
    for (const [key, value] of Object.entries(plan.items))
      expect(itemBytes(key, value)).toBeLessThanOrEqual(ITEM_QUOTA_BYTES);
    // Everything planned decodes back.
    expect(readRemote(plan.items).entries).toHaveLength(plan.kept);
  });

  it('lets the oldest read marks go first when full: saved marks and newer reads stay', () => {
    const entries = year(20_000);
    const plan = planShards(entries, BUDGET);
    const kept = readRemote(plan.items).entries;
    expect(kept.filter((e) => e.mark === 'saved')).toHaveLength(1_000);
    const oldestKeptRead = Math.min(...kept.filter((e) => e.mark === 'read').map((e) => e.at));
    const keptHashes = new Set(kept.map((e) => e.hash));
    const leftOut = entries.filter((e) => !keptHashes.has(e.hash));
    expect(leftOut).toHaveLength(plan.leftOut);
    expect(leftOut.every((e) => e.mark === 'read' && e.at <= oldestKeptRead)).toBe(true);
    expect(plan.newestLeftOutAt).toBe(Math.max(...leftOut.map((e) => e.at)));
  });

  it('keeps everything, in the same items on every device, when it fits', () => {
    const entries = year(3_000);
    const one = planShards(entries, BUDGET);
    const other = planShards([...entries].reverse(), BUDGET);
    expect(one.leftOut).toBe(0);
    expect(one.items).toEqual(other.items);
  });

  it('keeps one entry per article and mark: the newest', () => {
    const base = { hash: 123, mark: 'read' as const, by: 'AbCdEfGh' };
    const plan = planShards(
      [
        { ...base, on: true, at: NOW - 2 * DAY },
        { ...base, on: false, at: NOW - DAY },
      ],
      BUDGET,
    );
    expect(readRemote(plan.items).entries).toEqual([{ ...base, on: false, at: NOW - DAY }]);
  });
});

describe('what the options page says when the quota fills', () => {
  it('names the marks that stay here, and that they are never deleted', () => {
    const lines = describeStatus(
      {
        ...EMPTY_STATUS,
        bytesUsed: 101_300,
        marksSynced: 9_706,
        marksLeftOut: 10_294,
        leftOutBefore: Date.UTC(2026, 5, 3),
        lastArrivalAt: NOW - 5 * 60_000,
      },
      NOW,
    );
    expect(lines.quota).toBe('9,706 marks in sync storage, using 98.9 KB of 100.0 KB (99%).');
    expect(lines.full).toBe(
      'Sync storage is full, so the 10,294 oldest read marks (read on or before June 3, 2026) stay in this browser ' +
        'only. They are never deleted here; saved and dismissed marks and newer reads keep travelling.',
    );
    expect(lines.arrival).toBe('Last change from another browser arrived 5 minutes ago.');
  });
});

describe('the write budget', () => {
  it('keeps under 120 writes a minute and 1,800 an hour, however often a write is asked for', async () => {
    const times: number[] = [];
    // A device asking for a write of 2 operations every 2 seconds for over an hour.
    for (let clock = NOW; clock < NOW + 65 * 60_000; clock += 2_000) {
      if ((await earliestWrite(2, clock)) <= clock) {
        await recordWrites(2, clock);
        times.push(clock, clock);
      }
    }
    const within = (from: number, span: number) => times.filter((t) => t >= from && t < from + span).length;
    expect(Math.max(...times.map((t) => within(t, 60_000)))).toBeLessThanOrEqual(120);
    expect(Math.max(...times.map((t) => within(t - 3_600_000 + 1, 3_600_000)))).toBeLessThanOrEqual(1_800);
    // It did write, as often as the limits allow: it is a budget, not a stop.
    expect(times.length).toBeGreaterThan(1_000);
  });
});
