import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WRITE_ALARM } from '../../../../utils/cross-device/cross-device-sync';
import { readRemote } from '../../../../utils/cross-device/remote-contents';
import { getStatus } from '../../../../utils/cross-device/status';
import { setCrossDeviceEnabled } from '../../../../utils/cross-device/switch';
import { getPathProgress, setPathProgress } from '../../../../utils/paths/path-progress';
import { getSettings, updateSettings } from '../../../../utils/settings';
import { stampIfChanged } from '../../../../utils/cross-device/reader-settings';
import { device, entry, HERE, itemsFrom, settle, stopDevices, THERE, url } from './support';

const T = Date.UTC(2026, 10, 10, 12); // a Tuesday in November 2026

// Each test waits for batched writes and merges on fake-indexeddb: slow on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  stopDevices();
  vi.restoreAllMocks();
});

async function waitFor(check: () => Promise<boolean> | boolean, ms = 15_000) {
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: ms, interval: 20 });
}

describe('writing this device’s marks', () => {
  // A thousand transactions on fake-indexeddb take a few seconds on a loaded machine.
  it(
    'turns a burst of 1,000 marks into one write, within the limits, that holds all of them',
    { timeout: 30_000 },
    async () => {
      const { marks, set, area } = await device(1_000);
      await Promise.all(Array.from({ length: 1_000 }, (_, i) => marks.set(url(i), 'read', true)));
      await waitFor(async () => readRemote(await area.get(null)).entries.length === 1_000, 25_000);
      await settle(200);
      expect(set.mock.calls.length).toBeLessThanOrEqual(2);
      const entries = readRemote(await area.get(null)).entries;
      expect(entries.every((e) => e.mark === 'read' && e.on && e.by === HERE)).toBe(true);
      // A change written later still waits for the batch; the alarm is the backstop if the worker stops.
      expect((await getStatus()).marksSynced).toBe(1_000);
      expect(await fakeBrowser.alarms.get(WRITE_ALARM)).toBeUndefined();
    },
  );

  it('writes nothing when switched off, and leaves what is there as it is', async () => {
    await setCrossDeviceEnabled(false);
    const { marks, set } = await device();
    await marks.set(url(1), 'saved', true);
    await settle(200);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('merging what another device wrote', () => {
  it('keeps the newest change per mark: a later un-read wins, an older read loses, other articles both kept', async () => {
    const { db, marks, area } = await device();
    await marks.set(url(1), 'read', true); // now: later than anything below
    await db.reading.put({
      url: url(2),
      readAt: T,
      savedAt: null,
      dismissedAt: null,
      updatedAt: T,
      changes: { read: { at: T, by: HERE }, saved: { at: 0, by: '' }, dismissed: { at: 0, by: '' } },
    });
    await area.set(
      itemsFrom([
        entry(1, 'read', false, T), // older than the read made here just now: loses
        entry(2, 'read', false, T + 60_000), // newer than the read here: wins
        entry(3, 'saved', true, T), // another article: kept beside ours
      ]),
    );
    // The merge is over when its arrival is recorded (after the marks are stored).
    await waitFor(async () => ((await getStatus()).lastArrivalAt ?? 0) > 0);
    expect((await db.reading.get(url(3)))?.savedAt).toBe(T);
    expect((await db.reading.get(url(1)))?.readAt).not.toBeNull();
    expect((await db.reading.get(url(2)))?.readAt).toBeNull();
  });

  it('ignores a damaged or foreign item with a note, merges the rest, and deletes no mark here', async () => {
    const { db, marks, area } = await device();
    await marks.set(url(4), 'read', true);
    const good = itemsFrom([entry(5, 'read', true, T)]);
    const [[goodKey, goodValue]] = Object.entries(good) as [[string, string]];
    await area.set({
      [goodKey.replace(/\.0$/, '.1')]: `${goodValue.slice(0, 20)}x${goodValue.slice(21)}`,
      '1m202613.0': 'a',
      '1rs': { theme: 'neon' },
      'someone-else': { anything: true },
    });
    await area.set(good); // half of a set: one good item arrives on its own
    await waitFor(async () => (await db.reading.get(url(5)))?.readAt === T);
    expect((await db.reading.get(url(4)))?.readAt).not.toBeNull();
    const ignored = (await getStatus()).ignored.map((note) => note.reason);
    expect(ignored).toEqual(
      expect.arrayContaining([
        '1m202611.1: damaged (checksum)',
        '1m202613.0: not a month shard',
        '1rs: not reader settings this version can read',
      ]),
    );
    expect((await getSettings()).theme).toBe('system');
  });

  it('keeps marks for an article this device lacks, and applies them when it arrives', async () => {
    const { db, sync, area, announced } = await device(5);
    await area.set(itemsFrom([entry(42, 'saved', true, T), entry(42, 'read', true, T + 1_000)]));
    await waitFor(async () => (await db.pendingMarks.count()) === 1);
    expect(await db.reading.get(url(42))).toBeUndefined();
    expect((await getStatus()).waiting).toBe(1);

    announced.mockClear();
    await db.articles.put({ ...(await db.articles.get(url(0)))!, url: url(42) });
    await sync.articlesArrived();
    expect(await db.reading.get(url(42))).toMatchObject({ savedAt: T, readAt: T + 1_000 });
    expect(await db.pendingMarks.count()).toBe(0);
    // One change, announced once (by whichever merge applied it first).
    await settle();
    expect(announced).toHaveBeenCalledTimes(1);
  });

  it('writes back what the other device lacks after merging, and nothing when both agree', async () => {
    const { marks, area, set } = await device();
    await area.set(itemsFrom([entry(6, 'read', true, T)]));
    await marks.set(url(7), 'saved', true);
    await waitFor(async () => readRemote(await area.get(null)).entries.length === 2);
    const writes = set.mock.calls.length;
    await settle(300);
    expect(set.mock.calls.length).toBe(writes);
  });
});

describe('reader settings and path progress', () => {
  it('travel newest first: a local change is written, a newer one from elsewhere is taken', async () => {
    const { sync, area } = await device();
    await updateSettings({ theme: 'dark', refreshMinutes: 30 });
    await stampIfChanged(await getSettings(), HERE, T);
    await setPathProgress({ currentPathId: 'consensus', skipped: [url(1)], updatedAt: T });
    await sync.syncNow();
    const stored = await area.get(null);
    expect(stored['1rs']).toMatchObject({ values: { theme: 'dark' }, by: HERE });
    expect(stored['1rs']).not.toHaveProperty('values.refreshMinutes');
    expect(stored['1pp']).toEqual({ currentPathId: 'consensus', skipped: [url(1)], updatedAt: T });

    await area.set({
      '1rs': { values: { ...(stored['1rs'] as { values: object }).values, theme: 'light' }, at: T + 5_000, by: THERE },
      '1pp': { currentPathId: 'storage', skipped: [], updatedAt: T + 5_000 },
    });
    await waitFor(async () => (await getSettings()).theme === 'light');
    expect((await getSettings()).refreshMinutes).toBe(30);
    expect((await getPathProgress()).currentPathId).toBe('storage');
  });
});

describe('when sync storage refuses a write', () => {
  it('says why on the options page, tries again later, and keeps every mark here', async () => {
    const { db, marks, area } = await device();
    const set = vi.spyOn(area, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await marks.set(url(8), 'read', true);
    await waitFor(async () => (await getStatus()).error !== undefined);
    const { error } = await getStatus();
    expect(error?.message).toBe('Sync storage is full: the browser refused to store more.');
    expect(error!.retryAt).toBeGreaterThan(error!.at);
    expect((await fakeBrowser.alarms.get(WRITE_ALARM))?.scheduledTime).toBe(error!.retryAt);
    expect((await db.reading.get(url(8)))?.readAt).not.toBeNull();

    // The retry (the alarm firing) succeeds and clears the message.
    await fakeBrowser.alarms.onAlarm.trigger({ name: WRITE_ALARM, scheduledTime: error!.retryAt });
    await waitFor(async () => (await getStatus()).error === undefined);
    expect(set).toHaveBeenCalledTimes(2);
    expect(readRemote(await area.get(null)).entries).toHaveLength(1);
  });

  it('waits for the write limit instead of meeting it', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({ 'cross-device-writes': Array(100).fill(now - 1_000) });
    const { marks, set } = await device();
    await marks.set(url(9), 'read', true);
    await waitFor(async () => (await fakeBrowser.alarms.get(WRITE_ALARM))?.scheduledTime !== undefined);
    await settle(200);
    expect(set).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(WRITE_ALARM))!.scheduledTime).toBeGreaterThanOrEqual(now + 59_000);
  });
});
