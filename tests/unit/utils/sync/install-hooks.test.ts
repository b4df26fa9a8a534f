import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerInstallHooks, starterPackReady } from '../../../../utils/sync/install-hooks';
import { defaultFeedId } from '../../../../utils/sync/default-feeds';
import { STARTER_PACK_ID } from '../../../../utils/sync/starter-pack';
import { DEFAULT_FEED_SOURCES } from '../../../../utils/sources';
import { readStarterPack } from '../../../support/starter-pack';
import { testDatabase } from '../../support/test-db';

const pack = readStarterPack();

describe('install hooks', () => {
  it('installs the starter pack when the extension is installed', async () => {
    const db = testDatabase();
    registerInstallHooks(db, { load: () => Promise.resolve(pack) });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await db.articles.count()).toBe(pack.items.length);
  });

  it('finishes a first install on the next browser start', async () => {
    const db = testDatabase();
    registerInstallHooks(db, { load: () => Promise.resolve(pack) });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await db.articles.count()).toBe(pack.items.length);
  });

  it('records a broken bundled pack on its feed row, where options shows it', async () => {
    const db = testDatabase();
    const ensure = registerInstallHooks(db, { load: () => Promise.resolve(pack) });
    await ensure();
    const broken = registerInstallHooks(db, { load: () => Promise.resolve({ format: 'quorum-pack', version: 1 }) });
    const result = await broken();
    expect(result.status).toBe('invalid');
    expect((await db.feeds.get(STARTER_PACK_ID))?.lastError).toContain('This pack has problems');
    expect(await db.articles.count()).toBe(pack.items.length);
  });

  it('makes lookups wait for a first install in flight, and runs only one install', async () => {
    const db = testDatabase();
    let loads = 0;
    const ensure = registerInstallHooks(db, { load: () => Promise.resolve(pack).finally(() => void loads++) });
    const ready = starterPackReady(db, ensure);
    const installing = fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await ready();
    expect(await db.articles.count()).toBe(pack.items.length);
    await installing;
    await ready();
    expect(loads).toBe(1);
  });

  it('subscribes a new install to the default feeds even when the browser-start event comes first', async () => {
    const db = testDatabase();
    registerInstallHooks(db, { load: () => Promise.resolve(pack) });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await db.feeds.count()).toBe(DEFAULT_FEED_SOURCES.length + 1);
  });

  it('joins both start-up events of a fresh profile into one run, so there is one first sync', async () => {
    const db = testDatabase();
    const feedsAtFirstSync: number[] = [];
    registerInstallHooks(db, {
      load: () => Promise.resolve(pack),
      onReady: async () => void feedsAtFirstSync.push(await db.feeds.count()),
    });
    await Promise.all([
      fakeBrowser.runtime.onStartup.trigger(),
      fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false }),
    ]);
    expect(feedsAtFirstSync).toEqual([DEFAULT_FEED_SOURCES.length + 1]);
  });

  it('starts up once per worker, even when the second event comes after the first run is done', async () => {
    const db = testDatabase();
    let firstSyncs = 0;
    registerInstallHooks(db, { load: () => Promise.resolve(pack), onReady: async () => void firstSyncs++ });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(firstSyncs).toBe(1);
  });

  it('does not bring back a default feed the reader removed, on a later start or update', async () => {
    const db = testDatabase();
    registerInstallHooks(db, { load: () => Promise.resolve(pack) });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const removed = defaultFeedId(DEFAULT_FEED_SOURCES[0]!.id);
    await db.feeds.delete(removed);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(await db.feeds.get(removed)).toBeUndefined();
  });
});
