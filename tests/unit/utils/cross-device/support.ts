import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCrossDeviceSync, type CrossDeviceSync } from '../../../../utils/cross-device/cross-device-sync';
import { encodeItem } from '../../../../utils/cross-device/shard-codec';
import { monthKey, monthOf, type SyncEntry } from '../../../../utils/cross-device/sync-entry';
import { urlHash } from '../../../../utils/cross-device/url-hash';
import { createMarks } from '../../../../utils/marks/marks';
import type { Mark } from '../../../../utils/schemas/reading';
import { article, testDatabase } from '../../support/test-db';

export const HERE = 'Here0001';
export const THERE = 'There002';
export const url = (n: number) => `https://blog.example/post-${n}`;

const started: CrossDeviceSync[] = [];

/** Stops every device's timers and listeners, so none writes into the next test's storage. */
export function stopDevices(): void {
  for (const sync of started.splice(0)) sync.stop();
}

/** One device: a database with `articles` articles, its marks owner and its sync, started. */
export async function device(articles = 20) {
  const db = testDatabase();
  await db.articles.bulkPut(Array.from({ length: articles }, (_, i) => article({ url: url(i) })));
  const area = fakeBrowser.storage.sync as unknown as Browser.storage.StorageArea;
  const set = vi.spyOn(area, 'set');
  const remove = vi.spyOn(area, 'remove');
  const announced = vi.fn();
  // As the background wires them: the owner's side effects end in the sync.
  const marks = createMarks(db, {
    deviceId: async () => HERE,
    afterChange: () => {
      announced();
      sync.marksChanged();
    },
  });
  const sync: CrossDeviceSync = createCrossDeviceSync(db, marks, {
    area,
    delays: { firstMs: 20, minIntervalMs: 60, arrivalMs: 20 },
  });
  sync.start();
  started.push(sync);
  return { db, area, set, remove, marks, sync, announced };
}

/** What another device would have written: its entries as month items. */
export function itemsFrom(entries: readonly SyncEntry[]): Record<string, string> {
  const months = new Map<number, SyncEntry[]>();
  for (const entry of entries) months.set(monthOf(entry.at), [...(months.get(monthOf(entry.at)) ?? []), entry]);
  return Object.fromEntries(
    [...months].map(([month, list]) => [monthKey(month, 0), encodeItem(monthKey(month, 0), list)]),
  );
}

export function entry(n: number | string, mark: Mark, on: boolean, at: number, by = THERE): SyncEntry {
  return { hash: urlHash(typeof n === 'number' ? url(n) : n), mark, on, at, by };
}

export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
