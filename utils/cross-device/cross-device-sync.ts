import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { QuorumDatabase } from '../db/database';
import type { Marks } from '../marks/marks';
import { getPathProgress, setPathProgress } from '../paths/path-progress';
import type { PathProgress } from '../schemas/path-progress';
import { updateSettings } from '../settings';
import { crc32 } from './bytes';
import { localEntries } from './local-entries';
import { applyWaitingMarks, mergeSyncEntries } from './merge-marks';
import { planShards } from './plan-shards';
import { ITEM_LIMIT_BYTES, itemBytes, QUOTA_MARGIN_BYTES, SYNC_QUOTA_BYTES } from './quotas';
import { earliestWrite, recordWrites } from './rate-budget';
import { getStamp, isNewerStamp, setStamp } from './reader-settings';
import { readRemote, type RemoteContents } from './remote-contents';
import { getStatus, keepNotes, updateStatus } from './status';
import { PATH_PROGRESS_KEY, READER_SETTINGS_KEY } from './sync-entry';
import { isCrossDeviceEnabled } from './switch';
import { describeWriteError } from './write-errors';
import { serialQueue } from '../serial-queue';

export const WRITE_ALARM = 'quorum-cross-device-write';
/** A change waits this long for others (a burst becomes one write)… */
const FIRST_DELAY_MS = 2_000;
/** …and writes are at least this far apart: at most 6 a minute, 2 operations each. */
const MIN_INTERVAL_MS = 10_000;
/** If the worker stops before its timer fires, the alarm writes instead, about a minute later. */
const BACKSTOP_MS = 60_000;

/** Set while this device has changes sync storage does not have yet; survives a worker restart. */
const dirtyItem = storage.defineItem<boolean>('local:cross-device-dirty', { fallback: false });

export interface CrossDeviceOptions {
  area?: Browser.storage.StorageArea;
  now?: () => number;
  /** Shorter waits for tests; the defaults are the product's. */
  delays?: { firstMs: number; minIntervalMs: number; arrivalMs: number };
}

/**
 * Reading marks, reader settings and path progress between a person's browsers, through the
 * browser's own sync storage. The background owns it: it merges what arrives (at start and
 * on every change) and writes this device's state back in batches, within the quotas.
 * Sync storage is a small replica, never the source of truth: what arrives is merged, never
 * copied over, and nothing there can delete a mark here.
 */
export function createCrossDeviceSync(db: QuorumDatabase, marks: Marks, options: CrossDeviceOptions = {}) {
  const area = options.area ?? browser.storage.sync;
  const now = options.now ?? Date.now;
  const delays = options.delays ?? { firstMs: FIRST_DELAY_MS, minIntervalMs: MIN_INTERVAL_MS, arrivalMs: 300 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWriteAt = 0;
  let failures = 0;
  const queue = serialQueue();
  /** What this device last wrote (or removed), so its own writes echoing back are not merged again. */
  const written = new Map<string, string>();
  const REMOVED = '\u0000removed';

  /** A checksum of the sync storage contents this worker last merged: the same again needs no merge. */
  let merged: number | undefined;
  const fingerprint = (all: Record<string, unknown>) => crc32(new TextEncoder().encode(JSON.stringify(all)));
  let stopped = false;
  /** One thing at a time: merges and writes never interleave; nothing new starts once stopped. */
  const serial = (work: () => Promise<void>) => {
    const guarded = () => (stopped ? Promise.resolve() : work());
    return queue(guarded).catch((error: unknown) => {
      console.warn('Quorum: sync between devices failed:', error);
    });
  };

  async function mergeContents(remote: RemoteContents): Promise<boolean> {
    const started = performance.now();
    const result = await mergeSyncEntries(db, marks, remote.entries);
    const lastMergeMs = Math.round((performance.now() - started) * 10) / 10;
    let changed = result.changed > 0;
    const held = await getStamp();
    if (remote.readerSettings && isNewerStamp(remote.readerSettings, held)) {
      // The stamp first: the settings watcher then sees nothing of its own to stamp.
      await setStamp(remote.readerSettings);
      await updateSettings(remote.readerSettings.values);
      changed = true;
    }
    if (remote.pathProgress && remote.pathProgress.updatedAt > (await getPathProgress()).updatedAt) {
      await setPathProgress(remote.pathProgress);
      changed = true;
    }
    await updateStatus({
      ignored: keepNotes((await getStatus()).ignored, remote.ignored, now()),
      waiting: await db.pendingMarks.count(),
      lastMergeMs,
      ...(changed ? { lastArrivalAt: now() } : {}),
    });
    return changed;
  }

  async function mergeFromStorage(): Promise<void> {
    if (!(await isCrossDeviceEnabled())) return;
    const all = await area.get(null);
    await mergeContents(readRemote(all));
    merged = fingerprint(all);
  }

  function schedule(delay: number): void {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void serial(write);
    }, delay);
  }

  /** Something here changed: write it out soon, in a batch. */
  async function request(): Promise<void> {
    if (!(await isCrossDeviceEnabled())) return;
    if (!(await dirtyItem.getValue())) {
      await dirtyItem.setValue(true);
      await browser.alarms.create(WRITE_ALARM, { when: now() + BACKSTOP_MS });
    }
    schedule(Math.max(delays.firstMs, lastWriteAt + delays.minIntervalMs - now()));
  }

  function pathItem(progress: PathProgress): { value: PathProgress } | undefined {
    if (progress.updatedAt === 0) return undefined;
    const value = { ...progress, skipped: [...progress.skipped] };
    // Skipped steps are the only part that grows: past one item, the last ones stay here.
    while (itemBytes(PATH_PROGRESS_KEY, value) > ITEM_LIMIT_BYTES && value.skipped.length > 0) value.skipped.pop();
    return { value };
  }

  /** Merges what is there, then writes what this device holds that sync storage lacks. */
  async function write(): Promise<void> {
    if (!(await isCrossDeviceEnabled())) {
      await dirtyItem.setValue(false);
      return;
    }
    const all = await area.get(null);
    const remote = readRemote(all);
    // Never write over what has not been merged: after this, local holds everything there.
    // (Contents this worker merged already, unchanged since, hold nothing new.)
    const print = fingerprint(all);
    if (print !== merged) await mergeContents(remote);
    merged = print;

    const wanted: Record<string, unknown> = {};
    const stamp = await getStamp();
    if (stamp && (!remote.readerSettings || isNewerStamp(stamp, remote.readerSettings)))
      wanted[READER_SETTINGS_KEY] = stamp;
    else if (remote.readerSettings) wanted[READER_SETTINGS_KEY] = all[READER_SETTINGS_KEY];
    const progress = pathItem(await getPathProgress());
    if (progress && progress.value.updatedAt > (remote.pathProgress?.updatedAt ?? -1))
      wanted[PATH_PROGRESS_KEY] = progress.value;
    else if (remote.pathProgress) wanted[PATH_PROGRESS_KEY] = all[PATH_PROGRESS_KEY];

    const others = Object.entries(wanted).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    const budget = SYNC_QUOTA_BYTES - QUOTA_MARGIN_BYTES - remote.foreignBytes - others;
    const { entries, collided } = await localEntries(db);
    const plan = planShards(entries, budget);
    Object.assign(wanted, plan.items);

    const toSet = Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => JSON.stringify(all[key]) !== JSON.stringify(value)),
    );
    const toRemove = remote.monthKeys.filter((key) => !(key in plan.items));
    const operations = (Object.keys(toSet).length > 0 ? 1 : 0) + (toRemove.length > 0 ? 1 : 0);
    const summary = {
      bytesUsed: remote.foreignBytes + others + plan.bytes,
      quotaBytes: SYNC_QUOTA_BYTES,
      marksSynced: plan.kept,
      marksLeftOut: plan.leftOut,
      ...(plan.newestLeftOutAt !== undefined ? { leftOutBefore: plan.newestLeftOutAt } : { leftOutBefore: undefined }),
      collided,
      waiting: await db.pendingMarks.count(),
    };
    if (operations === 0) {
      await updateStatus({ ...summary, error: undefined });
      await finish();
      return;
    }
    const allowedAt = await earliestWrite(operations, now());
    if (allowedAt > now()) {
      await updateStatus(summary);
      await retryAt(allowedAt);
      return;
    }
    try {
      if (Object.keys(toSet).length > 0) {
        for (const [key, value] of Object.entries(toSet)) written.set(key, JSON.stringify(value));
        await recordWrites(1, now());
        await area.set(toSet);
        Object.assign(all, toSet);
      }
      if (toRemove.length > 0) {
        for (const key of toRemove) written.set(key, REMOVED);
        await recordWrites(1, now());
        await area.remove(toRemove);
        for (const key of toRemove) delete all[key];
      }
      // What is there now is what this device holds: nothing in it to merge.
      merged = fingerprint(all);
    } catch (error) {
      failures += 1;
      const { message, retryInMs } = describeWriteError(error, failures);
      const at = now();
      await updateStatus({ ...summary, error: { message, at, retryAt: at + retryInMs } });
      await retryAt(at + retryInMs);
      return;
    }
    failures = 0;
    lastWriteAt = now();
    await updateStatus({ ...summary, lastWriteAt, error: undefined });
    await finish();
  }

  async function finish(): Promise<void> {
    await dirtyItem.setValue(false);
    await browser.alarms.clear(WRITE_ALARM);
  }

  async function retryAt(when: number): Promise<void> {
    await browser.alarms.create(WRITE_ALARM, { when });
  }

  let arrival: ReturnType<typeof setTimeout> | undefined;
  const onStorageChanged = (changes: Record<string, Browser.storage.StorageChange>, areaName: string) => {
    if (areaName !== 'sync') return;
    // This device's own write coming back changes nothing here.
    const foreign = Object.entries(changes).some(([key, change]) => {
      const mine = written.get(key);
      return mine !== (change.newValue == null ? REMOVED : JSON.stringify(change.newValue));
    });
    if (!foreign) return;
    // Items of one write from another device can arrive one by one: merge once they settle.
    clearTimeout(arrival);
    arrival = setTimeout(() => {
      void serial(async () => {
        await mergeFromStorage();
        // The other device may lack something this one holds (it wrote at the same time).
        await request();
      });
    }, delays.arrivalMs);
  };

  return {
    /** Listens for arrivals and the write alarm, merges what arrived while stopped, resumes a pending write. */
    start(): void {
      browser.storage.onChanged.addListener(onStorageChanged);
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === WRITE_ALARM) void serial(write);
      });
      void serial(async () => {
        await mergeFromStorage();
        if (await dirtyItem.getValue()) await request();
      });
    },
    /** Marks changed here (the marks owner's side effects call this). */
    marksChanged: () => void request(),
    /** Reader settings or path progress changed here. */
    request,
    /** Articles arrived: marks that waited for them apply now. */
    articlesArrived: async (): Promise<number> => {
      let applied = 0;
      // After any merge in flight, so a merge that began before the articles cannot park their marks again.
      await serial(async () => {
        applied = await applyWaitingMarks(db, marks);
      });
      return applied;
    },
    /** Merges and writes now (the switch turned on; tests). */
    syncNow: () =>
      serial(async () => {
        await mergeFromStorage();
        await write();
      }),
    stop(): void {
      stopped = true;
      browser.storage.onChanged.removeListener(onStorageChanged);
      clearTimeout(timer);
      clearTimeout(arrival);
      timer = undefined;
    },
  };
}
export type CrossDeviceSync = ReturnType<typeof createCrossDeviceSync>;
