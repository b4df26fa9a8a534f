import { browser, type Browser } from 'wxt/browser';
import { RequestSchema, type ErrorResponse, type Request, type ResponseFor } from './messaging';
import type { SyncService } from './sync/sync-service';

type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>, sender: Browser.runtime.MessageSender) => Promise<ResponseFor<T>> };

/**
 * Answers requests from Quorum's own pages and content scripts. Anything else — another
 * extension, a malformed message — is refused before any work is done.
 */
export function registerMessageHandlers(service: SyncService) {
  const handlers: Handlers = {
    'sync-now': async (request) => ({ ok: true, ...(await service.sync(request.feedIds ? { feedIds: request.feedIds } : { force: true })) }),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'Quorum did not understand this request.' } satisfies ErrorResponse);
      return false;
    }
    const request = parsed.data;
    const handler = handlers[request.type] as (request: Request, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(request, sender).then(sendResponse, (error: unknown) => {
      sendResponse({ ok: false, error: error instanceof Error ? error.message : 'Something went wrong in the background.' } satisfies ErrorResponse);
    });
    // Keeps the channel open for the asynchronous answer.
    return true;
  });
}
