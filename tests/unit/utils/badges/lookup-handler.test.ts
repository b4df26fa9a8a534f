import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOKUP_BATCH_MAX } from '../../../../utils/badges/protocol';
import { registerMessageHandlers } from '../../../../utils/message-handlers';
import { getSettings, updateSettings } from '../../../../utils/settings';
import { KnownUrls } from '../../../../utils/sync/known-urls';
import type { SyncService } from '../../../../utils/sync/sync-service';
import { sendToBackground } from '../../support/send-message';
import { article, testDatabase } from '../../support/test-db';

const KNOWN = 'https://jepsen.io/analyses/etcd-3.4.3';
const SAVED = 'https://martin.kleppmann.com/2015/05/11/please-stop-calling-databases-cp-or-ap.html';
const HIDDEN = 'https://dl.acm.org/doi/10.1145/359545.359563';
const UNKNOWN = 'https://example.com/not-an-article';

/** A message from our content script on a Hacker News page in tab 7, unless overridden. */
const contentScript = {
  id: fakeBrowser.runtime.id,
  tab: { id: 7 },
  frameId: 0,
  url: 'https://news.ycombinator.com/',
  origin: 'https://news.ycombinator.com',
};

async function setup() {
  const db = testDatabase();
  await db.articles.bulkPut([
    article({ url: KNOWN, title: 'Jepsen: etcd 3.4.3', source: 'Jepsen', topics: ['consistency', 'verification'] }),
    article({ url: SAVED }),
    article({ url: HIDDEN }),
  ]);
  await db.reading.bulkPut([
    { url: SAVED, readAt: null, savedAt: 1, dismissedAt: null, updatedAt: 1 },
    { url: HIDDEN, readAt: 2, savedAt: null, dismissedAt: 3, updatedAt: 3 },
  ]);
  const knownUrls = new KnownUrls(db);
  const filter = vi.spyOn(knownUrls, 'filter');
  const sync = vi.fn();
  const setBadgeText = vi.fn(async () => undefined);
  const setTitle = vi.fn(async () => undefined);
  Object.assign(fakeBrowser.action, { setBadgeText, setTitle, setBadgeBackgroundColor: vi.fn(async () => undefined) });
  const sendToTab = vi.fn(async () => undefined);
  Object.assign(fakeBrowser.tabs, { sendMessage: sendToTab });
  registerMessageHandlers({ sync, knownUrls } as unknown as SyncService, db);

  const send = (message: unknown, sender: object = contentScript) => sendToBackground(message, sender);
  return { db, knownUrls, filter, sync, setBadgeText, sendToTab, send };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lookup-urls', () => {
  it('answers from the in-memory set: the known ones, with their state, title, summary and topic labels', async () => {
    const { send, filter } = await setup();
    const answer = await send({ type: 'lookup-urls', urls: [UNKNOWN, KNOWN, SAVED, HIDDEN, KNOWN] });
    expect(answer).toEqual({
      ok: true,
      known: [
        {
          url: KNOWN,
          state: 'unread',
          saved: false,
          title: 'Jepsen: etcd 3.4.3',
          source: 'Jepsen',
          summary: 'A summary.',
          topics: ['Consistency', 'Verification'],
        },
        expect.objectContaining({ url: SAVED, state: 'saved', saved: true }),
        expect.objectContaining({ url: HIDDEN, state: 'dismissed' }),
      ],
    });
    expect(filter).toHaveBeenCalledTimes(1);
  });

  it('answers an empty list for a page with no known links', async () => {
    const { send } = await setup();
    expect(await send({ type: 'lookup-urls', urls: [UNKNOWN] })).toEqual({ ok: true, known: [] });
  });

  it.each([
    ['no URLs', { type: 'lookup-urls', urls: [] }],
    [
      'too many URLs in one batch',
      { type: 'lookup-urls', urls: Array.from({ length: LOOKUP_BATCH_MAX + 1 }, (_, i) => `https://a.example/${i}`) },
    ],
    ['a URL that is not a string', { type: 'lookup-urls', urls: [KNOWN, 42] }],
    ['an enormous URL', { type: 'lookup-urls', urls: [`https://a.example/${'x'.repeat(9000)}`] }],
    ['urls missing', { type: 'lookup-urls' }],
  ])('refuses a malformed request (%s) before any work', async (_, message) => {
    const { send, filter } = await setup();
    expect(await send(message)).toEqual({ ok: false, error: 'Quorum did not understand this request.' });
    expect(filter).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...contentScript, id: 'another-extension' }],
    ['a message with no sender id', { url: 'https://evil.example/' }],
  ])('ignores %s entirely', async (_, sender) => {
    const { send, filter } = await setup();
    expect(await send({ type: 'lookup-urls', urls: [KNOWN] }, sender)).toBeUndefined();
    expect(filter).not.toHaveBeenCalled();
  });

  it.each([
    [
      'an extension page (no tab)',
      { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` },
    ],
    [
      'an extension page in a tab',
      { ...contentScript, url: `chrome-extension://${fakeBrowser.runtime.id}/newtab.html` },
    ],
    ['a subframe', { ...contentScript, frameId: 3 }],
  ])('answers only our content script in a page, not %s', async (_, sender) => {
    const { send, filter } = await setup();
    expect(await send({ type: 'lookup-urls', urls: [KNOWN] }, sender)).toEqual({
      ok: false,
      error: 'Only Quorum’s badges script may ask this.',
    });
    expect(filter).not.toHaveBeenCalled();
  });
});

describe('known-hosts', () => {
  it('answers the hostnames of the known articles, once per set', async () => {
    const { send, knownUrls } = await setup();
    const answer = (await send({ type: 'known-hosts' })) as { ok: true; hosts: string[]; anchoredUrls: string[] };
    expect(answer.ok).toBe(true);
    expect(answer.hosts.sort()).toEqual(['dl.acm.org', 'jepsen.io', 'martin.kleppmann.com']);
    expect(answer.anchoredUrls).toEqual([]);
    expect(await knownUrls.targets()).toBe(await knownUrls.targets());
  });

  it('is for our content script only', async () => {
    const { send } = await setup();
    expect(await send({ type: 'known-hosts' }, { id: fakeBrowser.runtime.id })).toEqual({
      ok: false,
      error: 'Only Quorum’s badges script may ask this.',
    });
  });
});

describe('page-article', () => {
  it('answers the known article and marks its tab on the toolbar; clears the mark elsewhere', async () => {
    const { send, setBadgeText } = await setup();
    expect(await send({ type: 'page-article', urls: [`${KNOWN}?x=1`, KNOWN] })).toEqual({
      ok: true,
      link: expect.objectContaining({ url: KNOWN }),
    });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '✓' });
    expect(await send({ type: 'page-article', urls: [UNKNOWN] })).toEqual({ ok: true, link: null });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7 });
    // Dismissed means "not interested": no card, no mark.
    expect(await send({ type: 'page-article', urls: [HIDDEN] })).toEqual({ ok: true, link: null });
  });
});

describe('set-reading', () => {
  it('marks a known article, answers its new state and tells every tab', async () => {
    const { db, send, sendToTab } = await setup();
    await fakeBrowser.tabs.create({ url: 'https://news.ycombinator.com/' });
    expect(await send({ type: 'set-reading', url: KNOWN, mark: 'read', on: true })).toEqual({
      ok: true,
      link: expect.objectContaining({ url: KNOWN, state: 'read' }),
    });
    expect((await db.reading.get(KNOWN))?.readAt).toBeTypeOf('number');
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalledWith(expect.any(Number), { type: 'reading-changed' }));
  });

  it('never writes a mark for a URL Quorum does not know', async () => {
    const { db, send } = await setup();
    expect(await send({ type: 'set-reading', url: UNKNOWN, mark: 'saved', on: true })).toEqual({
      ok: true,
      link: null,
    });
    expect(await db.reading.get(UNKNOWN)).toBeUndefined();
  });
});

describe('set-site-badges', () => {
  it('lets a page switch badges off for its own site only', async () => {
    const { send } = await setup();
    expect(await send({ type: 'set-site-badges', host: 'dev.to', enabled: false })).toEqual({
      ok: false,
      error: 'A page can only change badges on its own site.',
    });
    expect(await send({ type: 'set-site-badges', host: 'news.ycombinator.com', enabled: false })).toEqual({ ok: true });
    expect((await getSettings()).badgesDisabledHosts).toEqual(['news.ycombinator.com']);
    await updateSettings({ badgesDisabledHosts: [] });
  });
});

describe('reading-changed', () => {
  it('from an extension page, is passed on to the tabs', async () => {
    const { send, sendToTab } = await setup();
    const tab = await fakeBrowser.tabs.create({ url: 'https://dev.to/' });
    expect(
      await send(
        { type: 'reading-changed' },
        { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` },
      ),
    ).toEqual({ ok: true });
    expect(sendToTab).toHaveBeenCalledWith(tab.id, { type: 'reading-changed' });
  });
});
