import { browser, type Browser } from 'wxt/browser';
import { lookupLinks } from './badges/lookup-links';
import { recordDiscussions } from './badges/record-discussions';
import { isOwnContentScript, senderHost } from './badges/sender';
import { setReadingFromPage } from './badges/set-reading';
import { setBadgesOnHost } from './badges/site-switch';
import { setTabMark } from './badges/tab-mark';
import type { QuorumDatabase } from './db/database';
import { createBackgroundEffects } from './marks/background-effects';
import { getDeviceId } from './marks/device-id';
import { createMarks, type Marks } from './marks/marks';
import { RequestSchema, type ErrorResponse, type Request, type ResponseFor } from './messaging';
import type { SyncService } from './sync/sync-service';

type Handlers = {
  [T in Request['type']]: (
    request: Extract<Request, { type: T }>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseFor<T>>;
};

/**
 * Answers requests from Quorum's own pages and content scripts. Anything else — another
 * extension, a malformed message — is refused before any work is done.
 */
export function registerMessageHandlers(
  service: SyncService,
  db: QuorumDatabase,
  owner: { marks: Marks; marksChanged: () => Promise<void> } = backgroundMarks(db),
) {
  // The badges' requests speak for a web page: only our content script, in that page, may send them.
  const fromContentScript = (sender: Browser.runtime.MessageSender) => {
    if (!isOwnContentScript(sender)) throw new Error('Only Quorum’s badges script may ask this.');
  };
  const handlers: Handlers = {
    'sync-now': async (request) => ({
      ok: true,
      ...(await service.sync(request.feedIds ? { feedIds: request.feedIds } : { force: true })),
    }),
    'known-hosts': async (_, sender) => {
      fromContentScript(sender);
      return { ok: true, ...(await service.knownUrls.targets()) };
    },
    'lookup-urls': async (request, sender) => {
      fromContentScript(sender);
      return { ok: true, known: await lookupLinks(db, service.knownUrls, request.urls) };
    },
    'page-article': async (request, sender) => {
      fromContentScript(sender);
      const [link] = request.urls.length ? await lookupLinks(db, service.knownUrls, request.urls) : [];
      const shown = link && link.state !== 'dismissed' ? link : null;
      await setTabMark(sender.tab!.id!, shown !== null).catch(() => undefined);
      return { ok: true, link: shown };
    },
    'set-reading': async (request, sender) => {
      fromContentScript(sender);
      return { ok: true, link: await setReadingFromPage(db, service.knownUrls, owner.marks, request) };
    },
    'set-site-badges': async (request, sender) => {
      fromContentScript(sender);
      // A page may switch badges off for its own site, and for no other.
      if (senderHost(sender) !== request.host.toLowerCase())
        throw new Error('A page can only change badges on its own site.');
      await setBadgesOnHost(request.host, request.enabled);
      return { ok: true };
    },
    // A page changed marks (or reset, or imported): the count, the tabs and the sync write follow.
    'reading-changed': async () => {
      await owner.marksChanged();
      return { ok: true };
    },
    'discussions-seen': async (request, sender) => {
      fromContentScript(sender);
      await recordDiscussions(db, senderHost(sender) ?? '', request.discussions, Date.now());
      return { ok: true };
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'Quorum did not understand this request.' } satisfies ErrorResponse);
      return false;
    }
    const request = parsed.data;
    const handler = handlers[request.type] as (
      request: Request,
      sender: Browser.runtime.MessageSender,
    ) => Promise<unknown>;
    handler(request, sender).then(sendResponse, (error: unknown) => {
      sendResponse({
        ok: false,
        error: error instanceof Error ? error.message : 'Something went wrong in the background.',
      } satisfies ErrorResponse);
    });
    // Keeps the channel open for the asynchronous answer.
    return true;
  });
}

/** The background's marks owner, for callers that wire nothing else to it. */
function backgroundMarks(db: QuorumDatabase) {
  const marksChanged = createBackgroundEffects(db);
  return { marks: createMarks(db, { deviceId: getDeviceId, afterChange: marksChanged }), marksChanged };
}
